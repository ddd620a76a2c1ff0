package org.aftercare;

/**
 * A documented answer to a yes/no question about a patient, such as {@link #UNKNOWN} when the
 * question was not asked. Rules treat {@code UNKNOWN} as missing data and say so in a finding;
 * they never read it as {@code NO}.
 *
 * @since 0.1.0
 */
public enum Answer {
    /** Documented as yes. */
    YES,
    /** Documented as no. */
    NO,
    /** Not documented. */
    UNKNOWN;

    /**
     * Obtains the answer for a boolean.
     *
     * @param value  the value
     * @return {@link #YES} or {@link #NO}
     */
    public static Answer of(boolean value) {
        return value ? YES : NO;
    }

    /**
     * Checks if this is {@link #YES}.
     *
     * @return true if yes
     */
    public boolean isYes() {
        return this == YES;
    }
}
