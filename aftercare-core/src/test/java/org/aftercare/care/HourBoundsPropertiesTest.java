package org.aftercare.care;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class HourBoundsPropertiesTest {

    /** Bounds in hundredths of an hour (multiples of 36 s), so every bound is a whole number of seconds. */
    @Provide
    Arbitrary<HourBounds> bounds() {
        Arbitrary<Integer> min = Arbitraries.integers().between(0, 4000).injectNull(0.3);
        Arbitrary<Integer> gap = Arbitraries.integers().between(1, 4000);
        Arbitrary<Boolean> hasMax = Arbitraries.of(true, false);
        Arbitrary<Boolean> inclusive = Arbitraries.of(true, false);
        return Combinators.combine(min, gap, hasMax, inclusive).as((m, g, withMax, incl) -> {
            BigDecimal minimum = m == null ? null : BigDecimal.valueOf(m, 2);
            boolean maxPresent = withMax || m == null;
            BigDecimal maximum = maxPresent ? BigDecimal.valueOf((m == null ? 0 : m) + g, 2) : null;
            return new HourBounds(minimum, maximum, maxPresent && incl);
        });
    }

    @Provide
    Arbitrary<Duration> weeklyTimes() {
        return Arbitraries.longs().between(0, 90 * 3600).map(Duration::ofSeconds)
                .edgeCases(c -> c.add(Duration.ofHours(9), Duration.ofHours(19), Duration.ofHours(20)));
    }

    @Property(tries = 1000, seed = "20261122")
    void exactlyOneOfBelowWithinAboveHolds(@ForAll("bounds") HourBounds b, @ForAll("weeklyTimes") Duration d) {
        int holding = (b.isBelow(d) ? 1 : 0) + (b.contains(d) ? 1 : 0) + (b.isAbove(d) ? 1 : 0);
        assertThat(holding).isEqualTo(1);
    }

    @Property(tries = 1000, seed = "20261122")
    void judgementAgreesWithExactSecondArithmetic(@ForAll("bounds") HourBounds b, @ForAll("weeklyTimes") Duration d) {
        BigDecimal seconds = BigDecimal.valueOf(d.getSeconds());
        BigDecimal perHour = BigDecimal.valueOf(3600);
        boolean below = b.minimum() != null && seconds.compareTo(b.minimum().multiply(perHour)) < 0;
        boolean above = b.maximum() != null && (b.maximumInclusive()
                ? seconds.compareTo(b.maximum().multiply(perHour)) > 0
                : seconds.compareTo(b.maximum().multiply(perHour)) >= 0);
        assertThat(b.isBelow(d)).isEqualTo(below);
        assertThat(b.isAbove(d)).isEqualTo(above);
        assertThat(b.contains(d)).isEqualTo(!below && !above);
    }

    @Property(tries = 1000, seed = "20261122")
    void boundariesBehaveAsTheirNotationSays(@ForAll("bounds") HourBounds b) {
        if (b.minimum() != null) {
            Duration min = Duration.ofSeconds(b.minimum().multiply(BigDecimal.valueOf(3600)).longValueExact());
            assertThat(b.isBelow(min)).isFalse();
            if (!min.isZero()) {
                assertThat(b.isBelow(min.minusSeconds(1))).isTrue();
            }
        }
        if (b.maximum() != null) {
            Duration max = Duration.ofSeconds(b.maximum().multiply(BigDecimal.valueOf(3600)).longValueExact());
            assertThat(b.isAbove(max)).isEqualTo(!b.maximumInclusive());
            assertThat(b.isAbove(max.plusSeconds(1))).isTrue();
            assertThat(b.isAbove(max.minusSeconds(1))).isFalse();
        }
    }
}
