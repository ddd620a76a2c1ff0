package org.aftercare.medication;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.aftercare.OudMedication;
import org.aftercare.PolicyKey;
import org.aftercare.ResolvedThreshold;
import org.aftercare.RuleContext;
import org.aftercare.Severity;
import org.aftercare.screening.Analyte;
import org.aftercare.screening.DrugTest;

/**
 * Prompts for naloxone when overdose risk is raised as of today, such as day 5 after release from prison:
 * tolerance-loss windows, a current run of missed methadone days, an ended XR-naltrexone interval, or fentanyl in
 * the latest valid test. Each prompt cites the source of its window.
 */
final class OverdoseRiskRule {
    private OverdoseRiskRule() {
    }

    static void check(MedicationRecord record, RuleContext ctx) {
        checkToleranceLoss(record, ctx);
        checkMissedMethadone(record, ctx);
        checkXrIntervalEnded(record, ctx);
        checkFentanyl(record, ctx);
    }

    private static PolicyKey<Period> windowKey(ToleranceLossKind kind) {
        switch (kind) {
            case RELEASE_FROM_INCARCERATION:
                return MedicationPolicyKeys.OVERDOSE_WINDOW_AFTER_RELEASE;
            case COMPLETED_WITHDRAWAL_MANAGEMENT:
                return MedicationPolicyKeys.OVERDOSE_WINDOW_AFTER_WITHDRAWAL_MANAGEMENT;
            case LEFT_MOUD:
                return MedicationPolicyKeys.OVERDOSE_WINDOW_AFTER_LEAVING_MOUD;
            default:
                throw new AssertionError(kind);
        }
    }

    private static void checkToleranceLoss(MedicationRecord record, RuleContext ctx) {
        LocalDate today = ctx.today();
        List<ToleranceLossEvent> events = record.toleranceLossEvents();
        for (int i = 0; i < events.size(); i++) {
            ToleranceLossEvent e = events.get(i);
            if (today.isBefore(e.date())) {
                continue;
            }
            String path = "medication.toleranceLossEvents[" + i + "].date";
            Optional<ResolvedThreshold<Period>> window = ctx.require(windowKey(e.kind()), e.date(), path, Severity.WARNING);
            if (window.isPresent() && today.isBefore(e.date().plus(window.get().value()))) {
                ctx.report(MedicationRules.OVERDOSE_RISK_NALOXONE.finding(path,
                        describe(e) + " on " + e.date() + "; today " + today + " is day "
                                + (ChronoUnit.DAYS.between(e.date(), today) + 1) + " of the "
                                + XrNaltrexoneSchedule.describe(window.get().value()) + " high-risk window ending " + e.date().plus(window.get().value()).minusDays(1)
                                + " (layer " + window.get().layer() + "): tolerance is likely lower; offer naloxone",
                        MedicationSources.appliedFirst(window.get().citation(), List.of(MedicationSources.CDC_2022_NALOXONE))));
            }
        }
    }

    private static String describe(ToleranceLossEvent e) {
        switch (e.kind()) {
            case RELEASE_FROM_INCARCERATION:
                return "Released from incarceration";
            case COMPLETED_WITHDRAWAL_MANAGEMENT:
                return "Completed withdrawal management";
            case LEFT_MOUD:
                return "Left medication treatment for OUD";
            default:
                throw new AssertionError(e.kind());
        }
    }

    private static void checkMissedMethadone(MedicationRecord record, RuleContext ctx) {
        LocalDate today = ctx.today();
        if (record.activeRegimens(OudMedication.METHADONE, today).isEmpty()) {
            return;
        }
        List<MissedMethadoneRun> runs = MissedMethadoneRun.find(record, ctx.zone());
        if (runs.isEmpty()) {
            return;
        }
        MissedMethadoneRun run = runs.get(runs.size() - 1);
        if (run.firstDoseAfter() >= 0 || run.start().isAfter(today)) {
            return;
        }
        String path = "medication.doses[" + run.lastMissedIndex() + "].kind";
        Optional<ResolvedThreshold<Integer>> threshold = ctx.require(
                MedicationPolicyKeys.MISSED_METHADONE_DAYS_REDUCED_TOLERANCE, today, path, Severity.WARNING);
        if (threshold.isPresent() && run.days() >= threshold.get().value()) {
            ctx.report(MedicationRules.OVERDOSE_RISK_NALOXONE.finding(path,
                    run.days() + " consecutive missed methadone days (" + run.start() + " to " + run.end()
                            + ") with no dose since; " + threshold.get().value()
                            + " or more mean reduced tolerance (layer " + threshold.get().layer()
                            + "): reassess before dosing and offer naloxone",
                    MedicationSources.appliedFirst(threshold.get().citation(), List.of(MedicationSources.CDC_2022_NALOXONE))));
        }
    }

    private static void checkXrIntervalEnded(MedicationRecord record, RuleContext ctx) {
        LocalDate today = ctx.today();
        for (XrNaltrexoneSchedule s : XrNaltrexoneSchedule.compute(record, ctx, new ArrayList<>())) {
            if (!today.isBefore(s.due())) {
                ctx.report(MedicationRules.OVERDOSE_RISK_NALOXONE.finding("medication.doses[" + s.lastInjectionIndex() + "].at",
                        "XR-naltrexone interval from the injection of " + s.lastInjection() + " ended on " + s.due()
                                + " (every " + XrNaltrexoneSchedule.describe(s.interval().value()) + ", layer " + s.interval().layer()
                                + "); blockade is waning and smaller opioid doses can be dangerous: offer naloxone",
                        MedicationSources.appliedFirst(s.interval().citation(), List.of(MedicationSources.VIVITROL_DOSING))));
            }
        }
    }

    private static void checkFentanyl(MedicationRecord record, RuleContext ctx) {
        List<DrugTest> tests = record.drugTests();
        Optional<Integer> latest = IntStream.range(0, tests.size()).boxed()
                .filter(i -> tests.get(i).status().hasReadableResults() && !tests.get(i).collectedAt().isAfter(ctx.asOf()))
                .max(Comparator.comparing((Integer i) -> tests.get(i).collectedAt()).thenComparing(i -> i));
        if (latest.isEmpty()) {
            return;
        }
        DrugTest test = tests.get(latest.get());
        if (test.isPositiveFor(Analyte.FENTANYL) || test.isPositiveFor(Analyte.NORFENTANYL)) {
            ctx.report(MedicationRules.OVERDOSE_RISK_NALOXONE.finding("medication.drugTests[" + latest.get() + "]",
                    "The latest valid drug test, collected at " + test.collectedAt()
                            + ", is positive for fentanyl: overdose risk is raised; offer naloxone",
                    List.of(MedicationSources.CDC_2022_NALOXONE)));
        }
    }
}
