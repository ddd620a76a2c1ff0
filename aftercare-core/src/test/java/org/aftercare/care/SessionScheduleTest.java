package org.aftercare.care;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.aftercare.InvalidValueException;
import org.junit.jupiter.api.Test;

class SessionScheduleTest {
    private static final LocalDate MARCH_1 = LocalDate.of(2026, 3, 1); // a Sunday
    private static final LocalDate MARCH_31 = LocalDate.of(2026, 3, 31);

    private static LocalDate march(int day) {
        return LocalDate.of(2026, 3, day);
    }

    private static SessionSchedule monWedFri() {
        return SessionSchedule.weekly(Duration.ofHours(3), MARCH_1, MARCH_31, MONDAY, WEDNESDAY, FRIDAY);
    }

    @Test
    void monWedFriSessionDatesAcrossAMonth() {
        SessionSchedule s = monWedFri();
        assertThat(s.sessionDates()).containsExactly(march(2), march(4), march(6), march(9), march(11), march(13),
                march(16), march(18), march(20), march(23), march(25), march(27), march(30));
        assertThat(s.sessionCount()).isEqualTo(13);
        assertThat(s.daysPerWeek()).isEqualTo(3);
        assertThat(s.averageWeeklyTime()).isEqualTo(Duration.ofHours(9));
        assertThat(s.timeBetween(MARCH_1, MARCH_31)).isEqualTo(Duration.ofHours(39));
        assertThat(s).hasToString("MONDAY, WEDNESDAY, FRIDAY x PT3H every week from 2026-03-01 to 2026-03-31");
    }

    @Test
    void sessionDatesBetweenClipToTheScheduleAndIncludeBothEnds() {
        SessionSchedule s = monWedFri();
        assertThat(s.sessionDatesBetween(march(4), march(9))).containsExactly(march(4), march(6), march(9));
        assertThat(s.sessionDatesBetween(march(5), march(5))).isEmpty();
        assertThat(s.sessionDatesBetween(LocalDate.of(2026, 1, 1), march(3))).containsExactly(march(2));
        assertThat(s.sessionDatesBetween(march(30), LocalDate.of(2026, 12, 31))).containsExactly(march(30));
        assertThat(s.sessionDatesBetween(march(10), march(9))).isEmpty();
        assertThat(s.timeBetween(march(4), march(9))).isEqualTo(Duration.ofHours(9));
    }

    @Test
    void isSessionDateChecksTheDayAndTheDates() {
        SessionSchedule s = SessionSchedule.weekly(Duration.ofHours(1), march(2), march(30), MONDAY);
        assertThat(s.isSessionDate(march(2))).isTrue();
        assertThat(s.isSessionDate(march(3))).isFalse();
        assertThat(s.isSessionDate(march(30))).isTrue();
        assertThat(s.isSessionDate(LocalDate.of(2026, 2, 23))).isFalse();
        assertThat(s.isSessionDate(LocalDate.of(2026, 4, 6))).isFalse();
    }

    @Test
    void everyOtherWeekCountsWeeksFromTheStartDate() {
        SessionSchedule s = SessionSchedule.everyWeeks(2, MONDAY, Duration.ofHours(1), march(2), MARCH_31);
        assertThat(s.sessionDates()).containsExactly(march(2), march(16), march(30));
        assertThat(s.averageWeeklyTime()).isEqualTo(Duration.ofMinutes(30));
        assertThat(s).hasToString("MONDAY x PT1H every 2 weeks from 2026-03-02 to 2026-03-31");
    }

    @Test
    void everyOtherWeekStartingMidWeek() {
        // start on Wednesday 4 March: week 1 is 4-10 March, week 3 is 18-24 March
        SessionSchedule s = SessionSchedule.everyWeeks(2, MONDAY, Duration.ofHours(1), march(4), MARCH_31);
        assertThat(s.sessionDates()).containsExactly(march(9), march(23));
        assertThat(s.isSessionDate(march(16))).isFalse();
    }

