package org.aftercare.medication;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.aftercare.OudMedication;
import org.aftercare.RuleContext;
import org.aftercare.screening.Analyte;
import org.aftercare.screening.DrugTest;
import org.aftercare.screening.SubstanceClass;

/**
 * Checks a naltrexone start, such as a first dose 6 days after heroin when 7 are required: the opioid-free window
 * by last opioid kind, the latest drug test and any naloxone challenge between the last use and the dose.
 */
final class NaltrexoneStartRule {
    private NaltrexoneStartRule() {
    }

    static void check(MedicationRecord record, RuleContext ctx) {
        for (Regimen regimen : record.regimens()) {
            if (regimen.medication() == OudMedication.NALTREXONE) {
                record.firstAdministered(regimen, ctx.zone())
                        .ifPresent(i -> checkDose(record, i, ctx));
            }
        }
    }

    static InductionWait waits(MedicationRecord record, Instant cutoff, LocalDate date, RuleContext ctx) {
        return InductionWait.compute(record, cutoff, MedicationPolicyKeys::naltrexoneOpioidFree, Set.of(), date, ctx);
    }

    private static void checkDose(MedicationRecord record, int doseIndex, RuleContext ctx) {
        DoseEvent dose = record.doses().get(doseIndex);
        LocalDate date = dose.date(ctx.zone());
        InductionWait wait = waits(record, dose.at(), date, ctx);
        InductionWaitFindings.report(wait, record, "naltrexone", dose.at(), date, ctx);
        for (InductionWait.Requirement r : wait.requirements()) {
            Duration elapsed = Duration.between(r.exposure().lastUse(), dose.at());
            if (elapsed.compareTo(r.required().value()) < 0) {
                ctx.report(MedicationRules.NALTREXONE_OPIOID_FREE_WINDOW_NOT_MET.finding("medication.doses[" + doseIndex + "].at",
                        "First naltrexone dose at " + ctx.local(dose.at()) + " came " + InductionWait.describe(elapsed)
                                + " after the last " + InductionWaitFindings.kindText(r.exposure().kind())
                                + " opioid use at " + ctx.local(r.exposure().lastUse()) + "; at least "
                                + InductionWait.describe(r.required().value()) + " opioid-free is required ("
                                + r.required().key().name() + ", layer " + r.required().layer() + "); earliest start "
                                + ctx.local(r.earliest()),
                        MedicationSources.appliedFirst(r.required().citation(),
                                MedicationRules.NALTREXONE_OPIOID_FREE_WINDOW_NOT_MET.sources())));
            }
        }
        Optional<Instant> lastUse = InductionWait.latestKnownUse(record, dose.at());
        checkDrugTest(record, dose, lastUse, ctx);
        List<NaloxoneChallenge> challenges = record.naloxoneChallenges();
        for (int i = 0; i < challenges.size(); i++) {
            NaloxoneChallenge c = challenges.get(i);
            boolean relevant = !c.at().isAfter(dose.at()) && lastUse.map(u -> !c.at().isBefore(u)).orElse(true);
            if (relevant && c.withdrawalSigns()) {
                ctx.report(MedicationRules.NALTREXONE_NALOXONE_CHALLENGE_POSITIVE.finding(
                        "medication.naloxoneChallenges[" + i + "].withdrawalSigns",
                        "The naloxone challenge at " + ctx.local(c.at()) + " showed withdrawal signs before the first naltrexone"
                                + " dose at " + ctx.local(dose.at()),
                        MedicationRules.NALTREXONE_NALOXONE_CHALLENGE_POSITIVE.sources()));
            }
        }
    }

    private static void checkDrugTest(MedicationRecord record, DoseEvent dose, Optional<Instant> lastUse,
            RuleContext ctx) {
        List<DrugTest> tests = record.drugTests();
        Optional<Integer> latest = IntStream.range(0, tests.size()).boxed()
                .filter(i -> tests.get(i).status().hasReadableResults() && !tests.get(i).collectedAt().isAfter(dose.at())
                        && lastUse.map(u -> !tests.get(i).collectedAt().isBefore(u)).orElse(true))
                .max(Comparator.comparing((Integer i) -> tests.get(i).collectedAt()).thenComparing(i -> i));
        if (latest.isEmpty()) {
            ctx.report(MedicationRules.NALTREXONE_NO_DRUG_TEST.finding("medication.drugTests",
                    "No valid drug test " + lastUse.map(u -> "after the last opioid use at " + ctx.local(u) + " and ").orElse("")
                            + "before the first naltrexone dose at " + ctx.local(dose.at()),
                    MedicationRules.NALTREXONE_NO_DRUG_TEST.sources()));
            return;
        }
        DrugTest test = tests.get(latest.get());
        String positives = test.results().keySet().stream()
                .filter(a -> a.substanceClass() == SubstanceClass.OPIOID && test.isPositiveFor(a))
                .map(Analyte::code).collect(Collectors.joining(", "));
        if (!positives.isEmpty()) {
            ctx.report(MedicationRules.NALTREXONE_OPIOID_POSITIVE_TEST.finding("medication.drugTests[" + latest.get() + "]",
                    "The drug test collected at " + test.collectedAt() + ", the latest before the first naltrexone dose at "
                            + ctx.local(dose.at()) + ", is positive for " + positives,
                    MedicationRules.NALTREXONE_OPIOID_POSITIVE_TEST.sources()));
        }
    }
}
