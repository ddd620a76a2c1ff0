package org.aftercare.medication;

/**
 * The kind of opioid a patient last used, which sets how long to wait before an induction, such as
 * {@link #SHORT_ACTING} for heroin.
 *
 * @since 0.1.0
 */
public enum OpioidKind {
    /** Short-acting opioids: heroin, immediate-release oxycodone, morphine. */
    SHORT_ACTING,
    /** Extended-release or long-acting opioids other than methadone. */
    EXTENDED_RELEASE,
    /** Methadone. */
    METHADONE,
    /** Buprenorphine. */
    BUPRENORPHINE,
    /** Fentanyl and its analogues. */
    FENTANYL,
    /** Not known; no wait can be chosen for it. */
    UNKNOWN
}
