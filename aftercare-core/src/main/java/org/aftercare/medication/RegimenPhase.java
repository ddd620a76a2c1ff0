package org.aftercare.medication;

/**
 * The phase a medication regimen is in, such as {@link #INDUCTION}.
 *
 * @since 0.1.0
 */
public enum RegimenPhase {
    /** Starting the medication after a withdrawal-based wait (standard induction). */
    INDUCTION,
    /** Starting buprenorphine in small doses while a full agonist continues; no withdrawal wait applies. */
    LOW_DOSE_INDUCTION,
    /** Adjusting the dose after induction. */
    STABILIZATION,
    /** A stable maintenance dose. */
    MAINTENANCE,
    /** Reducing the dose towards stopping. */
    TAPER
}
