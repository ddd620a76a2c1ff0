package org.aftercare.charts;

/**
 * How an {@link XyChart} series is drawn, such as {@link #STEP} for a take-home ladder.
 *
 * @since 0.1.0
 */
public enum SeriesKind {
    /** A step line: each value holds until the next point, and the last until the end of the x axis. */
    STEP,
    /** Straight segments between points. */
    LINE,
    /** Markers only. */
    POINTS,
    /** Vertical bars from zero. */
    BARS
}
