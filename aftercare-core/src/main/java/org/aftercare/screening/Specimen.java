package org.aftercare.screening;

/**
 * The kind of specimen a drug test was run on, such as {@link #URINE}.
 *
 * @since 0.1.0
 */
public enum Specimen {
    /** Urine, point-of-care or laboratory. */
    URINE,
    /** Oral fluid. */
    ORAL_FLUID,
    /** Breath (alcohol). */
    BREATH
}
