package org.aftercare.care;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The long comparisons of the intensity rule judge every weekly time exactly as {@link HourBounds} does. */
class HourBoundsInNanosPropertiesTest {

    @Provide
    Arbitrary<BigDecimal> hours() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(0, 200).map(BigDecimal::valueOf),
                // fractional bounds with up to 13 decimals: some fall between two nanoseconds
                Combinators.combine(Arbitraries.longs().between(0, 200_000_000_000_000L), Arbitraries.integers().between(0, 13))
                        .as(BigDecimal::valueOf),
                Arbitraries.of(new BigDecimal("1E+20"), new BigDecimal("3000000"), new BigDecimal("2562047.788015215")));
    }

    @Provide
    Arbitrary<HourBounds> bounds() {
        return Combinators.combine(hours(), hours(), Arbitraries.integers().between(0, 3)).as((a, b, kind) -> {
            BigDecimal lo = a.min(b);
            BigDecimal hi = a.max(b);
            switch (kind) {
                case 0:
                    return HourBounds.atLeast(lo);
                case 1:
                    return hi.signum() > 0 ? HourBounds.lessThan(hi) : HourBounds.atLeast(lo);
                default:
                    return lo.compareTo(hi) < 0 ? new HourBounds(lo, hi, kind == 2) : HourBounds.atLeast(lo);
            }
        });
    }

    @Provide
    Arbitrary<Duration> times() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(0, 200 * 60).map(Duration::ofMinutes),
                Arbitraries.longs().between(0, 720_000_000_000_000L).map(Duration::ofNanos),
                Arbitraries.longs().between(0, Long.MAX_VALUE).map(Duration::ofSeconds));
    }

    // random pairs only: the edges are the next property's
    @Property(tries = 1000, seed = "20261122", edgeCases = EdgeCasesMode.NONE)
    void judgesLikeHourBounds(@ForAll("bounds") HourBounds bounds, @ForAll("times") Duration time) {
        HourBoundsInNanos fast = new HourBoundsInNanos(bounds);
        assertThat(fast.isBelow(time.getSeconds(), time.getNano())).isEqualTo(bounds.isBelow(time));
        assertThat(fast.isAbove(time.getSeconds(), time.getNano())).isEqualTo(bounds.isAbove(time));
    }

    @Property(tries = 1000, seed = "20261122")
    void judgesTheBoundsThemselvesAndOneNanosecondEitherSideLikeHourBounds(@ForAll("bounds") HourBounds bounds) {
        HourBoundsInNanos fast = new HourBoundsInNanos(bounds);
        for (BigDecimal edge : new BigDecimal[] {bounds.minimum(), bounds.maximum()}) {
            if (edge == null || edge.compareTo(new BigDecimal("1000000")) > 0) {
                continue;
            }
            long nanos = edge.multiply(BigDecimal.valueOf(3_600_000_000_000L)).longValue();
            for (long n = Math.max(0, nanos - 1); n <= nanos + 1; n++) {
                Duration time = Duration.ofNanos(n);
                assertThat(fast.isBelow(time.getSeconds(), time.getNano())).isEqualTo(bounds.isBelow(time));
                assertThat(fast.isAbove(time.getSeconds(), time.getNano())).isEqualTo(bounds.isAbove(time));
            }
        }
    }

    @Example
    void nineToTwentyHoursInclusive() {
        HourBoundsInNanos fast = new HourBoundsInNanos(HourBounds.between(BigDecimal.valueOf(9), BigDecimal.valueOf(20)));
        assertThat(fast.isBelow(9 * 3600 - 1, 999_999_999)).isTrue();
        assertThat(fast.isBelow(9 * 3600, 0)).isFalse();
        assertThat(fast.isAbove(20 * 3600, 0)).isFalse();
        assertThat(fast.isAbove(20 * 3600, 1)).isTrue();
    }

    @Example
    void lessThanNineHoursExcludesNine() {
        HourBoundsInNanos fast = new HourBoundsInNanos(HourBounds.lessThan(BigDecimal.valueOf(9)));
        assertThat(fast.isAbove(9 * 3600 - 1, 999_999_999)).isFalse();
        assertThat(fast.isAbove(9 * 3600, 0)).isTrue();
        assertThat(fast.isBelow(0, 0)).isFalse();
    }
}
