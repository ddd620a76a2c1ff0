package org.aftercare.care;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.aftercare.ResolvedThreshold;
import org.aftercare.RuleContext;

/** A modality planned for a patient outside the ages it is intended for, such as MDFT for an adult. */
final class ModalityPopulationRule implements PlanRule {
    @Override
    public void check(AftercarePlan plan, RuleContext ctx) {
        OptionalInt age = plan.patient().ageYears();
        if (age.isEmpty()) {
            return;
        }
        List<PlannedService> services = plan.services();
        for (int i = 0; i < services.size(); i++) {
            Modality m = services.get(i).modality();
            Optional<ResolvedThreshold<AgeRange>> range = ctx.threshold(CarePolicyKeys.ageRange(m));
            if (range.isPresent() && !range.get().value().contains(age.getAsInt())) {
                AgeRange ages = range.get().value();
                int years = age.getAsInt();
                ctx.report(CareRules.MODALITY_OUTSIDE_POPULATION.finding("plan.services[" + i + "].modality",
                        () -> m.label() + " is intended for ages " + ages + "; the patient is " + years,
                        List.of(range.get().citation())));
            }
        }
    }
}
