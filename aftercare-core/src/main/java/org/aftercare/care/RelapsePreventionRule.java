package org.aftercare.care;

import org.aftercare.RuleContext;

/** An aftercare plan with no relapse-prevention component. */
final class RelapsePreventionRule implements PlanRule {
    @Override
    public void check(AftercarePlan plan, RuleContext ctx) {
        for (PlannedService s : plan.services()) {
            if (s.modality().isRelapsePrevention()) {
                return;
            }
        }
        ctx.report(CareRules.NO_RELAPSE_PREVENTION.finding("plan.services",
                "None of the " + plan.services().size() + " planned services is a relapse-prevention component",
                CareRules.NO_RELAPSE_PREVENTION.sources()));
    }
}
