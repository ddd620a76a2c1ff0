package org.aftercare.care;

import org.aftercare.InvalidValueException;
import org.aftercare.internal.Checks;

/**
 * An inclusive range of ages in whole years, such as {@code 11-18} (MDFT, developer's range).
 *
 * @param minimum  the youngest age, 0 or more
 * @param maximum  the oldest age, at least the minimum
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public record AgeRange(int minimum, int maximum) {

    /** Validates the range. */
    public AgeRange {
        Checks.inRange(minimum, 0, 130, "ageRange.minimum");
        Checks.inRange(maximum, 0, 130, "ageRange.maximum");
        if (maximum < minimum) {
            throw new InvalidValueException("ageRange.maximum", "not be below the minimum " + minimum, maximum);
        }
    }

    /**
     * Obtains a range.
     *
     * @param minimum  the youngest age
     * @param maximum  the oldest age
     * @return the range, not null
     */
    public static AgeRange of(int minimum, int maximum) {
        return new AgeRange(minimum, maximum);
    }

    /**
     * Checks if an age is in the range.
     *
     * @param age  the age in years
     * @return true if minimum &le; age &le; maximum
     */
    public boolean contains(int age) {
        return age >= minimum && age <= maximum;
    }

    /** Returns the range as {@code "11-18 years"}. */
    @Override
    public String toString() {
        return minimum + "-" + maximum + " years";
    }
}
