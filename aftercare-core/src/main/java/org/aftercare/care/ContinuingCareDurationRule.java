package org.aftercare.care;

import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.aftercare.ResolvedThreshold;
import org.aftercare.RuleContext;
import org.aftercare.Severity;
import org.aftercare.internal.EpochDays;

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
        // the minimum, counted from the start, reaches past the day after the end (in epoch days: no date made)
        if (PeriodEnd.compare(plan.continuingCareStart(), min, EpochDays.of(plan.continuingCareEnd()) + 1) > 0) {
            ctx.report(CareRules.CONTINUING_CARE_BELOW_MINIMUM.finding("plan.continuingCare.end",
                    () -> "Continuing care is planned from " + plan.continuingCareStart() + " to " + plan.continuingCareEnd()
                            + " (" + (ChronoUnit.DAYS.between(plan.continuingCareStart(), plan.continuingCareEnd()) + 1)
                            + " days), shorter than the policy minimum of " + min
                            + "; McKay 2009 found better effects with longer planned duration, Blodgett 2014 found "
                            + "duration not a significant moderator",
                    List.of(minimum.get().citation(), CareSources.MCKAY_2009, CareSources.BLODGETT_2014)));
        }
    }
}
