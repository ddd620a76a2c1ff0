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
    private final int count;
    private final long[] seconds; // the first count entries: each week's whole seconds
    private final int[] nanos; // null when every week's nanos are 0

    private TreatmentWeeks(LocalDate firstStart, long firstDay, int count, long[] seconds, int[] nanos) {
        this.firstStart = firstStart;
        this.firstDay = firstDay;
        this.count = count;
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
        // each week's time as the difference from the week before (one slot more, for a run ending in the last
        // week): a weekly service adds its time to its first whole week and takes it away after its last, so its
        // cost does not grow with the weeks; running sums turn the differences into times at the end
        long[] seconds = new long[count + 1];
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
                nanoSums = new long[count + 1];
            }
            if (interval == 1) {
                addWeekly(seconds, nanoSums, count, first, dayMask, startDay, endDay, lengthSeconds, lengthNanos);
            } else {
                addEveryFewWeeks(seconds, nanoSums, count, first, dayMask, interval, startDay, endDay, lengthSeconds,
                        lengthNanos);
            }
        }
        runningSums(seconds, count);
        int[] nanos = null; // no array when every session length is whole seconds: every week's nanos are 0
        if (nanoSums != null) {
            runningSums(nanoSums, count);
            nanos = new int[count];
            for (int w = 0; w < count; w++) {
                seconds[w] += nanoSums[w] / 1_000_000_000L;
                nanos[w] = (int) (nanoSums[w] % 1_000_000_000L);
            }
        }
        return new TreatmentWeeks(placement.start(), first, count, seconds, nanos);
    }

    /** Turns the first {@code count} differences into values: each week's time from the change at its start. */
    private static void runningSums(long[] differences, int count) {
        long sum = 0;
        for (int w = 0; w < count; w++) {
            sum += differences[w];
            differences[w] = sum;
        }
    }

    /** Adds a time to weeks {@code from} to {@code to}, both inclusive, as differences. */
    private static void add(long[] differences, int from, int to, long time) {
        differences[from] += time;
        differences[to + 1] -= time;
    }

    private static void addWeekly(long[] seconds, long[] nanoSums, int count, long first, int dayMask, long startDay,
            long endDay, long lengthSeconds, int lengthNanos) {
        // only the weeks the schedule overlaps: whole weeks at once, and the part-weeks at either end one by one
        int from = (int) Math.max(0, Math.floorDiv(startDay - first, 7));
        int to = (int) Math.min(count - 1L, Math.floorDiv(endDay - first, 7));
        int wholeFrom = (int) Math.max(from, -Math.floorDiv(first - startDay, 7));
        int wholeTo = (int) Math.min(to, Math.floorDiv(endDay - 6 - first, 7));
        for (int w = from; w <= to; w++) {
            int fromWeek = w;
            int n;
            if (w == wholeFrom && wholeFrom <= wholeTo) {
                n = Integer.bitCount(dayMask);
                w = wholeTo;
            } else {
                long weekStart = first + 7L * w;
                n = SessionSchedule.sessionsBetweenEpochDays(dayMask, 1, startDay, endDay, weekStart, weekStart + 6);
            }
            add(seconds, fromWeek, w, lengthSeconds * n);
            if (nanoSums != null) {
                add(nanoSums, fromWeek, w, (long) lengthNanos * n);
            }
        }
    }

    private static void addEveryFewWeeks(long[] seconds, long[] nanoSums, int count, long first, int dayMask,
            int interval, long startDay, long endDay, long lengthSeconds, int lengthNanos) {
        long lo = Math.max(startDay, first);
        long hi = Math.min(endDay, first + 7L * count - 1);
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
                add(seconds, w, w, lengthSeconds);
                if (nanoSums != null) {
                    add(nanoSums, w, w, lengthNanos);
                }
            }
        }
    }

    int count() {
        return count;
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
