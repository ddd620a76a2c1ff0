package org.aftercare.care;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * The full seven-day weeks of a placement, counted from its start, with the clinical session time the plan
 * schedules in each. Weeks are numbered from 1; a trailing part-week is not a week.
 *
 * <p>Held as arrays of seconds and nanoseconds rather than a list of week objects: the intensity rule judges
 * every week of every plan, and needs dates and durations only for the weeks it reports.
 */
final class TreatmentWeeks {
    private final LocalDate firstStart;
    private final long[] seconds;
    private final int[] nanos;

    private TreatmentWeeks(LocalDate firstStart, long[] seconds, int[] nanos) {
        this.firstStart = firstStart;
        this.seconds = seconds;
        this.nanos = nanos;
    }

    /** Returns the full weeks of a placement with the clinical time the plan schedules in each. */
    static TreatmentWeeks of(AftercarePlan plan) {
        CarePlacement placement = plan.placement();
        long first = placement.start().toEpochDay();
        int count = (int) Math.max(0, (placement.end().toEpochDay() - first + 1) / 7);
        long[] seconds = new long[count];
        long[] nanoSums = new long[count];
        List<PlannedService> services = plan.services();
        for (int i = 0; i < services.size(); i++) {
            PlannedService service = services.get(i);
            if (!service.modality().countsTowardClinicalHours()
                    || !(service.schedule() instanceof SessionSchedule schedule)) {
                continue;
            }
            long startDay = schedule.start().toEpochDay();
            long endDay = schedule.end().toEpochDay();
            int dayMask = schedule.dayMask();
            int interval = schedule.intervalWeeks();
            long lengthSeconds = schedule.sessionLength().getSeconds();
            int lengthNanos = schedule.sessionLength().getNano();
            // only the weeks the schedule overlaps
            int from = (int) Math.max(0, Math.floorDiv(startDay - first, 7));
            int to = (int) Math.min(count - 1L, Math.floorDiv(endDay - first, 7));
            // a weekly schedule holds every one of its days once in each week wholly inside it: those weeks
            // take the same count, and only the part-weeks at its ends are counted in closed form
            int wholeFrom = interval == 1 ? (int) Math.max(from, -Math.floorDiv(first - startDay, 7)) : to + 1;
            int wholeTo = interval == 1 ? (int) Math.min(to, Math.floorDiv(endDay - 6 - first, 7)) : to;
            int perWholeWeek = Integer.bitCount(dayMask);
            for (int w = from; w <= to; w++) {
                int n;
                if (w >= wholeFrom && w <= wholeTo) {
                    n = perWholeWeek;
                } else {
                    long weekStart = first + 7L * w;
                    n = SessionSchedule.sessionsBetweenEpochDays(dayMask, interval, startDay, endDay, weekStart,
                            weekStart + 6);
                }
                seconds[w] += lengthSeconds * n;
                nanoSums[w] += (long) lengthNanos * n;
            }
        }
        int[] nanos = new int[count];
        for (int w = 0; w < count; w++) {
            seconds[w] += nanoSums[w] / 1_000_000_000L;
            nanos[w] = (int) (nanoSums[w] % 1_000_000_000L);
        }
        return new TreatmentWeeks(placement.start(), seconds, nanos);
    }

    /** Returns the number of full weeks. */
    int count() {
        return seconds.length;
    }

    /** Returns the clinical time of a week, by index from 0. */
    Duration clinicalTime(int index) {
        return Duration.ofSeconds(seconds[index], nanos[index]);
    }

    /** Returns the whole seconds of a week's clinical time (the rest is {@link #nanos}). */
    long seconds(int index) {
        return seconds[index];
    }

    /** Returns the nanoseconds beyond {@link #seconds} of a week's clinical time, 0 to 999,999,999. */
    int nanos(int index) {
        return nanos[index];
    }

    /** Returns the first day of a week, by index from 0. */
    LocalDate start(int index) {
        return firstStart.plusDays(7L * index);
    }

    /** Returns the last day of a week, inclusive, by index from 0. */
    LocalDate end(int index) {
        return firstStart.plusDays(7L * index + 6);
    }
}
