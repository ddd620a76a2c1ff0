package org.aftercare;

/**
 * A social or medical need documented for a patient that a wrap-around service should meet,
 * such as {@link #HOUSING}. NIDA Principles 3-4: treatment addresses medical, psychological,
 * social, vocational and legal problems.
 *
 * @since 0.1.0
 */
public enum SupportNeed {
    /** Stable or recovery-supportive housing. */
    HOUSING,
    /** Finding or keeping a job. */
    EMPLOYMENT,
    /** Vocational training or rehabilitation. */
    VOCATIONAL,
    /** A primary-care home for medical problems. */
    PRIMARY_CARE,
    /** Parenting instruction or family support. */
    PARENTING,
    /** Legal services. */
    LEGAL
}
