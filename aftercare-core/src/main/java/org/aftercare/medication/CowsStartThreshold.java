package org.aftercare.medication;

import org.aftercare.internal.Checks;

/**
 * The COWS findings required before a standard buprenorphine start, such as
 * {@code COWS >= 8 with >= 2 objective signs} (CA Bridge).
 *
 * @param minimumTotal  the lowest total that allows a start, 0 to 48
 * @param minimumObjectiveSigns  how many objective items must score above 0, 0 to 8 (0 = not counted)
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public record CowsStartThreshold(int minimumTotal, int minimumObjectiveSigns) {

    /** Validates the fields. */
    public CowsStartThreshold {
        Checks.inRange(minimumTotal, 0, 48, "cowsStartThreshold.minimumTotal");
        Checks.inRange(minimumObjectiveSigns, 0, 8, "cowsStartThreshold.minimumObjectiveSigns");
    }

    /**
     * Checks if an assessment meets this threshold.
     *
     * @param assessment  the assessment, not null
     * @return true if both the total and the objective-sign count are met
     */
    public boolean isMetBy(CowsAssessment assessment) {
        return assessment.total() >= minimumTotal && assessment.objectiveSignCount() >= minimumObjectiveSigns;
    }

    @Override
    public String toString() {
        return "COWS >= " + minimumTotal + (minimumObjectiveSigns > 0 ? " with >= " + minimumObjectiveSigns
                + " objective signs" : "");
    }
}
