package org.aftercare.incentive;

/**
 * How an excused absence counts, such as {@link #NEUTRAL}: nothing earned, the run kept.
 *
 * @since 0.1.0
 */
public enum ExcusedAbsenceHandling {
    /** Nothing earned, nothing reset: the run of successes continues across it. */
    NEUTRAL,
    /** Counted like a failure: the schedule resets. */
    FAILURE
}
