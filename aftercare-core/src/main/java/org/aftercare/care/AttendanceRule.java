package org.aftercare.care;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
        if (scheduledBetween(plan, plan.continuingCareStart(), today) == 0) {
            return;
        }
        Optional<ResolvedThreshold<AdherenceThreshold>> threshold = ctx.require(CarePolicyKeys.MINIMUM_ADHERENCE,
                "plan.attendance", Severity.INFO);
        if (threshold.isEmpty()) {
            return;
        }
        AdherenceThreshold t = threshold.get().value();
        LocalDate from = today.minus(t.window()).plusDays(1);
        int scheduled = scheduledBetween(plan, from, today);
        Set<String> recorded = new HashSet<>();
        int attended = 0;
        int missed = 0;
        for (AttendanceRecord r : plan.attendance()) {
            if (r.date().isBefore(from) || r.date().isAfter(today)) {
                continue;
            }
            recorded.add(r.service() + "@" + r.date());
            if (r.status() == AttendanceStatus.ATTENDED) {
                attended++;
            } else if (r.status() == AttendanceStatus.MISSED) {
                missed++;
            }
        }
        int unrecorded = unrecordedSessions(plan, from, today, recorded);
        if (unrecorded > 0) {
            ctx.report(CareRules.ATTENDANCE_NOT_RECORDED.finding("plan.attendance",
                    unrecorded + " of " + scheduled + " sessions scheduled from " + from + " to " + today
                            + " have no attendance record",
                    List.of(threshold.get().citation())));
        }
        int counted = attended + missed;
        if (counted > 0 && BigDecimal.valueOf(attended).compareTo(t.minimumRate().multiply(BigDecimal.valueOf(counted))) < 0) {
            BigDecimal percent = BigDecimal.valueOf(attended * 100L).divide(BigDecimal.valueOf(counted), 0, RoundingMode.DOWN);
            ctx.report(CareRules.ATTENDANCE_BELOW_THRESHOLD.finding("plan.attendance",
                    "Attended " + attended + " of " + counted + " sessions (" + percent.toPlainString() + "%) from " + from
                            + " to " + today + ", below the policy minimum of " + t
                            + ": re-engage and consider a step-up in level of care",
                    List.of(threshold.get().citation())));
        }
    }

    private static int scheduledBetween(AftercarePlan plan, LocalDate from, LocalDate to) {
        int count = 0;
        for (PlannedService s : plan.services()) {
            if (s.schedule() instanceof SessionSchedule schedule) {
                count += schedule.sessionDatesBetween(from, to).size();
            }
        }
        return count;
    }

    private static int unrecordedSessions(AftercarePlan plan, LocalDate from, LocalDate to, Set<String> recorded) {
        int count = 0;
        List<PlannedService> services = plan.services();
        for (int i = 0; i < services.size(); i++) {
            if (services.get(i).schedule() instanceof SessionSchedule schedule) {
                for (LocalDate d : schedule.sessionDatesBetween(from, to)) {
                    if (!recorded.contains(i + "@" + d)) {
                        count++;
                    }
                }
            }
        }
        return count;
    }
}
