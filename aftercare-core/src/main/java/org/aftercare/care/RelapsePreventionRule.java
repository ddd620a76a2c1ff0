package org.aftercare.care;

import java.util.List;
import org.aftercare.RuleContext;

/** An aftercare plan with no relapse-prevention component. */
final class RelapsePreventionRule implements PlanRule {
    @Override
    public void check(AftercarePlan plan, RuleContext ctx) {
        List<PlannedService> services = plan.services();
        for (int i = 0; i < services.size(); i++) { // indexes: no iterator per evaluation
            if (services.get(i).modality().isRelapsePrevention()) {
                return;
            }
        }
        ctx.report(CareRules.NO_RELAPSE_PREVENTION.finding("plan.services",
                () -> "None of the " + plan.services().size() + " planned services is a relapse-prevention component",
                CareRules.NO_RELAPSE_PREVENTION.sources()));
    }
}
