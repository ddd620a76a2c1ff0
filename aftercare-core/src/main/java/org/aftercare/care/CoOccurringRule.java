package org.aftercare.care;

import java.util.List;
import org.aftercare.Answer;
import org.aftercare.RuleContext;

/** A co-occurring mental-health disorder with no mental-health service in the plan. */
final class CoOccurringRule implements PlanRule {
    @Override
    public void check(AftercarePlan plan, RuleContext ctx) {
        Answer coOccurring = plan.patient().coOccurringMentalHealthDisorder();
        if (coOccurring == Answer.UNKNOWN) {
            ctx.report(CareRules.CO_OCCURRING_UNKNOWN.finding("plan.patient.coOccurringMentalHealthDisorder",
                    "Co-occurring mental-health disorder not documented; the need for a mental-health service could "
                            + "not be checked",
                    CareRules.CO_OCCURRING_UNKNOWN.sources()));
        } else if (coOccurring == Answer.YES && !hasMentalHealthService(plan)) {
            ctx.report(CareRules.CO_OCCURRING_WITHOUT_SERVICE.finding("plan.services",
                    () -> "A co-occurring mental-health disorder is diagnosed and none of the " + plan.services().size()
                            + " planned services is a mental-health service",
                    CareRules.CO_OCCURRING_WITHOUT_SERVICE.sources()));
        }
    }

    private static boolean hasMentalHealthService(AftercarePlan plan) {
        List<PlannedService> services = plan.services();
        for (int i = 0; i < services.size(); i++) {
            if (services.get(i).modality().isMentalHealthService()) {
                return true;
            }
        }
        return false;
    }
}
