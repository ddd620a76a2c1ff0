package org.aftercare.care;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The closed-form session count and the session-day check against counting day by day, over every window of a
 * small range of days, for several weekday sets and intervals of one to three weeks (an exhaustive example test:
 * the mutation run does not run the property tests).
 */
class SessionCountTest {
    private static final int[] MASKS = {0b0000001, 0b0010101, 0b1000001, 0b1111111, 0b0100000};
    /** A Monday, so week boundaries and weekday offsets both vary across the windows below. */
    private static final long START = LocalDate.of(2026, 3, 2).toEpochDay();

    /** Day by day: on a listed weekday, in a week whose index since the start is a multiple of the interval. */
    private static boolean sessionDay(int mask, int interval, long start, long day) {
        int dow = LocalDate.ofEpochDay(day).getDayOfWeek().ordinal();
        return (mask & (1 << dow)) != 0 && Math.floorDiv(day - start, 7) % interval == 0;
    }

    private static int countDayByDay(int mask, int interval, long start, long end, long from, long to) {
        int n = 0;
        for (long d = Math.max(from, start); d <= Math.min(to, end); d++) {
            n += sessionDay(mask, interval, start, d) ? 1 : 0;
        }
        return n;
    }

    @Test
    void closedFormCountEqualsCountingEveryDayOfEveryWindow() {
        int cases = 0;
        for (int mask : MASKS) {
            for (int interval = 1; interval <= 3; interval++) {
                for (long startShift = 0; startShift < 3; startShift++) {
                    long start = START + startShift;
                    long end = start + 33;
                    for (long from = start - 3; from <= end + 2; from++) {
                        for (long to = from - 1; to <= from + 24; to++) {
                            assertThat(SessionSchedule.sessionsBetweenEpochDays(mask, interval, start, end, from, to))
                                    .as("mask %s every %d weeks from %d to %d, window %d..%d",
                                            Integer.toBinaryString(mask), interval, start, end, from, to)
                                    .isEqualTo(countDayByDay(mask, interval, start, end, from, to));
                            cases++;
                        }
                    }
                }
            }
        }
        assertThat(cases).isEqualTo(5 * 3 * 3 * 39 * 26);
    }

    @Test
    void sessionDayCheckEqualsTheDayByDayRule() {
        for (int mask : MASKS) {
            for (int interval = 1; interval <= 3; interval++) {
                for (long day = START; day <= START + 40; day++) {
                    assertThat(SessionSchedule.isSessionEpochDay(mask, interval, START, day))
                            .as("mask %s every %d weeks, day %d", Integer.toBinaryString(mask), interval, day)
                            .isEqualTo(sessionDay(mask, interval, START, day));
                }
            }
        }
    }

    @Test
    void aTuesdayAndThursdayScheduleEveryOtherWeekHasFourSessionsInItsFirstFourWeeks() {
        int tuesdayThursday = (1 << 1) | (1 << 3);
        assertThat(SessionSchedule.sessionsBetweenEpochDays(tuesdayThursday, 2, START, START + 27, START, START + 27))
                .isEqualTo(4);
        assertThat(SessionSchedule.sessionsBetweenEpochDays(tuesdayThursday, 1, START, START + 27, START, START + 27))
                .isEqualTo(8);
        assertThat(SessionSchedule.sessionsBetweenEpochDays(tuesdayThursday, 1, START, START + 27, START + 28,
                START + 40)).isZero();
    }
}
