package org.aftercare.care;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WeekDaysTest {
    private final WeekDays mwf = WeekDays.of(List.of(FRIDAY, MONDAY, WEDNESDAY, MONDAY));

    @Test
    void holdsTheDaysInWeekOrderAsAMask() {
        assertThat(mwf).containsExactly(MONDAY, WEDNESDAY, FRIDAY);
        assertThat(mwf.mask()).isEqualTo(0b10101);
        assertThat(mwf.size()).isEqualTo(3);
        assertThat(mwf.isEmpty()).isFalse();
        assertThat(WeekDays.of(Set.of()).isEmpty()).isTrue();
        assertThat(WeekDays.of(EnumSet.allOf(DayOfWeek.class)).mask()).isEqualTo(127);
        assertThat(WeekDays.of(List.of(SUNDAY))).containsExactly(SUNDAY);
    }

    @Test
    void containsOnlyItsDays() {
        assertThat(mwf.contains(MONDAY)).isTrue();
        assertThat(mwf.contains(FRIDAY)).isTrue();
        assertThat(mwf.contains(SUNDAY)).isFalse();
        assertThat(mwf.contains("MONDAY")).isFalse();
        assertThat(mwf.contains(null)).isFalse();
    }

    @Test
    void isOneSharedInstancePerSetOfDays() {
        assertThat(WeekDays.of(EnumSet.of(MONDAY, WEDNESDAY, FRIDAY))).isSameAs(mwf);
        assertThat(WeekDays.of(mwf)).isSameAs(mwf);
    }

    @Test
    void equalsAnySetOfTheSameDays() {
        assertThat(mwf).isEqualTo(EnumSet.of(MONDAY, WEDNESDAY, FRIDAY));
        assertThat(EnumSet.of(MONDAY, WEDNESDAY, FRIDAY)).isEqualTo(mwf);
        assertThat(mwf).hasSameHashCodeAs(EnumSet.of(MONDAY, WEDNESDAY, FRIDAY));
        assertThat(mwf).isNotEqualTo(EnumSet.of(MONDAY, WEDNESDAY));
        assertThat(mwf).isNotEqualTo(WeekDays.of(List.of(MONDAY)));
        assertThat(mwf.equals(List.of(MONDAY, WEDNESDAY, FRIDAY))).isFalse();
    }

    @Test
    void iteratorEndsAfterTheLastDay() {
        Iterator<DayOfWeek> it = WeekDays.of(List.of(SUNDAY)).iterator();
        assertThat(it.hasNext()).isTrue();
        assertThat(it.next()).isEqualTo(SUNDAY);
        assertThat(it.hasNext()).isFalse();
        assertThatThrownBy(it::next).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(it::remove).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void rejectsEveryChange() {
        assertThatThrownBy(() -> mwf.add(SUNDAY)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> mwf.remove(MONDAY)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> mwf.addAll(List.of(SUNDAY))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> mwf.removeAll(List.of(MONDAY))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> mwf.retainAll(List.of(MONDAY))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> mwf.removeIf(d -> true)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(mwf::clear).isInstanceOf(UnsupportedOperationException.class);
        assertThat(mwf).containsExactly(MONDAY, WEDNESDAY, FRIDAY);
    }

    @Test
    void rejectsANullDay() {
        assertThatThrownBy(() -> WeekDays.of(java.util.Arrays.asList(MONDAY, null)))
                .isInstanceOf(NullPointerException.class);
    }
}
