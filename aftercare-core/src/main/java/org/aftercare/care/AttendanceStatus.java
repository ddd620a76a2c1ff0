package org.aftercare.care;

/**
 * What happened at a scheduled session, such as {@link #EXCUSED}.
 *
 * @since 0.1.0
 */
public enum AttendanceStatus {
    /** The patient attended. */
    ATTENDED,
    /** The patient did not attend without an accepted reason. */
    MISSED,
    /** The patient did not attend for an accepted reason; not counted against adherence. */
    EXCUSED,
    /** The programme cancelled the session; not counted against adherence. */
    CANCELLED_BY_PROGRAMME
}
