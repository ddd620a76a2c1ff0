package org.aftercare.care;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.aftercare.internal.EpochDays;

/**
 * The full seven-day weeks of a placement, counted from its start, with the clinical session time the plan
 * schedules in each. Weeks are numbered from 1; a trailing part-week is not a week.
 *
 * <p>Held as arrays of seconds and nanoseconds rather than a list of week objects: the intensity rule judges
 * every week of every plan, and needs dates and durations only for the weeks it reports.
 */
final class TreatmentWeeks {
    private final LocalDate firstStart;
    private final long firstDay; // firstStart as an epoch day
    private final long[] seconds;
    private final int[] nanos; // null when every week's nanos are 0

    private TreatmentWeeks(LocalDate firstStart, long firstDay, long[] seconds, int[] nanos) {
        this.firstStart = firstStart;
        this.firstDay = firstDay;
        this.seconds = seconds;
        this.nanos = nanos;
    }

    /** Returns the full weeks of a placement with the clinical time the plan schedules in each. */
    static TreatmentWeeks of(AftercarePlan plan) {
        return of(plan, ScheduleDays.of(plan));
    }

    /** {@link #of(AftercarePlan)} with the plan's schedule days converted already. */
    static TreatmentWeeks of(AftercarePlan plan, ScheduleDays scheduleDays) {
        CarePlacement placement = plan.placement();
        long first = EpochDays.of(placement.start());
        int count = (int) Math.max(0, (EpochDays.of(placement.end()) - first + 1) / 7);
        long[] seconds = new long[count];
        long[] nanoSums = null; // only when a session length has a fraction of a second
        List<PlannedService> services = plan.services();
        for (int i = 0; i < services.size(); i++) {
            PlannedService service = services.get(i);
            if (!service.modality().countsTowardClinicalHours()
                    || !(service.schedule() instanceof SessionSchedule schedule)) {
                continue;
            }
            long startDay = scheduleDays.start(i);
            long endDay = scheduleDays.end(i);
            int dayMask = schedule.dayMask();
            int interval = schedule.intervalWeeks();
            long lengthSeconds = schedule.sessionLength().getSeconds();
            int lengthNanos = schedule.sessionLength().getNano();
            if (lengthNanos != 0 && nanoSums == null) {
                nanoSums = new long[count];
            }
            if (interval == 1) {
                addWeekly(seconds, nanoSums, first, dayMask, startDay, endDay, lengthSeconds, lengthNanos);
            } else {
                addEveryFewWeeks(seconds, nanoSums, first, dayMask, interval, startDay, endDay, lengthSeconds,
                        lengthNanos);
            }
        }
        int[] nanos = null; // no array when every session length is whole seconds: every week's nanos are 0
        if (nanoSums != null) {
            nanos = new int[count];
            for (int w = 0; w < count; w++) {
                seconds[w] += nanoSums[w] / 1_000_000_000L;
                nanos[w] = (int) (nanoSums[w] % 1_000_000_000L);
            }
        }
        return new TreatmentWeeks(placement.start(), first, seconds, nanos);
    }

    /**
     * Adds a weekly schedule's sessions: the same count in every week wholly inside it, and the part-weeks at
     * its ends counted in closed form. {@code nanoSums} is null when the session length is whole seconds.
     */
    private static void addWeekly(long[] seconds, long[] nanoSums, long first, int dayMask, long startDay,
            long endDay, long lengthSeconds, int lengthNanos) {
        int count = seconds.length;
        // only the weeks the schedule overlaps
        int from = (int) Math.max(0, Math.floorDiv(startDay - first, 7));
        int to = (int) Math.min(count - 1L, Math.floorDiv(endDay - first, 7));
        int wholeFrom = (int) Math.max(from, -Math.floorDiv(first - startDay, 7));
        int wholeTo = (int) Math.min(to, Math.floorDiv(endDay - 6 - first, 7));
        int perWholeWeek = Integer.bitCount(dayMask);
        for (int w = from; w <= to; w++) {
            int n;
            if (w >= wholeFrom && w <= wholeTo) {
                n = perWholeWeek;
            } else {
                long weekStart = first + 7L * w;
                n = SessionSchedule.sessionsBetweenEpochDays(dayMask, 1, startDay, endDay, weekStart, weekStart + 6);
            }
            seconds[w] += lengthSeconds * n;
            if (nanoSums != null) {
                nanoSums[w] += (long) lengthNanos * n;
            }
        }
    }

    /**
     * Adds the sessions of a schedule repeating every {@code interval} (2 or more) weeks one session at a time:
     * each of its weekdays falls on every {@code 7 * interval}-th day from its first date in the schedule's
     * first week, so there are few sessions to visit and no week without one is looked at.
     */
    private static void addEveryFewWeeks(long[] seconds, long[] nanoSums, long first, int dayMask, int interval,
            long startDay, long endDay, long lengthSeconds, int lengthNanos) {
        long lo = Math.max(startDay, first);
        long hi = Math.min(endDay, first + 7L * seconds.length - 1);
        if (lo > hi) {
            return;
        }
        long step = 7L * interval;
        int startDow = SessionSchedule.dayOfWeekIndex(startDay);
        for (int mask = dayMask; mask != 0; mask &= mask - 1) {
            long d = startDay + Math.floorMod(Integer.numberOfTrailingZeros(mask) - startDow, 7);
            if (d < lo) {
                d += (lo - d + step - 1) / step * step;
            }
            for (; d <= hi; d += step) {
                int w = (int) ((d - first) / 7);
                seconds[w] += lengthSeconds;
                if (nanoSums != null) {
                    nanoSums[w] += lengthNanos;
                }
            }
        }
    }

    /** Returns the number of full weeks. */
    int count() {
        return seconds.length;
    }

    /** Returns the clinical time of a week, by index from 0. */
    Duration clinicalTime(int index) {
        return Duration.ofSeconds(seconds[index], nanos(index));
    }

    /** Returns the whole seconds of a week's clinical time (the rest is {@link #nanos}). */
    long seconds(int index) {
        return seconds[index];
    }

    /** Returns the nanoseconds beyond {@link #seconds} of a week's clinical time, 0 to 999,999,999. */
    int nanos(int index) {
        return nanos == null ? 0 : nanos[index];
    }

    /** Returns the first day of a week, by index from 0. */
    LocalDate start(int index) {
        return firstStart.plusDays(7L * index);
    }

    /** Returns the epoch day of {@link #start}, with no date built. */
    long startDay(int index) {
        return firstDay + 7L * index;
    }

    /** Returns the epoch day of {@link #end}, with no date built. */
    long endDay(int index) {
        return firstDay + 7L * index + 6;
    }

    /** Returns the last day of a week, inclusive, by index from 0. */
    LocalDate end(int index) {
        return firstStart.plusDays(7L * index + 6);
    }
}
