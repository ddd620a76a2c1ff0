package org.aftercare.care;

/**
 * The substance of a recorded return to use, such as {@link #OPIOID}. Opioid and unknown
 * relapses raise overdose risk after tolerance loss.
 *
 * @since 0.1.0
 */
public enum RelapseSubstance {
    /** An opioid (heroin, fentanyl, prescription opioids). */
    OPIOID,
    /** A stimulant. */
    STIMULANT,
    /** Alcohol. */
    ALCOHOL,
    /** Another substance. */
    OTHER,
    /** Not documented. */
    UNKNOWN;

    /**
     * Checks if this relapse may carry opioid overdose risk.
     *
     * @return true for opioid or unknown
     */
    public boolean mayInvolveOpioids() {
        return this == OPIOID || this == UNKNOWN;
    }
}
