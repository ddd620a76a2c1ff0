package org.aftercare.medication;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.aftercare.OudMedication;
import org.aftercare.ResolvedThreshold;
import org.aftercare.RuleContext;
import org.aftercare.Severity;

/**
 * Checks cardiac safety on methadone as of today, such as 120 mg/day with no ECG since the dose passed 100 mg, or a
 * latest QTc of 510 ms (Krantz 2009 bands: above 450 discuss and monitor; above 500 consider stopping or lowering).
 */
final class MethadoneQtcRule {
    private MethadoneQtcRule() {
    }

    static void check(MedicationRecord record, RuleContext ctx) {
        LocalDate today = ctx.today();
        List<Regimen> active = record.activeRegimens(OudMedication.METHADONE, today);
        if (active.isEmpty()) {
            return;
        }
        for (Regimen regimen : active) {
            checkEcgDue(record, regimen, ctx);
        }
        checkLatestQtc(record, ctx);
    }

    private static void checkEcgDue(MedicationRecord record, Regimen regimen, RuleContext ctx) {
        for (Map.Entry<LocalDate, MethadoneDayLevel> e : MethadoneDayLevel.of(record, regimen, ctx.zone()).entrySet()) {
            if (e.getKey().isAfter(ctx.today())) {
                break;
            }
            String path = "medication.doses[" + e.getValue().index() + "].dose";
            Optional<ResolvedThreshold<Dose>> trigger = ctx.threshold(MedicationPolicyKeys.METHADONE_ECG_DOSE_TRIGGER,
                    e.getKey());
            if (trigger.isEmpty()) {
                ctx.require(MedicationPolicyKeys.METHADONE_ECG_DOSE_TRIGGER, e.getKey(), path, Severity.WARNING);
                return;
            }
            if (e.getValue().dose().isGreaterThan(trigger.get().value())) {
                LocalDate since = e.getKey();
                boolean ecgSince = record.ecgResults().stream().anyMatch(ecg ->
                        !LocalDate.ofInstant(ecg.at(), ctx.zone()).isBefore(since) && !ecg.at().isAfter(ctx.asOf()));
                if (!ecgSince) {
                    ctx.report(MedicationRules.METHADONE_ECG_DUE.finding(path,
                            "Methadone reached " + e.getValue().dose() + "/day on " + since + ", above the "
                                    + trigger.get().value() + "/day ECG trigger (layer " + trigger.get().layer()
                                    + "); no ECG is recorded from then to " + ctx.today(),
                            List.of(trigger.get().citation())));
                }
                return;
            }
        }
    }

    private static void checkLatestQtc(MedicationRecord record, RuleContext ctx) {
        List<EcgResult> ecgs = record.ecgResults();
        Optional<Integer> latest = IntStream.range(0, ecgs.size()).boxed()
                .filter(i -> !ecgs.get(i).at().isAfter(ctx.asOf()))
                .max(Comparator.comparing((Integer i) -> ecgs.get(i).at()).thenComparing(i -> i));
        if (latest.isEmpty()) {
            return;
        }
        EcgResult ecg = ecgs.get(latest.get());
        String path = "medication.ecgResults[" + latest.get() + "].qtcMilliseconds";
        LocalDate date = LocalDate.ofInstant(ecg.at(), ctx.zone());
        Optional<ResolvedThreshold<Integer>> upper = ctx.require(MedicationPolicyKeys.QTC_ERROR_MS, date, path, Severity.ERROR);
        Optional<ResolvedThreshold<Integer>> lower = ctx.require(MedicationPolicyKeys.QTC_WARNING_MS, date, path,
                Severity.WARNING);
        if (upper.isPresent() && ecg.qtcMilliseconds() > upper.get().value()) {
            ctx.report(MedicationRules.METHADONE_QTC_PROLONGED.finding(Severity.ERROR, path,
                    "QTc " + ecg.qtcMilliseconds() + " ms on " + date + " is above " + upper.get().value() + " ms (layer "
                            + upper.get().layer() + "): consider stopping or lowering methadone, removing contributing"
                            + " factors, or switching",
                    List.of(upper.get().citation())));
        } else if (lower.isPresent() && ecg.qtcMilliseconds() > lower.get().value()) {
            ctx.report(MedicationRules.METHADONE_QTC_PROLONGED.finding(Severity.WARNING, path,
                    "QTc " + ecg.qtcMilliseconds() + " ms on " + date + " is above " + lower.get().value() + " ms"
                            + upper.map(u -> " and at most " + u.value() + " ms").orElse("") + " (layer "
                            + lower.get().layer() + "): discuss risk and benefit and monitor more often",
                    List.of(lower.get().citation())));
        }
    }
}
