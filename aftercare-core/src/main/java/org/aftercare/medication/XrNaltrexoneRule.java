package org.aftercare.medication;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.aftercare.ResolvedThreshold;
import org.aftercare.RuleContext;
import org.aftercare.Severity;

/**
 * Checks XR-naltrexone timing as of today, such as an injection due 2026-03-01 not given by 2026-03-04, and prompts
 * naloxone counselling as the interval nears its end.
 */
final class XrNaltrexoneRule {
    private XrNaltrexoneRule() {
    }

    static void check(MedicationRecord record, RuleContext ctx) {
        LocalDate today = ctx.today();
        List<Integer> withoutInjection = new ArrayList<>();
        for (XrNaltrexoneSchedule s : XrNaltrexoneSchedule.compute(record, ctx, withoutInjection)) {
            String path = "medication.doses[" + s.lastInjectionIndex() + "].at";
            String basis = "last injection " + s.lastInjection() + ", every "
                    + XrNaltrexoneSchedule.describe(s.interval().value()) + " (layer " + s.interval().layer() + ")";
            if (today.isAfter(s.due())) {
                ctx.report(MedicationRules.XR_NALTREXONE_OVERDUE.finding(path,
                        "XR-naltrexone injection was due on " + s.due() + " (" + basis + "); today " + today + " is "
                                + TakeHomeTier.days(Math.toIntExact(ChronoUnit.DAYS.between(s.due(), today))) + " past due",
                        MedicationSources.appliedFirst(s.interval().citation(),
                                MedicationRules.XR_NALTREXONE_OVERDUE.sources())));
                continue;
            }
            Optional<ResolvedThreshold<Period>> lead = ctx.require(MedicationPolicyKeys.XR_NALTREXONE_NALOXONE_LEAD,
                    today, path, Severity.INFO);
            if (lead.isPresent() && !today.isBefore(s.due().minus(lead.get().value()))) {
                ctx.report(MedicationRules.XR_NALTREXONE_INTERVAL_ENDING.finding(path,
                        "XR-naltrexone interval ends on " + s.due() + " (" + basis + "), in "
                                + TakeHomeTier.days(Math.toIntExact(ChronoUnit.DAYS.between(today, s.due())))
                                + "; prompt starts "
                                + XrNaltrexoneSchedule.describe(lead.get().value()) + " before (layer " + lead.get().layer()
                                + "): counsel on naloxone",
                        MedicationSources.appliedFirst(lead.get().citation(),
                                List.of(s.interval().citation(), MedicationSources.VIVITROL_DOSING))));
            }
        }
        for (int r : withoutInjection) {
            ctx.report(MedicationRules.XR_NALTREXONE_NO_INJECTION.finding("medication.regimens[" + r + "]",
                    "XR-naltrexone regimen from " + record.regimens().get(r).start()
                            + " is active on " + today + " but no injection is recorded; no due date can be computed",
                    MedicationRules.XR_NALTREXONE_NO_INJECTION.sources()));
        }
    }
}
