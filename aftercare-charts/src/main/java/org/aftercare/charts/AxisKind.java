package org.aftercare.charts;

/**
 * How an axis spaces its values, such as {@link #SQUARE_ROOT} for treatment days, so that the first weeks
 * and the second year of a take-home ladder both stay readable.
 *
 * @since 0.1.0
 */
public enum AxisKind {
    /** Equal distances for equal differences. */
    LINEAR,
    /** Distance grows with the square root of the value; values must not be negative. */
    SQUARE_ROOT
}
