package org.aftercare.incentive;

/**
 * What a schedule counts when it escalates, such as {@link #WEEK} for CTN-0007, where both samples
 * of a week earn as many draws as there are consecutive abstinent weeks.
 *
 * @since 0.1.0
 */
public enum EscalationUnit {
    /** One step per consecutive success. */
    SAMPLE,
    /** One step per consecutive programme week with a success; successes in one week earn the same. */
    WEEK
}
