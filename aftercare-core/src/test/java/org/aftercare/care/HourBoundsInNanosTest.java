package org.aftercare.care;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The intensity rule's exact long comparisons at each bound and one nanosecond either side, for whole, fractional
 * and huge bounds, inclusive and exclusive maxima, and the times outside the fast range (judged by
 * {@link HourBounds} itself). Every answer is also checked against {@link HourBounds}.
 */
class HourBoundsInNanosTest {
    private static final long HOUR = 3600;

    private static void judges(HourBounds bounds, long seconds, int nanos, boolean below, boolean above) {
        HourBoundsInNanos fast = new HourBoundsInNanos(bounds);
        Duration time = Duration.ofSeconds(seconds, nanos);
        assertThat(fast.isBelow(seconds, nanos)).as("below %s: %s", bounds, time).isEqualTo(below)
                .isEqualTo(bounds.isBelow(time));
        assertThat(fast.isAbove(seconds, nanos)).as("above %s: %s", bounds, time).isEqualTo(above)
                .isEqualTo(bounds.isAbove(time));
    }

    @Test
    void wholeHoursWithAnInclusiveMaximum() {
        HourBounds nineToTwenty = new HourBounds(BigDecimal.valueOf(9), BigDecimal.valueOf(20), true);
        judges(nineToTwenty, 9 * HOUR - 1, 999_999_999, true, false);
        judges(nineToTwenty, 9 * HOUR, 0, false, false);
        judges(nineToTwenty, 20 * HOUR, 0, false, false);
        judges(nineToTwenty, 20 * HOUR, 1, false, true);
    }

    @Test
    void wholeHoursWithAnExclusiveMaximum() {
        HourBounds underNine = HourBounds.lessThan(BigDecimal.valueOf(9));
        judges(underNine, 0, 0, false, false);
        judges(underNine, 9 * HOUR - 1, 999_999_999, false, false);
        judges(underNine, 9 * HOUR, 0, false, true);
    }

    @Test
    void fractionalBounds() {
        HourBounds bounds = new HourBounds(new BigDecimal("8.5"), new BigDecimal("12.25"), true);
        judges(bounds, 30_600 - 1, 999_999_999, true, false);
        judges(bounds, 30_600, 0, false, false);
        judges(bounds, 44_100, 0, false, false);
        judges(bounds, 44_100, 1, false, true);
        HourBounds exclusive = new HourBounds(new BigDecimal("8.5"), new BigDecimal("12.25"), false);
        judges(exclusive, 44_099, 999_999_999, false, false);
        judges(exclusive, 44_100, 0, false, true);
    }

    @Test
    void aBoundBetweenTwoNanosecondsRoundsTheRightWay() {
        // 0.3333333333333 h = 1,199,999,999,999.88 ns: 1,199,999,999,999 ns is below it, 1,200,000,000,000 is not
        BigDecimal third = new BigDecimal("0.3333333333333");
        judges(HourBounds.atLeast(third), 1199, 999_999_999, true, false);
        judges(HourBounds.atLeast(third), 1200, 0, false, false);
        judges(new HourBounds(BigDecimal.ZERO, third, true), 1199, 999_999_999, false, false);
        judges(new HourBounds(BigDecimal.ZERO, third, true), 1200, 0, false, true);
        judges(new HourBounds(BigDecimal.ZERO, third, false), 1199, 999_999_999, false, false);
        judges(new HourBounds(BigDecimal.ZERO, third, false), 1200, 0, false, true);
    }

    @Test
    void noMaximumIsNeverAbove() {
        HourBounds atLeastNine = HourBounds.atLeast(BigDecimal.valueOf(9));
        judges(atLeastNine, 10_000 * HOUR, 0, false, false);
        judges(atLeastNine, HourBoundsInNanos.MAX_SECONDS, 999_999_999, false, false);
    }

    @Test
    void timesOutsideTheFastRangeAreJudgedByHourBounds() {
        HourBounds nineToTwenty = new HourBounds(BigDecimal.valueOf(9), BigDecimal.valueOf(20), true);
        judges(nineToTwenty, -1, 0, true, false);
        judges(nineToTwenty, HourBoundsInNanos.MAX_SECONDS, 0, false, true);
        judges(nineToTwenty, HourBoundsInNanos.MAX_SECONDS + 1, 0, false, true);
        judges(HourBounds.atLeast(BigDecimal.valueOf(9)), -1, 0, true, false);
    }

    @Test
    void boundsBeyondTheLongRangeAreHeldAtItsEnd() {
        HourBounds huge = new HourBounds(new BigDecimal("1E+20"), new BigDecimal("2E+20"), true);
        judges(huge, HourBoundsInNanos.MAX_SECONDS, 0, true, false);
        judges(HourBounds.lessThan(new BigDecimal("1E+20")), HourBoundsInNanos.MAX_SECONDS, 0, false, false);
    }
}
