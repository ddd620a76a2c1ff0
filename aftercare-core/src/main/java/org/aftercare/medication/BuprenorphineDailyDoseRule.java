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
 * Compares transmucosal buprenorphine daily totals with the label statement in force on each day, such as 32 mg on
 * 2024-06-03 (pre-2025 reading: above 24 mg not shown to help, WARNING) or on 2025-06-03 (FDA notice: not studied,
 * may suit some, INFO). Reports the latest day above the figure, once per regimen. Injections are not counted.
 */
final class BuprenorphineDailyDoseRule {
    private BuprenorphineDailyDoseRule() {
    }

    static void check(MedicationRecord record, RuleContext ctx) {
        List<Regimen> regimens = record.regimens();
        for (Regimen regimen : regimens) {
            if (regimen.medication() == OudMedication.BUPRENORPHINE && !regimen.formulation().isExtendedReleaseInjection()) {
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
            if (d.medication() != OudMedication.BUPRENORPHINE || d.formulation().isExtendedReleaseInjection()
                    || d.kind() == DoseEventKind.MISSED || !regimen.isActiveOn(date) || d.at().isAfter(ctx.asOf())) {
                continue;
            }
            if (d.kind() == DoseEventKind.ADMINISTERED) {
                totals.merge(date, d.dose(), Dose::plus);
            } else {
                totals.putIfAbsent(date, d.dose());
            }
            lastIndex.put(date, i);
        }
        for (Map.Entry<LocalDate, Dose> e : totals.descendingMap().entrySet()) {
            String path = "medication.doses[" + lastIndex.get(e.getKey()) + "].dose";
            Optional<ResolvedThreshold<LabelDoseStatement>> label = ctx.threshold(
                    MedicationPolicyKeys.BUPRENORPHINE_DAILY_LABEL_STATEMENT, e.getKey());
            if (label.isEmpty()) {
                ctx.require(MedicationPolicyKeys.BUPRENORPHINE_DAILY_LABEL_STATEMENT, e.getKey(), path, Severity.INFO);
                return;
            }
            LabelDoseStatement statement = label.get().value();
            if (e.getValue().isGreaterThan(statement.dose())) {
                ctx.report(MedicationRules.BUPRENORPHINE_DAILY_DOSE_ABOVE_LABEL_STATEMENT.finding(
                        statement.discouragesHigher() ? Severity.WARNING : Severity.INFO, path,
                        "Buprenorphine total of " + e.getValue() + " on " + e.getKey() + " is above " + statement.dose()
                                + "; the label statement in force that day: " + statement.statement() + " (layer "
                                + label.get().layer() + ")",
                        List.of(label.get().citation())));
                return;
            }
        }
    }
}
