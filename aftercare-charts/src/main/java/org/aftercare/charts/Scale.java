package org.aftercare.charts;

import java.util.Objects;
import org.aftercare.InvalidValueException;

/**
 * A mapping from data values to pixels, such as treatment days 0-800 onto x = 80-640 on a square-root scale.
 *
 * <p>Invariants: the domain is finite with {@code min <= max} (and {@code min >= 0} for a square-root scale);
 * the range is finite. The mapping is monotone: non-decreasing when the range ascends, non-increasing when it
 * descends (a y axis, whose pixels grow downwards). A one-value domain maps to the middle of the range.
 *
 * <pre>{@code
 * Scale y = Scale.of(AxisKind.LINEAR, 0, 32, 430, 70);   // 0 days at the bottom, 32 at the top
 * double pixel = y.apply(14);
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public final class Scale {
    private final AxisKind kind;
    private final double domainMin;
    private final double domainMax;
    private final double rangeStart;
    private final double rangeEnd;

    private Scale(AxisKind kind, double domainMin, double domainMax, double rangeStart, double rangeEnd) {
        this.kind = Objects.requireNonNull(kind, "scale.kind");
        if (!Double.isFinite(domainMin) || !Double.isFinite(domainMax) || domainMin > domainMax) {
            throw new InvalidValueException("scale.domain", "be finite with min <= max", domainMin + ".." + domainMax);
        }
        if (kind == AxisKind.SQUARE_ROOT && domainMin < 0) {
            throw new InvalidValueException("scale.domain", "not be negative on a square-root scale", domainMin);
        }
        if (!Double.isFinite(rangeStart) || !Double.isFinite(rangeEnd)) {
            throw new InvalidValueException("scale.range", "be finite", rangeStart + ".." + rangeEnd);
        }
        this.domainMin = domainMin;
        this.domainMax = domainMax;
        this.rangeStart = rangeStart;
        this.rangeEnd = rangeEnd;
    }

    /**
     * Obtains a scale.
     *
     * @param kind  linear or square-root, not null
     * @param domainMin  the smallest data value, finite
     * @param domainMax  the largest data value, finite, not below the minimum
     * @param rangeStart  the pixel of the smallest value
     * @param rangeEnd  the pixel of the largest value
     * @return the scale, not null
     */
    public static Scale of(AxisKind kind, double domainMin, double domainMax, double rangeStart, double rangeEnd) {
        return new Scale(kind, domainMin, domainMax, rangeStart, rangeEnd);
    }

    /**
     * Maps a value to a pixel; values outside the domain are clamped to it.
     *
     * @param value  the value, finite
     * @return the pixel, between the range's ends
     */
    public double apply(double value) {
        if (!Double.isFinite(value)) {
            throw new InvalidValueException("scale.value", "be finite", value);
        }
        if (domainMax == domainMin) {
            return (rangeStart + rangeEnd) / 2;
        }
        double v = Math.max(domainMin, Math.min(domainMax, value));
        double t = kind == AxisKind.SQUARE_ROOT
                ? (Math.sqrt(v) - Math.sqrt(domainMin)) / (Math.sqrt(domainMax) - Math.sqrt(domainMin))
                : (v - domainMin) / (domainMax - domainMin);
        t = Math.max(0, Math.min(1, t));
        double pixel = rangeStart + t * (rangeEnd - rangeStart);
        return Math.max(Math.min(rangeStart, rangeEnd), Math.min(Math.max(rangeStart, rangeEnd), pixel));
    }

    @Override
    public String toString() {
        return kind + " " + domainMin + ".." + domainMax + " -> " + rangeStart + ".." + rangeEnd;
    }
}
