package org.aftercare.care;

import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.aftercare.PolicyKey;
import org.aftercare.ResolvedThreshold;
import org.aftercare.RuleContext;
import org.aftercare.RuleDescriptor;
import org.aftercare.internal.EpochDays;

/** Recovery-housing and therapeutic-community stays shorter than the evidence suggests. */
final class ResidentialStayRule implements PlanRule {
    @Override
    public void check(AftercarePlan plan, RuleContext ctx) {
        List<PlannedService> services = plan.services();
        for (int i = 0; i < services.size(); i++) {
            PlannedService s = services.get(i);
            if (!(s.schedule() instanceof ResidentialStay stay)) {
                continue;
            }
            if (s.modality() == Modality.RECOVERY_HOUSING) {
                check(stay, i, CarePolicyKeys.RECOVERY_HOUSING_MINIMUM_STAY, CareRules.RECOVERY_HOUSING_SHORT, s, ctx);
            } else if (s.modality() == Modality.THERAPEUTIC_COMMUNITY) {
                check(stay, i, CarePolicyKeys.THERAPEUTIC_COMMUNITY_MINIMUM_STAY, CareRules.THERAPEUTIC_COMMUNITY_SHORT, s,
                        ctx);
            }
        }
    }

    private static void check(ResidentialStay stay, int index, PolicyKey<Period> key, RuleDescriptor rule,
            PlannedService service, RuleContext ctx) {
        Optional<ResolvedThreshold<Period>> minimum = ctx.threshold(key);
        if (minimum.isEmpty()) {
            return;
        }
        Period min = minimum.get().value();
        if (PeriodEnd.compare(stay.start(), min, EpochDays.of(stay.end()) + 1) > 0) {
            ctx.report(rule.finding("plan.services[" + index + "].schedule",
                    () -> service.modality().label() + " stay is planned for " + stay.days() + " days (" + stay.start()
                            + " to " + stay.end() + "); the evidence supports at least " + min,
                    List.of(minimum.get().citation())));
        }
    }
}
