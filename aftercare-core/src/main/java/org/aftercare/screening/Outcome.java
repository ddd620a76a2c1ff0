package org.aftercare.screening;

/**
 * The qualitative result for one analyte, such as {@link #POSITIVE}.
 *
 * @since 0.1.0
 */
public enum Outcome {
    /** At or above the cut-off. */
    POSITIVE,
    /** Below the cut-off. */
    NEGATIVE,
    /** No valid result for this analyte (assay failure, interference). */
    INVALID
}
