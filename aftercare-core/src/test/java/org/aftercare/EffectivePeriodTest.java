package org.aftercare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EffectivePeriodTest {
    private static final LocalDate FROM = LocalDate.of(2024, 4, 2);
    private static final LocalDate UNTIL = LocalDate.of(2024, 5, 1);

    @Test
    void containsTheStartDateButNotTheEndDate() {
        EffectivePeriod p = EffectivePeriod.between(FROM, UNTIL);
        assertThat(p.contains(FROM.minusDays(1))).isFalse();
        assertThat(p.contains(FROM)).isTrue();
        assertThat(p.contains(FROM.plusDays(1))).isTrue();
        assertThat(p.contains(UNTIL.minusDays(1))).isTrue();
        assertThat(p.contains(UNTIL)).isFalse();
        assertThat(p.contains(UNTIL.plusDays(1))).isFalse();
    }

    @Test
    void openStartContainsEveryDateBeforeTheEnd() {
        EffectivePeriod p = EffectivePeriod.until(UNTIL);
        assertThat(p.contains(LocalDate.MIN)).isTrue();
        assertThat(p.contains(UNTIL.minusDays(1))).isTrue();
        assertThat(p.contains(UNTIL)).isFalse();
        assertThat(p.start()).isEmpty();
        assertThat(p.end()).contains(UNTIL);
    }

    @Test
    void openEndContainsEveryDateFromTheStart() {
        EffectivePeriod p = EffectivePeriod.from(FROM);
        assertThat(p.contains(FROM.minusDays(1))).isFalse();
        assertThat(p.contains(FROM)).isTrue();
        assertThat(p.contains(LocalDate.MAX)).isTrue();
        assertThat(p.start()).contains(FROM);
        assertThat(p.end()).isEmpty();
    }

    @Test
    void alwaysContainsTheExtremes() {
        assertThat(EffectivePeriod.ALWAYS.contains(LocalDate.MIN)).isTrue();
        assertThat(EffectivePeriod.ALWAYS.contains(LocalDate.MAX)).isTrue();
        assertThat(EffectivePeriod.ALWAYS.toString()).isEqualTo("[.., ..)");
    }

    @Test
    void oneDayPeriodContainsExactlyThatDay() {
        EffectivePeriod p = EffectivePeriod.between(FROM, FROM.plusDays(1));
        assertThat(p.contains(FROM.minusDays(1))).isFalse();
        assertThat(p.contains(FROM)).isTrue();
        assertThat(p.contains(FROM.plusDays(1))).isFalse();
    }

    @Test
    void untilEqualToFromIsRejectedWithTheExactMessage() {
        assertThatThrownBy(() -> EffectivePeriod.between(FROM, FROM))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("effectivePeriod.until must be after from 2024-04-02: 2024-04-02");
    }

    @Test
    void untilBeforeFromIsRejectedWithTheExactMessage() {
        InvalidValueException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidValueException.class,
                () -> new EffectivePeriod(FROM, FROM.minusDays(1)));
        assertThat(e).hasMessage("effectivePeriod.until must be after from 2024-04-02: 2024-04-01");
        assertThat(e.field()).isEqualTo("effectivePeriod.until");
        assertThat(e.rejectedValue()).isEqualTo("2024-04-01");
    }

    @Test
    void factoriesRejectNullBounds() {
        assertThatThrownBy(() -> EffectivePeriod.from(null)).isInstanceOf(NullPointerException.class).hasMessage("from");
        assertThatThrownBy(() -> EffectivePeriod.until(null)).isInstanceOf(NullPointerException.class).hasMessage("until");
        assertThatThrownBy(() -> EffectivePeriod.between(FROM, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("until");
    }

    @Test
    void touchingPeriodsDoNotOverlap() {
        EffectivePeriod before = EffectivePeriod.until(FROM);
        EffectivePeriod after = EffectivePeriod.from(FROM);
        assertThat(before.overlaps(after)).isFalse();
        assertThat(after.overlaps(before)).isFalse();
        EffectivePeriod a = EffectivePeriod.between(FROM.minusDays(10), FROM);
        EffectivePeriod b = EffectivePeriod.between(FROM, UNTIL);
        assertThat(a.overlaps(b)).isFalse();
        assertThat(b.overlaps(a)).isFalse();
    }

    @Test
    void periodsSharingOneDayOverlap() {
        EffectivePeriod a = EffectivePeriod.between(FROM.minusDays(10), FROM.plusDays(1));
        EffectivePeriod b = EffectivePeriod.between(FROM, UNTIL);
        assertThat(a.overlaps(b)).isTrue();
        assertThat(b.overlaps(a)).isTrue();
        assertThat(EffectivePeriod.until(FROM.plusDays(1)).overlaps(EffectivePeriod.from(FROM))).isTrue();
    }

    @Test
    void openPeriodsOverlapEverything() {
        EffectivePeriod p = EffectivePeriod.between(FROM, UNTIL);
        assertThat(EffectivePeriod.ALWAYS.overlaps(p)).isTrue();
        assertThat(p.overlaps(EffectivePeriod.ALWAYS)).isTrue();
        assertThat(EffectivePeriod.ALWAYS.overlaps(EffectivePeriod.ALWAYS)).isTrue();
        assertThat(EffectivePeriod.from(FROM).overlaps(EffectivePeriod.from(UNTIL))).isTrue();
        assertThat(EffectivePeriod.until(FROM).overlaps(EffectivePeriod.until(UNTIL))).isTrue();
    }

    @Test
    void disjointPeriodsWithAGapDoNotOverlap() {
        EffectivePeriod a = EffectivePeriod.between(FROM.minusDays(10), FROM.minusDays(1));
        EffectivePeriod b = EffectivePeriod.between(FROM, UNTIL);
        assertThat(a.overlaps(b)).isFalse();
        assertThat(b.overlaps(a)).isFalse();
    }

    @Test
    void toStringShowsHalfOpenNotation() {
        assertThat(EffectivePeriod.between(FROM, UNTIL).toString()).isEqualTo("[2024-04-02, 2024-05-01)");
        assertThat(EffectivePeriod.from(FROM).toString()).isEqualTo("[2024-04-02, ..)");
        assertThat(EffectivePeriod.until(UNTIL).toString()).isEqualTo("[.., 2024-05-01)");
    }
}
