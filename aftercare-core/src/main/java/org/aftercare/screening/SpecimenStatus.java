package org.aftercare.screening;

/**
 * What became of a scheduled specimen, such as {@link #MISSED} when the patient did not come.
 * Only {@link #VALID} specimens have analyte results worth reading.
 *
 * @since 0.1.0
 */
public enum SpecimenStatus {
    /** Collected and valid. */
    VALID,
    /** Collected but dilute (low creatinine / specific gravity). */
    DILUTE,
    /** Collected but adulterated or substituted. */
    ADULTERATED,
    /** Collected but invalid for another reason. */
    INVALID,
    /** Scheduled but not provided. */
    MISSED,
    /** The patient refused to provide it. */
    REFUSED;

    /**
     * Checks if analyte results of this specimen can be read.
     *
     * @return true if valid
     */
    public boolean hasReadableResults() {
        return this == VALID;
    }
}
