package org.aftercare.care;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A full seven-day week of a placement, counted from its start, with the clinical time scheduled in it.
 *
 * @param number  the week's number, 1 for the first
 * @param start  the first day
 * @param end  the last day, inclusive
 * @param clinicalTime  the scheduled clinical session time
 */
record TreatmentWeek(int number, LocalDate start, LocalDate end, Duration clinicalTime) {

    /** Returns the full weeks of a placement with the clinical time the plan schedules in each. */
    static List<TreatmentWeek> of(AftercarePlan plan) {
        CarePlacement placement = plan.placement();
        List<TreatmentWeek> weeks = new ArrayList<>();
        int number = 1;
        for (LocalDate s = placement.start(); !s.plusDays(6).isAfter(placement.end()); s = s.plusDays(7), number++) {
            LocalDate e = s.plusDays(6);
            Duration time = Duration.ZERO;
            for (PlannedService service : plan.services()) {
                if (service.modality().countsTowardClinicalHours() && service.schedule() instanceof SessionSchedule schedule) {
                    time = time.plus(schedule.timeBetween(s, e));
                }
            }
            weeks.add(new TreatmentWeek(number, s, e, time));
        }
        return weeks;
    }
}
