package org.aftercare.incentive;

/**
 * Where the incentive programme is delivered, such as {@link #OUTPATIENT}. California's Recovery
 * Incentives Program excludes members in residential care (ASAM 3.1 to 4.0) until they move to
 * outpatient care.
 *
 * @since 0.1.0
 */
public enum CareSetting {
    /** Outpatient care, including intensive outpatient and opioid treatment programmes. */
    OUTPATIENT,
    /** Residential or inpatient care. */
    RESIDENTIAL
}
