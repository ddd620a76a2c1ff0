package org.aftercare.care;

import com.google.common.collect.Sets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
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
        days = Sets.immutableEnumSet(days);
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
        LocalDate first = from.isAfter(start) ? from : start;
        LocalDate last = to.isBefore(end) ? to : end;
        List<LocalDate> dates = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            if (isSessionDate(d)) {
                dates.add(d);
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
     * Counts the dates of {@link #sessionDatesBetween} without listing them or visiting every day: for each
     * weekday of the schedule, every seventh day from the first such day, kept when its week is a session week.
     */
    private int sessionsBetween(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        LocalDate first = from.isAfter(start) ? from : start;
        LocalDate last = to.isBefore(end) ? to : end;
        long startDay = start.toEpochDay();
        long lastDay = last.toEpochDay();
        int count = 0;
        for (DayOfWeek day : days) {
            for (long d = first.with(TemporalAdjusters.nextOrSame(day)).toEpochDay(); d <= lastDay; d += 7) {
                if ((d - startDay) / 7 % intervalWeeks == 0) {
                    count++;
                }
            }
        }
        return count;
    }

    /**
     * Returns the number of sessions.
     *
     * @return the count, 0 or more
     */
    public int sessionCount() {
        return sessionDates().size();
    }

    @Override
    public String toString() {
        return days.stream().map(DayOfWeek::toString).collect(Collectors.joining(", ")) + " x " + sessionLength
                + (intervalWeeks == 1 ? " every week" : " every " + intervalWeeks + " weeks") + " from " + start
                + " to " + end;
    }
}
