package org.aftercare.care;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.aftercare.ResolvedThreshold;
import org.aftercare.RuleContext;

/** A modality's planned sessions and course length against its usual dose. */
final class ModalityDoseRule implements PlanRule {
    @Override
    public void check(AftercarePlan plan, RuleContext ctx) {
        check(plan, ScheduleDays.of(plan), ctx);
    }

    /** {@link #check(AftercarePlan, RuleContext)} with the plan's schedule days converted already. */
    void check(AftercarePlan plan, ScheduleDays scheduleDays, RuleContext ctx) {
        List<PlannedService> services = plan.services();
        for (int i = 0; i < services.size(); i++) {
            PlannedService service = services.get(i);
            if (!(service.schedule() instanceof SessionSchedule schedule)) {
                continue;
            }
            Optional<ResolvedThreshold<UsualDose>> usual = ctx.threshold(CarePolicyKeys.usualDose(service.modality()));
            if (usual.isEmpty()) {
                continue;
            }
            UsualDose dose = usual.get().value();
            long startDay = scheduleDays.start(i);
            long endDay = scheduleDays.end(i);
            int sessions = schedule.sessionsBetweenEpochDays(startDay, endDay, startDay, endDay);
            long weeks = (endDay - startDay + 7) / 7;
            boolean below = (dose.minimumSessions() != null && sessions < dose.minimumSessions())
                    || (dose.minimumWeeks() != null && weeks < dose.minimumWeeks());
            boolean above = (dose.maximumSessions() != null && sessions > dose.maximumSessions())
                    || (dose.maximumWeeks() != null && weeks > dose.maximumWeeks());
            if (!below && !above) {
                continue; // the message is built only for a finding
            }
            Supplier<String> planned = () -> service.modality().label() + " is planned as " + sessions
                    + " sessions over " + weeks + " weeks; usual dose is " + dose;
            String path = "plan.services[" + i + "].schedule";
            if (below) {
                ctx.report(CareRules.DOSE_BELOW_USUAL.finding(path, planned, List.of(usual.get().citation())));
            }
            if (above) {
                ctx.report(CareRules.DOSE_ABOVE_USUAL.finding(path, planned, List.of(usual.get().citation())));
            }
        }
    }
}