    @Test
    void everyThirteenWeeksIsQuarterly() {
        SessionSchedule s = SessionSchedule.everyWeeks(13, MONDAY, Duration.ofHours(1), LocalDate.of(2026, 1, 5),
                LocalDate.of(2026, 12, 31));
        assertThat(s.sessionDates()).containsExactly(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 4, 6),
                LocalDate.of(2026, 7, 6), LocalDate.of(2026, 10, 5));
        assertThat(s.averageWeeklyTime()).isEqualTo(Duration.ofNanos(276_923_076_923L));
        assertThat(s.averageWeeklyTime()).isEqualTo(Duration.parse("PT4M36.923076923S"));
    }

    @Test
    void oneDayScheduleHasOneSessionIfOnTheDay() {
        assertThat(SessionSchedule.weekly(Duration.ofHours(1), march(2), march(2), MONDAY).sessionDates())
                .containsExactly(march(2));
        assertThat(SessionSchedule.weekly(Duration.ofHours(1), march(3), march(3), MONDAY).sessionCount()).isZero();
    }

    @Test
    void daysAreCopiedAndImmutable() {
        Set<DayOfWeek> days = EnumSet.of(MONDAY);
        SessionSchedule s = SessionSchedule.weekly(days, Duration.ofHours(1), march(2), march(30));
        days.add(FRIDAY);
        assertThat(s.days()).containsExactly(MONDAY);
        assertThatThrownBy(() -> s.days().add(FRIDAY)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void emptyDaysAreRejected() {
        assertThatThrownBy(() -> SessionSchedule.weekly(Set.of(), Duration.ofHours(1), march(2), march(30)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("schedule.days must name at least one day of the week: []");
    }

    @Test
    void sessionLengthMustBePositiveAndAtMostTwelveHours() {
        assertThatThrownBy(() -> SessionSchedule.weekly(Duration.ZERO, march(2), march(30), MONDAY))
                .isInstanceOf(InvalidValueException.class).hasMessage("schedule.sessionLength must be positive: PT0S");
        assertThatThrownBy(() -> SessionSchedule.weekly(Duration.ofMinutes(-1), march(2), march(30), MONDAY))
                .isInstanceOf(InvalidValueException.class).hasMessage("schedule.sessionLength must be positive: PT-1M");
        assertThatThrownBy(() -> SessionSchedule.weekly(Duration.ofHours(13), march(2), march(30), MONDAY))
                .isInstanceOf(InvalidValueException.class).hasMessage("schedule.sessionLength must be at most 12 hours: PT13H");
        assertThatThrownBy(() -> SessionSchedule.weekly(Duration.ofHours(12).plusSeconds(1), march(2), march(30), MONDAY))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("schedule.sessionLength must be at most 12 hours: PT12H1S");
        assertThat(SessionSchedule.weekly(Duration.ofHours(12), march(2), march(30), MONDAY).sessionLength())
                .isEqualTo(Duration.ofHours(12));
        assertThat(SessionSchedule.weekly(Duration.ofNanos(1), march(2), march(30), MONDAY).sessionCount()).isEqualTo(5);
    }

    @Test
    void intervalMustBeOneToFiftyTwoWeeks() {
        assertThatThrownBy(() -> SessionSchedule.everyWeeks(0, MONDAY, Duration.ofHours(1), march(2), march(30)))
                .isInstanceOf(InvalidValueException.class).hasMessage("schedule.intervalWeeks must be between 1 and 52: 0");
        assertThatThrownBy(() -> SessionSchedule.everyWeeks(53, MONDAY, Duration.ofHours(1), march(2), march(30)))
                .isInstanceOf(InvalidValueException.class).hasMessage("schedule.intervalWeeks must be between 1 and 52: 53");
        assertThat(SessionSchedule.everyWeeks(52, MONDAY, Duration.ofHours(1), march(2), march(30)).sessionDates())
                .containsExactly(march(2));
    }

    @Test
    void endBeforeStartIsRejectedButEqualDatesAreAccepted() {
        assertThatThrownBy(() -> SessionSchedule.weekly(Duration.ofHours(1), march(2), march(1), MONDAY))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("schedule.end must not be before schedule.start 2026-03-02: 2026-03-01");
        assertThat(SessionSchedule.weekly(Duration.ofHours(1), march(2), march(2), MONDAY).end()).isEqualTo(march(2));
    }

    @Test
    void scheduleMayBeAtMostMaxDaysLong() {
        LocalDate start = LocalDate.of(2026, 1, 1);
        LocalDate lastAccepted = start.plusDays(SessionSchedule.MAX_DAYS - 1);
        assertThat(SessionSchedule.MAX_DAYS).isEqualTo(3653);
        assertThat(SessionSchedule.weekly(Duration.ofHours(1), start, lastAccepted, MONDAY).end()).isEqualTo(lastAccepted);
        assertThatThrownBy(() -> SessionSchedule.weekly(Duration.ofHours(1), start, lastAccepted.plusDays(1), MONDAY))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("schedule.end must be within 3653 days of the start 2026-01-01: 2036-01-02");
    }

    @Test
    void nullsAreRejected() {
        assertThatThrownBy(() -> SessionSchedule.weekly(null, Duration.ofHours(1), march(2), march(30)))
                .isInstanceOf(NullPointerException.class).hasMessage("schedule.days");
        assertThatThrownBy(() -> SessionSchedule.weekly(Duration.ofHours(1), null, march(30), MONDAY))
                .isInstanceOf(NullPointerException.class).hasMessage("schedule.start");
        assertThatThrownBy(() -> monWedFri().isSessionDate(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("date");
    }
}
