package org.aftercare.care;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.aftercare.ResolvedThreshold;
import org.aftercare.RuleContext;
import org.aftercare.Severity;

/**
 * Attendance over the recent window against the policy's adherence threshold; scheduled sessions
 * without attendance records are reported, not assumed attended.
 */
final class AttendanceRule implements PlanRule {
    @Override
    public void check(AftercarePlan plan, RuleContext ctx) {
        LocalDate today = ctx.today();
        long todayDay = today.toEpochDay();
        if (scheduledBetween(plan, plan.continuingCareStart().toEpochDay(), todayDay) == 0) {
            return;
        }
        Optional<ResolvedThreshold<AdherenceThreshold>> threshold = ctx.require(CarePolicyKeys.MINIMUM_ADHERENCE,
                "plan.attendance", Severity.INFO);
        if (threshold.isEmpty()) {
            return;
        }
        AdherenceThreshold t = threshold.get().value();
        LocalDate from = today.minus(t.window()).plusDays(1);
        long fromDay = from.toEpochDay();
        int scheduled = scheduledBetween(plan, fromDay, todayDay);
        // the (service, day) of every record in the window, as sorted longs: looked up by binary search below
        List<AttendanceRecord> records = plan.attendance();
        long[] recorded = new long[records.size()];
        int recordedCount = 0;
        int attended = 0;
        int missed = 0;
        for (int k = 0; k < records.size(); k++) { // indexes: no iterator per evaluation
            AttendanceRecord r = records.get(k);
            long day = r.date().toEpochDay();
            if (day < fromDay || day > todayDay) {
                continue;
            }
            recorded[recordedCount++] = sessionKey(r.service(), day - fromDay);
            if (r.status() == AttendanceStatus.ATTENDED) {
                attended++;
            } else if (r.status() == AttendanceStatus.MISSED) {
                missed++;
            }
        }
        Arrays.sort(recorded, 0, recordedCount);
        int unrecorded = unrecordedSessions(plan, fromDay, todayDay, recorded, recordedCount);
        if (unrecorded > 0) {
            int unrecordedCount = unrecorded;
            ctx.report(CareRules.ATTENDANCE_NOT_RECORDED.finding("plan.attendance",
                    () -> unrecordedCount + " of " + scheduled + " sessions scheduled from " + from + " to " + today
                            + " have no attendance record",
                    List.of(threshold.get().citation())));
        }
        int counted = attended + missed;
        if (counted > 0 && BigDecimal.valueOf(attended).compareTo(t.minimumRate().multiply(BigDecimal.valueOf(counted))) < 0) {
            int attendedCount = attended;
            ctx.report(CareRules.ATTENDANCE_BELOW_THRESHOLD.finding("plan.attendance",
                    () -> "Attended " + attendedCount + " of " + counted + " sessions ("
                            + BigDecimal.valueOf(attendedCount * 100L).divide(BigDecimal.valueOf(counted), 0,
                                    RoundingMode.DOWN).toPlainString() + "%) from " + from
                            + " to " + today + ", below the policy minimum of " + t
                            + ": re-engage and consider a step-up in level of care",
                    List.of(threshold.get().citation())));
        }
    }

    /**
     * A service index and a day (days after the window's first) as one sortable long: any two dates are fewer
     * than 2^40 days apart (LocalDate spans about 7.3 x 10^11 days), which leaves 23 bits for the index.
     */
    private static long sessionKey(int service, long dayInWindow) {
        return ((long) service << 40) | dayInWindow;
    }

    private static int scheduledBetween(AftercarePlan plan, long fromDay, long toDay) {
        int count = 0;
        List<PlannedService> services = plan.services();
        for (int i = 0; i < services.size(); i++) {
            if (services.get(i).schedule() instanceof SessionSchedule schedule) {
                count += schedule.sessionsBetweenEpochDays(schedule.start().toEpochDay(), schedule.end().toEpochDay(),
                        fromDay, toDay);
            }
        }
        return count;
    }

    private static int unrecordedSessions(AftercarePlan plan, long fromDay, long toDay, long[] recorded,
            int recordedCount) {
        int count = 0;
        List<PlannedService> services = plan.services();
        for (int i = 0; i < services.size(); i++) {
            if (services.get(i).schedule() instanceof SessionSchedule schedule) {
                long startDay = schedule.start().toEpochDay();
                long last = Math.min(toDay, schedule.end().toEpochDay());
                int dayMask = schedule.dayMask();
                for (long d = Math.max(fromDay, startDay); d <= last; d++) {
                    if (SessionSchedule.isSessionEpochDay(dayMask, schedule.intervalWeeks(), startDay, d)
                            && Arrays.binarySearch(recorded, 0, recordedCount, sessionKey(i, d - fromDay)) < 0) {
                        count++;
                    }
                }
            }
        }
        return count;
    }
}
