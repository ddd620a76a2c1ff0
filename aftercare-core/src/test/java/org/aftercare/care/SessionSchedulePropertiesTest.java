package org.aftercare.care;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class SessionSchedulePropertiesTest {
    private static final LocalDate EPOCH = LocalDate.of(2026, 1, 1);

    @Provide
    Arbitrary<SessionSchedule> schedules() {
        Arbitrary<Set<DayOfWeek>> days = Arbitraries.of(DayOfWeek.class).set().ofMinSize(1).ofMaxSize(7);
        Arbitrary<Duration> length = Arbitraries.integers().between(1, 720).map(Duration::ofMinutes);
        Arbitrary<Integer> interval = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.integers().between(1, 4)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(5, 52)));
        Arbitrary<LocalDate> start = Arbitraries.integers().between(0, 3000).map(EPOCH::plusDays);
        Arbitrary<Integer> span = Arbitraries.integers().between(0, 730);
        return Combinators.combine(days, length, interval, start, span)
                .as((d, l, i, s, n) -> new SessionSchedule(d, l, i, s, s.plusDays(n)));
    }

    @Property(tries = 1000, seed = "20261122")
    void everySessionDateIsWithinTheScheduleOnAListedDayInASessionWeek(@ForAll("schedules") SessionSchedule s) {
        List<LocalDate> dates = s.sessionDates();
        assertThat(dates).isSorted().doesNotHaveDuplicates();
        for (LocalDate d : dates) {
            assertThat(d).isBetween(s.start(), s.end());
            assertThat(s.days()).contains(d.getDayOfWeek());
            assertThat(ChronoUnit.DAYS.between(s.start(), d) / 7 % s.intervalWeeks()).isZero();
            assertThat(s.isSessionDate(d)).isTrue();
        }
        assertThat(s.isSessionDate(s.start().minusDays(1))).isFalse();
        assertThat(s.isSessionDate(s.end().plusDays(1))).isFalse();
    }

    @Property(tries = 1000, seed = "20261122")
    void sessionCountEqualsTheNumberOfSessionDates(@ForAll("schedules") SessionSchedule s) {
        assertThat(s.sessionCount()).isEqualTo(s.sessionDates().size());
    }

    @Property(tries = 1000, seed = "20261122")
    void timeOverTheWholeScheduleIsCountTimesLength(@ForAll("schedules") SessionSchedule s) {
        assertThat(s.timeBetween(s.start(), s.end())).isEqualTo(s.sessionLength().multipliedBy(s.sessionCount()));
        assertThat(s.timeBetween(s.start().minusYears(1), s.end().plusYears(1)))
                .isEqualTo(s.timeBetween(s.start(), s.end()));
    }

    @Property(tries = 1000, seed = "20261122")
    void wholeCyclesHoldOneSessionPerDayPerCycle(@ForAll("schedules") SessionSchedule s,
            @ForAll("cycles") int cycles) {
        // cycles x intervalWeeks whole weeks from the start hold exactly cycles x days sessions
        LocalDate end = s.start().plusWeeks((long) cycles * s.intervalWeeks()).minusDays(1);
        SessionSchedule whole = new SessionSchedule(s.days(), s.sessionLength(), s.intervalWeeks(), s.start(), end);
        assertThat(whole.sessionCount()).isEqualTo(cycles * s.days().size());
        if (s.intervalWeeks() == 1) {
            assertThat(whole.averageWeeklyTime().multipliedBy(cycles)).isEqualTo(whole.timeBetween(whole.start(), end));
        }
    }

    @Provide
    Arbitrary<Integer> cycles() {
        return Arbitraries.integers().between(1, 6);
    }

    @Property(tries = 1000, seed = "20261122")
    void sessionDatesBetweenIsTheWholeListClippedToTheWindow(@ForAll("schedules") SessionSchedule s,
            @ForAll("offsets") int fromOffset, @ForAll("offsets") int length) {
        LocalDate from = s.start().plusDays(fromOffset);
        LocalDate to = from.plusDays(length);
        assertThat(s.sessionDatesBetween(from, to))
                .isEqualTo(s.sessionDates().stream().filter(d -> !d.isBefore(from) && !d.isAfter(to)).toList());
    }

    @Provide
    Arbitrary<Integer> offsets() {
        return Arbitraries.integers().between(-30, 400);
    }

    @Property(tries = 1000, seed = "20261122")
    void closedFormCountEqualsTheListedDatesOfAnyWindowWithEdgeCases(@ForAll("schedules") SessionSchedule s,
            @ForAll("offsets") int fromOffset, @ForAll("offsets") int length) {
        closedFormCountEqualsTheListedDatesOfAnyWindow(s, fromOffset, length);
    }

    // random windows only: the edge cases of the combined arbitraries outnumber the tries and would crowd them out
    @Property(tries = 1000, seed = "20261122", edgeCases = EdgeCasesMode.NONE)
    void closedFormCountEqualsTheListedDatesOfAnyWindow(@ForAll("schedules") SessionSchedule s,
            @ForAll("offsets") int fromOffset, @ForAll("offsets") int length) {
        LocalDate from = s.start().plusDays(fromOffset);
        LocalDate to = from.plusDays(length);
        assertThat(s.sessionsBetweenEpochDays(s.start().toEpochDay(), s.end().toEpochDay(), from.toEpochDay(),
                to.toEpochDay())).isEqualTo(s.sessionDatesBetween(from, to).size());
        assertThat(s.timeBetween(from, to)).isEqualTo(s.sessionLength().multipliedBy(s.sessionDatesBetween(from, to).size()));
    }

    @Property(tries = 1000, seed = "20261122")
    void sessionEpochDayIsSessionDate(@ForAll("schedules") SessionSchedule s, @ForAll("offsets") int offset) {
        LocalDate d = s.start().plusDays(Math.min(offset, ChronoUnit.DAYS.between(s.start(), s.end())));
        if (!d.isBefore(s.start())) {
            assertThat(s.isSessionEpochDay(s.start().toEpochDay(), d.toEpochDay())).isEqualTo(s.isSessionDate(d));
        }
    }

    @Property(tries = 1000, seed = "20261122")
    void dayOfWeekIndexIsTheDayOfWeekOfTheEpochDay(@ForAll("epochDays") long epochDay) {
        assertThat(SessionSchedule.dayOfWeekIndex(epochDay))
                .isEqualTo(LocalDate.ofEpochDay(epochDay).getDayOfWeek().ordinal());
    }

    @Provide
    Arbitrary<Long> epochDays() {
        return Arbitraries.longs().between(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay());
    }

    @Property(tries = 1000, seed = "20261122")
    void dayMaskHasABitForEachDayOfTheSchedule(@ForAll("schedules") SessionSchedule s) {
        for (DayOfWeek d : DayOfWeek.values()) {
            assertThat((s.dayMask() >>> d.ordinal() & 1) == 1).isEqualTo(s.days().contains(d));
        }
        assertThat(s.dayMask() >>> 7).isZero();
    }
}
