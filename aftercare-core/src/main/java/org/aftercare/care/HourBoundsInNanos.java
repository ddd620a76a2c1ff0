package org.aftercare.care;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;

/**
 * The bounds of an {@link HourBounds} converted once to whole nanoseconds, so weekly times can be judged with
 * long comparisons instead of two {@link BigDecimal}s per week. Exact: a whole number of nanoseconds {@code n}
 * is below a bound {@code m} exactly when {@code n < ceil(m)}, above it when {@code n > floor(m)}, and at or
 * above it when {@code n >= ceil(m)}. Bounds beyond the range of a long saturate; times beyond
 * {@link #MAX_SECONDS} fall back to {@link HourBounds} itself.
 */
final class HourBoundsInNanos {
    /** The longest time (in seconds, about 285 years) judged by long arithmetic; no week gets near it. */
    static final long MAX_SECONDS = 9_000_000_000L;
    private static final BigDecimal NANOS_PER_HOUR = BigDecimal.valueOf(3_600_000_000_000L);
    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

    private final HourBounds bounds;
    private final long minimumCeiling;
    private final long maximumFloor;
    private final long maximumCeiling;

    HourBoundsInNanos(HourBounds bounds) {
        this.bounds = bounds;
        this.minimumCeiling = bounds.minimum() == null ? 0 : nanos(bounds.minimum(), RoundingMode.CEILING);
        this.maximumFloor = bounds.maximum() == null ? 0 : nanos(bounds.maximum(), RoundingMode.FLOOR);
        this.maximumCeiling = bounds.maximum() == null ? 0 : nanos(bounds.maximum(), RoundingMode.CEILING);
    }

    private static long nanos(BigDecimal hours, RoundingMode rounding) {
        if (hours.scale() == 0 && hours.precision() <= 6) {
            return hours.longValue() * 3_600_000_000_000L; // whole hours, as every standard bound is: exact
        }
        BigDecimal n = hours.multiply(NANOS_PER_HOUR).setScale(0, rounding);
        return n.compareTo(LONG_MAX) > 0 ? Long.MAX_VALUE : n.longValueExact();
    }

    /** Same as {@link HourBounds#isBelow(Duration)} of {@code seconds} and {@code nanos}. */
    boolean isBelow(long seconds, int nanos) {
        if (seconds < 0 || seconds > MAX_SECONDS) {
            return bounds.isBelow(Duration.ofSeconds(seconds, nanos));
        }
        return bounds.minimum() != null && seconds * 1_000_000_000L + nanos < minimumCeiling;
    }

    /** Same as {@link HourBounds#isAbove(Duration)} of {@code seconds} and {@code nanos}. */
    boolean isAbove(long seconds, int nanos) {
        if (seconds < 0 || seconds > MAX_SECONDS) {
            return bounds.isAbove(Duration.ofSeconds(seconds, nanos));
        }
        if (bounds.maximum() == null) {
            return false;
        }
        long n = seconds * 1_000_000_000L + nanos;
        return bounds.maximumInclusive() ? n > maximumFloor : n >= maximumCeiling;
    }
}
