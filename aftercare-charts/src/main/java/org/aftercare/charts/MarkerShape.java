package org.aftercare.charts;

/**
 * The shape drawn at a data point, such as {@link #SQUARE}; with dash patterns it tells series apart without
 * colour.
 *
 * @since 0.1.0
 */
public enum MarkerShape {
    /** No marker. */
    NONE,
    /** A filled circle. */
    CIRCLE,
    /** A hollow square. */
    SQUARE,
    /** A filled triangle pointing up. */
    TRIANGLE,
    /** A hollow diamond. */
    DIAMOND,
    /** A cross (×). */
    CROSS
}
