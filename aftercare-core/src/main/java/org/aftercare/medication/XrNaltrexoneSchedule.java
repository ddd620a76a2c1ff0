package org.aftercare.medication;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.aftercare.ResolvedThreshold;
import org.aftercare.RuleContext;
import org.aftercare.Severity;

/**
 * When the next XR-naltrexone injection of an active regimen is due, such as
 * {@code last 2026-02-01 + P28D -> due 2026-03-01}. Used by the overdue check, the naloxone prompts and the forecast.
 */
record XrNaltrexoneSchedule(int regimenIndex, int lastInjectionIndex, LocalDate lastInjection,
        ResolvedThreshold<Period> interval) {

    /** Describes a period for a message: {@code "28 days"} for a days-only period, else ISO-8601 such as {@code "P1M"}. */
    static String describe(Period period) {
        return period.getYears() == 0 && period.getMonths() == 0 ? TakeHomeTier.days(period.getDays()) : period.toString();
    }

    LocalDate due() {
        return lastInjection.plus(interval.value());
    }

    /** Active XR regimens with an injection; regimens without one are returned in {@code withoutInjection}. */
    static List<XrNaltrexoneSchedule> compute(MedicationRecord record, RuleContext ctx, List<Integer> withoutInjection) {
        List<XrNaltrexoneSchedule> result = new ArrayList<>();
        LocalDate today = ctx.today();
        List<Regimen> regimens = record.regimens();
        for (int r = 0; r < regimens.size(); r++) {
            Regimen regimen = regimens.get(r);
            if (regimen.formulation() != Formulation.NALTREXONE_XR_INJECTION || !regimen.isActiveOn(today)) {
                continue;
            }
            Integer last = null;
            List<DoseEvent> doses = record.doses();
            for (int i = 0; i < doses.size(); i++) {
                DoseEvent d = doses.get(i);
                if (d.formulation() == Formulation.NALTREXONE_XR_INJECTION && d.kind() == DoseEventKind.ADMINISTERED
                        && !d.at().isAfter(ctx.asOf()) && (last == null || !d.at().isBefore(doses.get(last).at()))) {
                    last = i;
                }
            }
            if (last == null) {
                withoutInjection.add(r);
                continue;
            }
            LocalDate lastDate = doses.get(last).date(ctx.zone());
            Optional<ResolvedThreshold<Period>> interval = ctx.require(MedicationPolicyKeys.XR_NALTREXONE_INTERVAL,
                    today, "medication.regimens[" + r + "]", Severity.WARNING);
            if (interval.isPresent()) {
                result.add(new XrNaltrexoneSchedule(r, last, lastDate, interval.get()));
            }
        }
        return result;
    }
}
