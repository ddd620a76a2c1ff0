package org.aftercare.care;

/**
 * Where care is delivered, such as {@link #RESIDENTIAL}.
 *
 * @since 0.1.0
 */
public enum CareSetting {
    /** Non-residential: the patient lives at home or in recovery housing. */
    OUTPATIENT,
    /** A residential programme with 24-hour structure. */
    RESIDENTIAL,
    /** An inpatient unit with 24-hour nursing. */
    INPATIENT;

    /**
     * Checks if this setting provides 24-hour structure.
     *
     * @return true for residential and inpatient
     */
    public boolean providesTwentyFourHourStructure() {
        return this != OUTPATIENT;
    }
}
