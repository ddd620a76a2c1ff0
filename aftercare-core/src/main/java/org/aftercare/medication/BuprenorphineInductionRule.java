package org.aftercare.medication;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.aftercare.OudMedication;
import org.aftercare.ResolvedThreshold;
import org.aftercare.RuleContext;
import org.aftercare.Severity;

/**
 * Checks a standard buprenorphine start, such as a first 4 mg dose 11 h after heroin when 12 h are required:
 * the wait after each kind of opioid, and a COWS at or above the start threshold between the last use and the dose.
 * Low-dose inductions are not checked: they need no withdrawal.
 */
final class BuprenorphineInductionRule {
    private BuprenorphineInductionRule() {
    }

    static void check(MedicationRecord record, RuleContext ctx) {
        List<Regimen> regimens = record.regimens();
        for (Regimen regimen : regimens) {
            if (regimen.medication() != OudMedication.BUPRENORPHINE || regimen.phase() != RegimenPhase.INDUCTION) {
                continue;
            }
            record.firstAdministered(regimen, ctx.zone()).ifPresent(i -> checkDose(record, i, ctx));
        }
    }

    static InductionWait waits(MedicationRecord record, Instant cutoff, LocalDate date, RuleContext ctx) {
        return InductionWait.compute(record, cutoff, MedicationPolicyKeys::buprenorphineWait,
                Set.of(OpioidKind.BUPRENORPHINE), date, ctx);
    }

    private static void checkDose(MedicationRecord record, int doseIndex, RuleContext ctx) {
        DoseEvent dose = record.doses().get(doseIndex);
        LocalDate date = dose.date(ctx.zone());
        InductionWait wait = waits(record, dose.at(), date, ctx);
        InductionWaitFindings.report(wait, record, "buprenorphine", dose.at(), date, ctx);
        for (InductionWait.Requirement r : wait.requirements()) {
            Duration elapsed = Duration.between(r.exposure().lastUse(), dose.at());
            if (elapsed.compareTo(r.required().value()) < 0) {
                ctx.report(MedicationRules.BUPRENORPHINE_INDUCTION_TOO_EARLY.finding("medication.doses[" + doseIndex + "].at",
                        "First buprenorphine dose at " + ctx.local(dose.at()) + " came " + InductionWait.describe(elapsed)
                                + " after the last " + InductionWaitFindings.kindText(r.exposure().kind())
                                + " opioid use at " + ctx.local(r.exposure().lastUse()) + "; at least "
                                + InductionWait.describe(r.required().value()) + " is required (" + r.required().key().name()
                                + ", layer " + r.required().layer() + "); earliest start " + ctx.local(r.earliest()),
                        MedicationSources.appliedFirst(r.required().citation(),
                                MedicationRules.BUPRENORPHINE_INDUCTION_TOO_EARLY.sources())));
            }
        }
        checkCows(record, doseIndex, date, ctx);
        checkMethadoneSwitch(record, doseIndex, date, ctx);
    }

    private static void checkMethadoneSwitch(MedicationRecord record, int doseIndex, LocalDate date, RuleContext ctx) {
        DoseEvent dose = record.doses().get(doseIndex);
        LocalDate lastDay = null;
        MethadoneDayLevel last = null;
        for (Regimen regimen : record.regimens()) {
            if (regimen.medication() != OudMedication.METHADONE) {
                continue;
            }
            for (var e : MethadoneDayLevel.of(record, regimen, ctx.zone()).entrySet()) {
                boolean before = record.doses().get(e.getValue().index()).at().isBefore(dose.at()) && !e.getKey().isAfter(date);
                if (before && (lastDay == null || e.getKey().isAfter(lastDay))) {
                    lastDay = e.getKey();
                    last = e.getValue();
                }
            }
        }
        if (last == null) {
            return;
        }
        String path = "medication.doses[" + last.index() + "].dose";
        Optional<ResolvedThreshold<Dose>> max = ctx.require(MedicationPolicyKeys.METHADONE_TO_BUPRENORPHINE_MAX_DOSE, date,
                path, Severity.WARNING);
        if (max.isPresent() && last.dose().isGreaterThan(max.get().value())) {
            ctx.report(MedicationRules.BUPRENORPHINE_SWITCH_FROM_HIGH_METHADONE.finding(path,
                    "First buprenorphine dose at " + ctx.local(dose.at()) + " follows methadone " + last.dose() + "/day on " + lastDay
                            + ", above the " + max.get().value() + "/day switch threshold (layer " + max.get().layer()
                            + "): precipitated withdrawal is more likely; consider tapering first or a low-dose induction",
                    MedicationSources.appliedFirst(max.get().citation(),
                            MedicationRules.BUPRENORPHINE_SWITCH_FROM_HIGH_METHADONE.sources())));
        }
    }

    private static void checkCows(MedicationRecord record, int doseIndex, LocalDate date, RuleContext ctx) {
        DoseEvent dose = record.doses().get(doseIndex);
        Optional<Instant> lastUse = InductionWait.latestKnownUse(record, dose.at());
        List<CowsAssessment> all = record.cowsAssessments();
        Optional<Integer> latest = IntStream.range(0, all.size()).boxed()
                .filter(i -> !all.get(i).at().isAfter(dose.at())
                        && lastUse.map(u -> !all.get(i).at().isBefore(u)).orElse(true))
                .max(Comparator.comparing((Integer i) -> all.get(i).at()).thenComparing(i -> i));
        Optional<ResolvedThreshold<CowsStartThreshold>> threshold = ctx.require(MedicationPolicyKeys.COWS_START_THRESHOLD,
                date, "medication.cowsAssessments", Severity.ERROR);
        if (latest.isEmpty()) {
            ctx.report(MedicationRules.BUPRENORPHINE_INDUCTION_COWS_MISSING.finding("medication.cowsAssessments",
                    "No COWS assessment " + lastUse.map(u -> "after the last opioid use at " + ctx.local(u) + " and ").orElse("")
                            + "before the first buprenorphine dose at " + ctx.local(dose.at()) + threshold.map(
                                    t -> "; the start threshold is " + t.value() + " (layer " + t.layer() + ")").orElse(""),
                    threshold.map(t -> MedicationSources.appliedFirst(t.citation(),
                            MedicationRules.BUPRENORPHINE_INDUCTION_COWS_MISSING.sources()))
                            .orElse(MedicationRules.BUPRENORPHINE_INDUCTION_COWS_MISSING.sources())));
            return;
        }
        if (threshold.isEmpty()) {
            return;
        }
        CowsAssessment cows = all.get(latest.get());
        CowsStartThreshold start = threshold.get().value();
        if (!start.isMetBy(cows)) {
            String band = ctx.threshold(MedicationPolicyKeys.COWS_BANDS, date)
                    .map(b -> " (" + b.value().bandOf(cows.total()).label() + ")").orElse("");
            ctx.report(MedicationRules.BUPRENORPHINE_INDUCTION_COWS_BELOW_THRESHOLD.finding(
                    "medication.cowsAssessments[" + latest.get() + "]",
                    "COWS " + cows.total() + band + " with " + cows.objectiveSignCount() + " objective signs at "
                            + ctx.local(cows.at()) + " is below the start threshold " + start + " (layer " + threshold.get().layer()
                            + ") for the first buprenorphine dose at " + ctx.local(dose.at()),
                    MedicationSources.appliedFirst(threshold.get().citation(),
                            MedicationRules.BUPRENORPHINE_INDUCTION_COWS_BELOW_THRESHOLD.sources())));
        }
    }
}
