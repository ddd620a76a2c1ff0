package org.aftercare.medication;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.aftercare.OudMedication;
import org.aftercare.ResolvedThreshold;
import org.aftercare.RuleContext;
import org.aftercare.Severity;

/**
 * Compares each day of a low-dose buprenorphine induction with the schedule in force, such as 2 mg on day 2 when
 * the JABFM table allows 1 mg. Days after the table are at the prescriber's discretion and are not checked.
 */
final class LowDoseInductionRule {
    private LowDoseInductionRule() {
    }

    static void check(MedicationRecord record, RuleContext ctx) {
        for (Regimen regimen : record.regimens()) {
            if (regimen.medication() == OudMedication.BUPRENORPHINE && regimen.phase() == RegimenPhase.LOW_DOSE_INDUCTION) {
                checkRegimen(record, regimen, ctx);
            }
        }
    }

    private static void checkRegimen(MedicationRecord record, Regimen regimen, RuleContext ctx) {
        List<DoseEvent> doses = record.doses();
        TreeMap<LocalDate, Dose> totals = new TreeMap<>();
        TreeMap<LocalDate, Integer> lastIndex = new TreeMap<>();
        for (int i = 0; i < doses.size(); i++) {
            DoseEvent d = doses.get(i);
            LocalDate date = d.date(ctx.zone());
            if (d.medication() == OudMedication.BUPRENORPHINE && d.kind() == DoseEventKind.ADMINISTERED
                    && !d.formulation().isExtendedReleaseInjection() && regimen.isActiveOn(date)) {
                totals.merge(date, d.dose(), Dose::plus);
                lastIndex.put(date, i);
            }
        }
        for (Map.Entry<LocalDate, Dose> e : totals.entrySet()) {
            int day = regimen.treatmentDay(e.getKey());
            String path = "medication.doses[" + lastIndex.get(e.getKey()) + "].dose";
            Optional<ResolvedThreshold<LowDoseSchedule>> schedule = ctx.require(
                    MedicationPolicyKeys.BUPRENORPHINE_LOW_DOSE_SCHEDULE, e.getKey(), path, Severity.WARNING);
            if (schedule.isEmpty()) {
                return;
            }
            Optional<Dose> max = schedule.get().value().maximumOn(day);
            if (max.isPresent() && e.getValue().isGreaterThan(max.get())) {
                ctx.report(MedicationRules.BUPRENORPHINE_LOW_DOSE_ABOVE_SCHEDULE.finding(path,
                        "Low-dose induction day " + day + " (" + e.getKey() + ") buprenorphine total " + e.getValue()
                                + " is above the schedule's " + max.get() + " for that day (layer "
                                + schedule.get().layer() + ")",
                        List.of(schedule.get().citation())));
            }
        }
    }
}
