package org.aftercare.medication;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.aftercare.Answer;
import org.aftercare.Citation;
import org.aftercare.OudMedication;
import org.aftercare.ResolvedThreshold;
import org.aftercare.RuleContext;
import org.aftercare.Severity;

/**
 * Checks the first methadone day against the caps in force on that date, such as 60 mg on 2024-04-02 against
 * the 2024 rule's 50 mg, or a 40 mg first dose in 2023 against the 2001 rule's 30 mg.
 */
final class MethadoneFirstDayRule {
    private MethadoneFirstDayRule() {
    }

    static void check(MedicationRecord record, RuleContext ctx) {
        for (Regimen regimen : record.regimens()) {
            if (regimen.medication() == OudMedication.METHADONE) {
                record.firstAdministered(regimen, ctx.zone())
                        .ifPresent(first -> checkDay(record, first, ctx));
            }
        }
    }

    private static void checkDay(MedicationRecord record, int firstIndex, RuleContext ctx) {
        List<DoseEvent> doses = record.doses();
        LocalDate day = doses.get(firstIndex).date(ctx.zone());
        List<Integer> dayDoses = IntStream.range(0, doses.size()).boxed()
                .filter(i -> doses.get(i).kind() == DoseEventKind.ADMINISTERED
                        && doses.get(i).medication() == OudMedication.METHADONE
                        && doses.get(i).date(ctx.zone()).equals(day))
                .sorted(Comparator.comparing((Integer i) -> doses.get(i).at()).thenComparing(i -> i))
                .toList();
        DoseEvent first = doses.get(firstIndex);
        Optional<ResolvedThreshold<Dose>> firstCap = ctx.threshold(MedicationPolicyKeys.METHADONE_FIRST_DOSE_CAP, day);
        if (firstCap.isPresent() && first.dose().isGreaterThan(firstCap.get().value())) {
            ctx.report(MedicationRules.METHADONE_FIRST_DOSE_ABOVE_CAP.finding("medication.doses[" + firstIndex + "].dose",
                    "First methadone dose of " + first.dose() + " on " + day + " is above the " + firstCap.get().value()
                            + " initial-dose cap in force on that date (layer " + firstCap.get().layer() + ")",
                    MedicationSources.appliedFirst(firstCap.get().citation(),
                            MedicationRules.METHADONE_FIRST_DOSE_ABOVE_CAP.sources())));
        }
        String path = "medication.doses[" + firstIndex + "].dose";
        Optional<ResolvedThreshold<Dose>> cap = ctx.require(MedicationPolicyKeys.METHADONE_FIRST_DAY_CAP, day, path,
                Severity.ERROR);
        if (cap.isEmpty()) {
            return;
        }
        Dose total = null;
        Integer crossing = null;
        List<String> amounts = new ArrayList<>();
        for (int i : dayDoses) {
            total = total == null ? doses.get(i).dose() : total.plus(doses.get(i).dose());
            amounts.add(doses.get(i).dose().toString());
            if (crossing == null && total.isGreaterThan(cap.get().value())) {
                crossing = i;
            }
        }
        if (crossing == null) {
            return;
        }
        String base = "Methadone total on the first treatment day " + day + " is " + total + " (doses "
                + String.join(", ", amounts) + "), above the " + cap.get().value() + " first-day cap in force on that date"
                + " (layer " + cap.get().layer() + ")";
        String crossingPath = "medication.doses[" + crossing + "].dose";
        Answer justified = record.firstDayDoseJustification();
        if (justified == Answer.YES) {
            Optional<ResolvedThreshold<Boolean>> override = ctx.require(MedicationPolicyKeys.METHADONE_FIRST_DAY_OVERRIDE,
                    day, "medication.firstDayDoseJustification", Severity.ERROR);
            if (override.isEmpty()) {
                return;
            }
            if (override.get().value()) {
                List<Citation> citations = new ArrayList<>();
                citations.add(cap.get().citation());
                citations.add(override.get().citation());
                ctx.report(MedicationRules.METHADONE_FIRST_DAY_ABOVE_CAP.finding(Severity.WARNING, crossingPath,
                        base + "; a justification is documented and the rule in force allows more when documented"
                                + " (layer " + override.get().layer() + ")",
                        MedicationSources.appliedFirst(cap.get().citation(), citations)));
                return;
            }
            ctx.report(MedicationRules.METHADONE_FIRST_DAY_ABOVE_CAP.finding(Severity.ERROR, crossingPath,
                    base + "; a justification is documented but the rule in force allows no override (layer "
                            + override.get().layer() + ")",
                    MedicationSources.appliedFirst(cap.get().citation(), List.of(override.get().citation()))));
            return;
        }
        ctx.report(MedicationRules.METHADONE_FIRST_DAY_ABOVE_CAP.finding(Severity.ERROR, crossingPath,
                base + "; no justification is documented (firstDayDoseJustification " + justified + ")",
                MedicationSources.appliedFirst(cap.get().citation(), MedicationRules.METHADONE_FIRST_DAY_ABOVE_CAP.sources())));
    }
}
