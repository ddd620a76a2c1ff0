package org.aftercare.care;

import java.util.List;
import org.aftercare.internal.EpochDays;

/**
 * The first and last day of each planned service's session schedule as epoch days, converted once per validation:
 * the intensity, dose and attendance rules all count sessions by day numbers, and converting a date is the larger
 * part of counting a short schedule's sessions.
 */
final class ScheduleDays {
    /** Two per service, its schedule's first and last day; 0 for a service whose schedule is not sessions. */
    private final long[] days;

    private ScheduleDays(long[] days) {
        this.days = days;
    }

    /** Converts the dates of every session schedule of a plan. */
    static ScheduleDays of(AftercarePlan plan) {
        List<PlannedService> services = plan.services();
        long[] days = new long[2 * services.size()];
        for (int i = 0; i < services.size(); i++) {
            if (services.get(i).schedule() instanceof SessionSchedule schedule) {
                days[2 * i] = EpochDays.of(schedule.start());
                days[2 * i + 1] = EpochDays.of(schedule.end());
            }
        }
        return new ScheduleDays(days);
    }

    /** Returns {@code start().toEpochDay()} of the session schedule of the service at an index. */
    long start(int service) {
        return days[2 * service];
    }

    /** Returns {@code end().toEpochDay()} of the session schedule of the service at an index. */
    long end(int service) {
        return days[2 * service + 1];
    }
}
