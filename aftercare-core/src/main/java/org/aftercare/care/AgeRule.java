package org.aftercare.care;

import org.aftercare.RuleContext;

/** Reports an undocumented age once, when a level bound or a modality age limit needs it. */
final class AgeRule implements PlanRule {
    @Override
    public void check(AftercarePlan plan, RuleContext ctx) {
        if (plan.patient().ageYears().isPresent()) {
            return;
        }
        boolean levelNeedsAge = CarePolicyKeys.hasHourBounds(plan.placement().level());
        boolean modalityNeedsAge = plan.services().stream()
                .anyMatch(s -> ctx.context().policy().resolve(CarePolicyKeys.ageRange(s.modality()), ctx.today()).isPresent());
        if (levelNeedsAge || modalityNeedsAge) {
            ctx.report(CareRules.AGE_UNKNOWN.finding("plan.patient.ageYears",
                    "Age not documented: " + (levelNeedsAge ? "adult or adolescent weekly-hour bounds of "
                            + plan.placement().level().label() + " could not be chosen" : "")
                            + (levelNeedsAge && modalityNeedsAge ? "; " : "")
                            + (modalityNeedsAge ? "modality age limits could not be checked" : ""),
                    CareRules.AGE_UNKNOWN.sources()));
        }
    }
}
