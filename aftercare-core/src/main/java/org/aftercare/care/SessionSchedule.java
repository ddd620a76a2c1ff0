package org.aftercare.care;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.aftercare.InvalidValueException;
import org.aftercare.internal.Checks;

/**
 * Sessions on fixed days of the week between two dates, such as
 * {@code MONDAY, WEDNESDAY, FRIDAY x PT3H every week from 2026-03-02 to 2026-05-24}.
 *
 * <p>Aftercare runs from once a week to five days a week; residential programmes may schedule up
 * to seven. A schedule may also repeat every few weeks ({@code intervalWeeks}), for example
 * quarterly check-ups every 13 weeks. Weeks are counted from the start date, so with an interval
 * of 2 the sessions fall in weeks 1, 3, 5 and so on. Both dates are inclusive.
 *
 * <p>Invariants: at least one day; session length positive and at most {@value #MAX_SESSION_HOURS}
 * hours; interval 1 to 52 weeks; end not before start; at most {@value #MAX_DAYS} days long.
 *
 * <pre>{@code
 * SessionSchedule iop = SessionSchedule.weekly(EnumSet.of(MONDAY, WEDNESDAY, FRIDAY), Duration.ofHours(3),
 *         LocalDate.of(2026, 3, 2), LocalDate.of(2026, 5, 24));
 * iop.averageWeeklyTime();   // PT9H
 * }</pre>
 *
 * @param days  the days of the week with a session, not empty
 * @param sessionLength  the length of one session, positive
 * @param intervalWeeks  1 for every week, 2 for every other week, and so on
 * @param start  the first date, not null
 * @param end  the last date, inclusive, not before the start
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public record SessionSchedule(Set<DayOfWeek> days, Duration sessionLength, int intervalWeeks, LocalDate start,
        LocalDate end) implements ServiceSchedule {

    /** The longest session accepted, in hours. */
    public static final int MAX_SESSION_HOURS = 12;
    /** The longest schedule accepted, in days (about ten years). */
    public static final int MAX_DAYS = 3653;

    /** Validates the fields; see the class description. */
    public SessionSchedule {
        Objects.requireNonNull(days, "schedule.days");
        if (days.isEmpty()) {
            throw new InvalidValueException("schedule.days", "name at least one day of the week", days);
        }
        days.forEach(d -> Objects.requireNonNull(d, "schedule.days"));
        days = WeekDays.of(days);
        Checks.positive(sessionLength, "schedule.sessionLength");
        if (sessionLength.compareTo(Duration.ofHours(MAX_SESSION_HOURS)) > 0) {
            throw new InvalidValueException("schedule.sessionLength", "be at most " + MAX_SESSION_HOURS + " hours",
                    sessionLength);
        }
        Checks.inRange(intervalWeeks, 1, 52, "schedule.intervalWeeks");
        Checks.notBefore(end, start, "schedule.end", "schedule.start");
        if (ChronoUnit.DAYS.between(start, end) >= MAX_DAYS) {
            throw new InvalidValueException("schedule.end", "be within " + MAX_DAYS + " days of the start " + start, end);
        }
    }

    /**
     * Obtains a weekly schedule.
     *
     * @param days  the days with a session, not empty
     * @param sessionLength  the session length, positive
     * @param start  the first date, not null
     * @param end  the last date, inclusive
     * @return the schedule, not null
     */
    public static SessionSchedule weekly(Set<DayOfWeek> days, Duration sessionLength, LocalDate start, LocalDate end) {
        return new SessionSchedule(days, sessionLength, 1, start, end);
    }

    /**
     * Obtains a weekly schedule on the given days.
     *
     * @param sessionLength  the session length, positive
     * @param start  the first date, not null
     * @param end  the last date, inclusive
     * @param first  a day with a session, not null
     * @param more  further days
     * @return the schedule, not null
     */
    public static SessionSchedule weekly(Duration sessionLength, LocalDate start, LocalDate end, DayOfWeek first,
            DayOfWeek... more) {
        return new SessionSchedule(EnumSet.of(first, more), sessionLength, 1, start, end);
    }

    /**
     * Obtains a schedule repeating every few weeks on one day, such as quarterly check-ups.
     *
     * @param intervalWeeks  the interval in weeks, 1 to 52
     * @param day  the day of the session, not null
     * @param sessionLength  the session length, positive
     * @param start  the first date, not null
     * @param end  the last date, inclusive
     * @return the schedule, not null
     */
    public static SessionSchedule everyWeeks(int intervalWeeks, DayOfWeek day, Duration sessionLength, LocalDate start,
            LocalDate end) {
        return new SessionSchedule(EnumSet.of(day), sessionLength, intervalWeeks, start, end);
    }

    /**
     * Returns the number of session days per week.
     *
     * @return 1 to 7
     */
    public int daysPerWeek() {
        return days.size();
    }

    /**
     * Returns the average scheduled time per week: days times session length, divided by the interval.
     *
     * @return the average weekly time, not null
     */
    public Duration averageWeeklyTime() {
        return sessionLength.multipliedBy(days.size()).dividedBy(intervalWeeks);
    }

    /**
     * Returns every session date, in order.
     *
     * @return the dates, not null
     */
    public List<LocalDate> sessionDates() {
        return sessionDatesBetween(start, end);
    }

    /**
     * Returns the session dates between two dates, both inclusive, in order.
     *
     * @param from  the first date, not null
     * @param to  the last date, not null
     * @return the dates, possibly empty
     */
    public List<LocalDate> sessionDatesBetween(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        long startDay = start.toEpochDay();
        long first = Math.max(from.toEpochDay(), startDay);
        long last = Math.min(to.toEpochDay(), end.toEpochDay());
        List<LocalDate> dates = new ArrayList<>();
        // day by day in epoch days: the same dates as isSessionDate, without a LocalDate for every day
        int mask = dayMask();
        for (long d = first; d <= last; d++) {
            if (isSessionEpochDay(mask, intervalWeeks, startDay, d)) {
                dates.add(LocalDate.ofEpochDay(d));
            }
        }
        return dates;
    }

    /**
     * Checks if a session is scheduled on a date.
     *
     * @param date  the date, not null
     * @return true if the date is within the schedule, on a session day, in a session week
     */
    public boolean isSessionDate(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (date.isBefore(start) || date.isAfter(end) || !days.contains(date.getDayOfWeek())) {
            return false;
        }
        long week = ChronoUnit.DAYS.between(start, date) / 7;
        return week % intervalWeeks == 0;
    }

    /**
     * Returns the scheduled time between two dates, both inclusive.
     *
     * @param from  the first date, not null
     * @param to  the last date, not null
     * @return the total session time, not null
     */
    public Duration timeBetween(LocalDate from, LocalDate to) {
        return sessionLength.multipliedBy(sessionsBetween(from, to));
    }

    /**
     * Counts the dates of {@link #sessionDatesBetween} without listing them or visiting every day.
     */
    private int sessionsBetween(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        return sessionsBetweenEpochDays(start.toEpochDay(), end.toEpochDay(), from.toEpochDay(), to.toEpochDay());
    }

    /**
     * Counts the session dates between two epoch days, both inclusive, in closed form (the plan rules count
     * sessions week by week for every service, so this runs often). Each weekday of the schedule falls on
     * every seventh day from its first occurrence in the window; of those, the ones in session weeks (week
     * index from the start divisible by the interval) are counted by arithmetic on the week indexes.
     *
     * @param startDay  {@code start().toEpochDay()}, passed in so a caller counting many windows converts once
     * @param endDay  {@code end().toEpochDay()}
     * @param fromDay  the first epoch day of the window
     * @param toDay  the last epoch day of the window, inclusive
     * @return the number of sessions, 0 or more
     */
    int sessionsBetweenEpochDays(long startDay, long endDay, long fromDay, long toDay) {
        return sessionsBetweenEpochDays(dayMask(), intervalWeeks, startDay, endDay, fromDay, toDay);
    }

    /**
     * Counts sessions as {@link #sessionsBetweenEpochDays(long, long, long, long)} does, for a caller that
     * counts many windows of one schedule and takes its {@link #dayMask()} once.
     *
     * @param dayMask  bit {@code d.ordinal()} set for each day {@code d} of the schedule
     * @param intervalWeeks  the schedule's interval
     * @param startDay  the schedule's first epoch day
     * @param endDay  the schedule's last epoch day
     * @param fromDay  the first epoch day of the window
     * @param toDay  the last epoch day of the window, inclusive
     * @return the number of sessions, 0 or more
     */
    static int sessionsBetweenEpochDays(int dayMask, int intervalWeeks, long startDay, long endDay, long fromDay,
            long toDay) {
        long first = Math.max(fromDay, startDay);
        long last = Math.min(toDay, endDay);
        if (first > last) {
            return 0;
        }
        if (intervalWeeks == 1 && last - first >= 6) {
            // whole weeks hold every day once; the rest of the window is a part-week from the same weekday
            long span = last - first + 1;
            long count = span / 7 * Integer.bitCount(dayMask);
            int rest = (int) (span % 7);
            int firstDow = dayOfWeekIndex(first);
            for (int k = 0; k < rest; k++) {
                count += (dayMask >>> ((firstDow + k) % 7)) & 1;
            }
            return (int) count;
        }
        int firstDow = dayOfWeekIndex(first);
        long count = 0;
        for (int mask = dayMask; mask != 0; mask &= mask - 1) {
            int day = Integer.numberOfTrailingZeros(mask);
            long d = first + Math.floorMod(day - firstDow, 7);
            if (d > last) {
                continue;
            }
            long n = (last - d) / 7 + 1;
            if (intervalWeeks == 1) {
                count += n;
            } else {
                // week indexes q0 .. q0 + n - 1 (q0 >= 0, since d >= start): those divisible by the interval
                long q0 = (d - startDay) / 7;
                count += Math.floorDiv(q0 + n - 1, intervalWeeks) - Math.floorDiv(q0 - 1, intervalWeeks);
            }
        }
        return (int) count;
    }

    /**
     * Returns the days of the schedule as a bit set: bit {@code d.ordinal()} for each day {@code d}.
     *
     * @return the mask, 1 to 127
     */
    int dayMask() {
        return ((WeekDays) days).mask(); // the canonical constructor made it one
    }

    /**
     * Checks if an epoch day within the schedule is a session day: on a listed weekday, in a session week.
     *
     * @param startDay  {@code start().toEpochDay()}
     * @param day  an epoch day from the start to the end, both inclusive
     * @return true if a session is scheduled on it
     */
    boolean isSessionEpochDay(long startDay, long day) {
        return isSessionEpochDay(dayMask(), intervalWeeks, startDay, day);
    }

    /** Same as {@link #isSessionEpochDay(long, long)}, for a caller that takes the {@link #dayMask()} once. */
    static boolean isSessionEpochDay(int dayMask, int intervalWeeks, long startDay, long day) {
        return (dayMask >>> dayOfWeekIndex(day) & 1) != 0 && (day - startDay) / 7 % intervalWeeks == 0;
    }

    /** Returns the {@link DayOfWeek#ordinal()} of an epoch day (day 0, 1970-01-01, was a Thursday). */
    static int dayOfWeekIndex(long epochDay) {
        return (int) Math.floorMod(epochDay + 3, 7L);
    }

    /**
     * Returns the number of sessions.
     *
     * @return the count, 0 or more
     */
    public int sessionCount() {
        long startDay = start.toEpochDay();
        long endDay = end.toEpochDay();
        return sessionsBetweenEpochDays(startDay, endDay, startDay, endDay);
    }

    @Override
    public String toString() {
        return days.stream().map(DayOfWeek::toString).collect(Collectors.joining(", ")) + " x " + sessionLength
                + (intervalWeeks == 1 ? " every week" : " every " + intervalWeeks + " weeks") + " from " + start
                + " to " + end;
    }
}
