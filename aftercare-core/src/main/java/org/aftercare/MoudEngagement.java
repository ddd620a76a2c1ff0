package org.aftercare;

/**
 * Where a patient stands with medication for OUD, such as {@link #OFFERED_DECLINED}.
 *
 * @since 0.1.0
 */
public enum MoudEngagement {
    /** Receiving one or more medications for OUD. */
    RECEIVING,
    /** Offered medication for OUD and declined it, documented. */
    OFFERED_DECLINED,
    /** Documented as not offered. */
    NOT_OFFERED,
    /** Nothing documented. */
    UNKNOWN
}
