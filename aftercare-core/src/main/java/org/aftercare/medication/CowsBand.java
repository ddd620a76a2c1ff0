package org.aftercare.medication;

import org.aftercare.internal.Checks;

/**
 * One severity band of a COWS band table, such as {@code 13+ moderate}: the band runs from its lower
 * total up to the next band's lower total.
 *
 * @param fromTotal  the lowest total in the band, 0 to 48
 * @param label  the band's label, such as {@code "moderate"}, not blank
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public record CowsBand(int fromTotal, String label) {

    /** Validates the fields. */
    public CowsBand {
        Checks.inRange(fromTotal, 0, 48, "cowsBand.fromTotal");
        Checks.nonBlank(label, "cowsBand.label");
    }
}
