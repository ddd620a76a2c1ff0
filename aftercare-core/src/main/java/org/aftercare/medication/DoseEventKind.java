package org.aftercare.medication;

/**
 * What happened to a dose, such as {@link #DISPENSED_TAKE_HOME}.
 *
 * @since 0.1.0
 */
public enum DoseEventKind {
    /** Given or observed at the clinic. */
    ADMINISTERED,
    /** Dispensed as an unsupervised (take-home) supply of one or more days. */
    DISPENSED_TAKE_HOME,
    /** Scheduled but not taken: the patient did not come. */
    MISSED
}
