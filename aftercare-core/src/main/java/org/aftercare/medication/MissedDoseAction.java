package org.aftercare.medication;

/**
 * What a missed-dose protocol requires before methadone is restarted, such as {@link #REDUCE}.
 *
 * @since 0.1.0
 */
public enum MissedDoseAction {
    /** The prescriber assesses the patient before the next dose; no dose limit is set. */
    REASSESS,
    /** The restart dose is limited by a fraction of the last dose and/or a fixed dose. */
    REDUCE,
    /** Treat as a new induction: the restart dose is limited like a first dose. */
    REINDUCE
}
