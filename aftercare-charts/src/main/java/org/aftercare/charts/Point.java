package org.aftercare.charts;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A data point of a chart with an optional direct label, such as {@code (15, 14) "14 days"}. Values stay exact
 * decimals (money included); only the renderer turns them into pixels.
 *
 * @param x  the x value, not null
 * @param y  the y value, not null
 * @param label  the label drawn next to the point, empty for none, not null
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public record Point(BigDecimal x, BigDecimal y, String label) {
    /** Validates the fields. */
    public Point {
        Objects.requireNonNull(x, "point.x");
        Objects.requireNonNull(y, "point.y");
        Objects.requireNonNull(label, "point.label");
    }

    /**
     * Obtains a point.
     *
     * @param x  the x value
     * @param y  the y value, not null
     * @param label  the label, empty for none, not null
     * @return the point, not null
     */
    public static Point of(long x, BigDecimal y, String label) {
        return new Point(BigDecimal.valueOf(x), y, label);
    }
}
