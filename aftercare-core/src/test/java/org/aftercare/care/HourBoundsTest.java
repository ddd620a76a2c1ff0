package org.aftercare.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import org.aftercare.InvalidValueException;
import org.junit.jupiter.api.Test;

class HourBoundsTest {
    private static final BigDecimal NINE = BigDecimal.valueOf(9);
    private static final BigDecimal NINETEEN = BigDecimal.valueOf(19);
    private static final BigDecimal TWENTY = BigDecimal.valueOf(20);
    private static final Duration ONE_SECOND = Duration.ofSeconds(1);

    private static Duration hours(long h) {
        return Duration.ofHours(h);
    }

    @Test
    void betweenIncludesBothEnds() {
        HourBounds iop = HourBounds.between(NINE, NINETEEN);
        assertThat(iop.isBelow(hours(9).minus(ONE_SECOND))).isTrue();
        assertThat(iop.contains(hours(9).minus(ONE_SECOND))).isFalse();
        assertThat(iop.isBelow(hours(9))).isFalse();
        assertThat(iop.contains(hours(9))).isTrue();
        assertThat(iop.contains(hours(19))).isTrue();
        assertThat(iop.isAbove(hours(19))).isFalse();
        assertThat(iop.isAbove(hours(19).plus(ONE_SECOND))).isTrue();
        assertThat(iop.contains(hours(19).plus(ONE_SECOND))).isFalse();
    }

    @Test
    void lessThanExcludesItsMaximum() {
        HourBounds outpatient = HourBounds.lessThan(NINE);
        assertThat(outpatient.contains(Duration.ZERO)).isTrue();
        assertThat(outpatient.contains(hours(9).minus(ONE_SECOND))).isTrue();
        assertThat(outpatient.contains(hours(9))).isFalse();
        assertThat(outpatient.isAbove(hours(9))).isTrue();
        assertThat(outpatient.isBelow(Duration.ZERO)).isFalse();
    }

    @Test
    void inclusiveMaximumWithoutMinimumIncludesIt() {
        HourBounds b = new HourBounds(null, NINE, true);
        assertThat(b.contains(hours(9))).isTrue();
        assertThat(b.isAbove(hours(9).plus(ONE_SECOND))).isTrue();
        assertThat(b).hasToString("<= 9 h/week");
    }

    @Test
    void exclusiveMaximumWithMinimumExcludesIt() {
        HourBounds b = new HourBounds(NINE, NINETEEN, false);
        assertThat(b.contains(hours(19).minus(ONE_SECOND))).isTrue();
        assertThat(b.contains(hours(19))).isFalse();
        assertThat(b.isAbove(hours(19))).isTrue();
        assertThat(b).hasToString("9-19 (exclusive) h/week");
    }

    @Test
    void atLeastHasNoUpperLimit() {
        HourBounds php = HourBounds.atLeast(TWENTY);
        assertThat(php.isBelow(hours(20).minus(ONE_SECOND))).isTrue();
        assertThat(php.contains(hours(20))).isTrue();
        assertThat(php.contains(hours(168))).isTrue();
        assertThat(php.isAbove(hours(10_000))).isFalse();
    }

    @Test
    void atLeastZeroContainsZero() {
        assertThat(HourBounds.atLeast(BigDecimal.ZERO).contains(Duration.ZERO)).isTrue();
    }

    @Test
    void fractionalBoundsAreComparedExactly() {
        HourBounds b = HourBounds.between(new BigDecimal("7.5"), NINETEEN);
        assertThat(b.isBelow(Duration.ofMinutes(449))).isTrue();
        assertThat(b.contains(Duration.ofMinutes(450))).isTrue();
    }

    @Test
    void toStringForms() {
        assertThat(HourBounds.between(NINE, NINETEEN)).hasToString("9-19 h/week");
        assertThat(HourBounds.lessThan(NINE)).hasToString("< 9 h/week");
        assertThat(HourBounds.atLeast(TWENTY)).hasToString(">= 20 h/week");
        assertThat(HourBounds.between(new BigDecimal("7.50"), new BigDecimal("1.9E+1"))).hasToString("7.5-19 h/week");
    }

    @Test
    void invalidCombinationsAreRejected() {
        assertThatThrownBy(() -> new HourBounds(null, null, false)).isInstanceOf(InvalidValueException.class)
                .hasMessage("hourBounds must have a minimum or a maximum: none");
        assertThatThrownBy(() -> HourBounds.atLeast(BigDecimal.valueOf(-1))).isInstanceOf(InvalidValueException.class)
                .hasMessage("hourBounds.minimum must not be negative: -1");
        assertThatThrownBy(() -> HourBounds.lessThan(BigDecimal.ZERO)).isInstanceOf(InvalidValueException.class)
                .hasMessage("hourBounds.maximum must be positive: 0");
        assertThatThrownBy(() -> HourBounds.between(NINE, NINE)).isInstanceOf(InvalidValueException.class)
                .hasMessage("hourBounds.maximum must be above the minimum 9: 9");
        assertThatThrownBy(() -> HourBounds.between(TWENTY, NINETEEN)).isInstanceOf(InvalidValueException.class)
                .hasMessage("hourBounds.maximum must be above the minimum 20: 19");
        assertThatThrownBy(() -> new HourBounds(NINE, null, true)).isInstanceOf(InvalidValueException.class)
                .hasMessage("hourBounds.maximumInclusive must be false when there is no maximum: true");
    }

    @Test
    void nullDurationIsRejected() {
        HourBounds b = HourBounds.between(NINE, NINETEEN);
        assertThatThrownBy(() -> b.isBelow(null)).isInstanceOf(NullPointerException.class).hasMessage("perWeek");
        assertThatThrownBy(() -> b.isAbove(null)).isInstanceOf(NullPointerException.class).hasMessage("perWeek");
    }
}
