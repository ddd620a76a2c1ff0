package org.aftercare.incentive;

/**
 * How one event counted in a ledger, such as {@link #FAILURE} for a cocaine-positive or missed sample.
 *
 * @since 0.1.0
 */
public enum EntryOutcome {
    /** The target was met: the schedule paid (or drew) and escalated. */
    SUCCESS,
    /** The target was not met (positive, or a status that counts as positive): the schedule reset. */
    FAILURE,
    /** An excused absence that the failure policy treats as neutral: nothing earned, nothing reset. */
    EXCUSED,
    /** The event could not be judged (a target analyte not reported, a dilute specimen not counted): nothing earned, nothing reset. */
    NOT_ASSESSED,
    /** The event is not of the kind the target reinforces (an attendance under an abstinence target). */
    NOT_REINFORCED,
    /** The event fell before the start, after the last phase, or in a phase without incentives. */
    OUTSIDE_INCENTIVE_PERIOD
}
