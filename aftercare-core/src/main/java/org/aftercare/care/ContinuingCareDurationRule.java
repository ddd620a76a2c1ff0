package org.aftercare.care;

import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.aftercare.ResolvedThreshold;
import org.aftercare.RuleContext;
import org.aftercare.Severity;

/** Planned continuing care shorter than the policy minimum. */
final class ContinuingCareDurationRule implements PlanRule {
    @Override
    public void check(AftercarePlan plan, RuleContext ctx) {
        Optional<ResolvedThreshold<Period>> minimum = ctx.require(CarePolicyKeys.CONTINUING_CARE_MINIMUM,
                "plan.continuingCare.end", Severity.WARNING);
        if (minimum.isEmpty()) {
            return;
        }
        Period min = minimum.get().value();
        java.time.LocalDate firstDateAfter = plan.continuingCareEnd().plusDays(1);
        if (plan.continuingCareStart().plus(min).isAfter(firstDateAfter)) {
            ctx.report(CareRules.CONTINUING_CARE_BELOW_MINIMUM.finding("plan.continuingCare.end",
                    () -> "Continuing care is planned from " + plan.continuingCareStart() + " to " + plan.continuingCareEnd()
                            + " (" + ChronoUnit.DAYS.between(plan.continuingCareStart(), firstDateAfter) + " days), shorter than the policy minimum of " + min
                            + "; McKay 2009 found better effects with longer planned duration, Blodgett 2014 found "
                            + "duration not a significant moderator",
                    List.of(minimum.get().citation(), CareSources.MCKAY_2009, CareSources.BLODGETT_2014)));
        }
    }
}
