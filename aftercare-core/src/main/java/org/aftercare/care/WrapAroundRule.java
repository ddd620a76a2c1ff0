package org.aftercare.care;

import org.aftercare.RuleContext;
import org.aftercare.SupportNeed;

/** A documented support need with no service in the plan that meets it. */
final class WrapAroundRule implements PlanRule {
    @Override
    public void check(AftercarePlan plan, RuleContext ctx) {
        for (SupportNeed need : plan.patient().needs()) {
            boolean met = plan.services().stream().anyMatch(s -> s.modality().meets().contains(need));
            if (!met) {
                ctx.report(CareRules.UNMET_NEED.finding("plan.patient.needs",
                        "Documented need " + need + " has no matching service in the plan (for example "
                                + suggestion(need) + ")",
                        CareRules.UNMET_NEED.sources()));
            }
        }
    }

    private static String suggestion(SupportNeed need) {
        return java.util.Arrays.stream(Modality.values()).filter(m -> m.meets().contains(need)).map(Modality::code)
                .reduce((a, b) -> a + " or " + b).orElse("a wrap-around referral");
    }
}
