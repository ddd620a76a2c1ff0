package org.aftercare.care;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.aftercare.RuleContext;
import org.aftercare.SupportNeed;

/** A documented support need with no service in the plan that meets it. */
final class WrapAroundRule implements PlanRule {
    /** The suggestion of each need, made once from the modality table (it names every modality meeting it). */
    private static final Map<SupportNeed, String> SUGGESTIONS = suggestions();

    @Override
    public void check(AftercarePlan plan, RuleContext ctx) {
        for (SupportNeed need : plan.patient().needs()) {
            if (!met(plan, need)) {
                ctx.report(CareRules.UNMET_NEED.finding("plan.patient.needs",
                        () -> "Documented need " + need + " has no matching service in the plan (for example "
                                + SUGGESTIONS.get(need) + ")",
                        CareRules.UNMET_NEED.sources()));
            }
        }
    }

    private static boolean met(AftercarePlan plan, SupportNeed need) {
        List<PlannedService> services = plan.services();
        for (int i = 0; i < services.size(); i++) {
            if (services.get(i).modality().meets().contains(need)) {
                return true;
            }
        }
        return false;
    }

    private static Map<SupportNeed, String> suggestions() {
        Map<SupportNeed, String> map = new EnumMap<>(SupportNeed.class);
        for (SupportNeed need : SupportNeed.values()) {
            map.put(need, suggestion(need));
        }
        return Collections.unmodifiableMap(map);
    }

    private static String suggestion(SupportNeed need) {
        return java.util.Arrays.stream(Modality.values()).filter(m -> m.meets().contains(need)).map(Modality::code)
                .reduce((a, b) -> a + " or " + b).orElse("a wrap-around referral");
    }
}
