package org.aftercare.incentive;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.aftercare.screening.Analyte;
import org.aftercare.screening.AnalyteResult;
import org.aftercare.screening.DrugTest;
import org.aftercare.screening.Outcome;

/**
 * The plain way of judging an event, deriving every set and reason from the programme's accessors at each event:
 * the rules as they were written before {@link EventJudge} worked them out once per programme. The tests hold
 * the judge to it.
 */
final class ReferenceVerdicts {
    private ReferenceVerdicts() {
    }

    static Verdict judge(IncentiveProgram program, IncentiveEvent event, LocalDate date) {
        Optional<ProgramPhase> phase = program.phaseOn(date);
        if (phase.isEmpty()) {
            String when = date.isBefore(program.startDate()) ? "before the programme start " + program.startDate()
                    : "on or after the programme end " + program.endDate();
            return Verdict.of(EntryOutcome.OUTSIDE_INCENTIVE_PERIOD, date + " is " + when);
        }
        if (!phase.get().incentivized()) {
            return Verdict.of(EntryOutcome.OUTSIDE_INCENTIVE_PERIOD, "phase '" + phase.get().name() + "' pays no incentives");
        }
        if (event instanceof IncentiveEvent.ExcusedAbsence) {
            return program.failurePolicy().excusedAbsence() == ExcusedAbsenceHandling.NEUTRAL
                    ? Verdict.of(EntryOutcome.EXCUSED, "excused absence: nothing earned, the run continues")
                    : Verdict.of(EntryOutcome.FAILURE, "excused absence counts as a failure under the failure policy ("
                            + program.failurePolicy().source() + ")");
        }
        IncentiveTarget target = program.target();
        if (target instanceof IncentiveTarget.Abstinence) {
            return event instanceof IncentiveEvent.SampleResult s ? judgeSample(program, s.test())
                    : Verdict.of(EntryOutcome.NOT_REINFORCED, kind(event) + " is not reinforced under an abstinence target");
        }
        if (target == IncentiveTarget.attendance()) {
            return event instanceof IncentiveEvent.Attendance a
                    ? (a.attended() ? Verdict.of(EntryOutcome.SUCCESS, "attended") : Verdict.of(EntryOutcome.FAILURE, "visit missed, unexcused"))
                    : Verdict.of(EntryOutcome.NOT_REINFORCED, kind(event) + " is not reinforced under an attendance target");
        }
        if (target == IncentiveTarget.medicationAdherence()) {
            return event instanceof IncentiveEvent.MedicationDose d
                    ? (d.taken() ? Verdict.of(EntryOutcome.SUCCESS, "dose taken") : Verdict.of(EntryOutcome.FAILURE, "dose missed, unexcused"))
                    : Verdict.of(EntryOutcome.NOT_REINFORCED, kind(event) + " is not reinforced under a medication-adherence target");
        }
        throw new AssertionError(target);
    }

    private static Verdict judgeSample(IncentiveProgram program, DrugTest test) {
        String status = test.status().name().toLowerCase(Locale.ROOT);
        if (!test.status().hasReadableResults()) {
            return program.failurePolicy().fails(test.status())
                    ? Verdict.of(EntryOutcome.FAILURE, status + " specimen counts as positive under the failure policy ("
                            + program.failurePolicy().source() + ")")
                    : Verdict.of(EntryOutcome.NOT_ASSESSED, status + " specimen is neither a success nor a failure under the "
                            + "failure policy (" + program.failurePolicy().source() + ")");
        }
        // EnumSets iterate in the analytes' natural order, so every list below is sorted as the reasons need
        Set<Analyte> markers = program.moudMarkers();
        Set<Analyte> declared = ((IncentiveTarget.Abstinence) program.target()).analytes();
        EnumSet<Analyte> targets = without(declared, markers);
        List<Analyte> positive = new ArrayList<>();
        for (Analyte a : targets) {
            if (test.isPositiveFor(a)) {
                positive.add(a);
            }
        }
        EnumSet<Analyte> declaredMarkers = without(markers, Set.of());
        declaredMarkers.retainAll(declared);
        List<Analyte> excluded = new ArrayList<>();
        for (Analyte a : declaredMarkers) {
            if (test.isPositiveFor(a)) {
                excluded.add(a);
            }
        }
        excluded = List.copyOf(excluded);
        if (!positive.isEmpty()) {
            return new Verdict(EntryOutcome.FAILURE, "positive for " + names(positive), false, excluded, List.of());
        }
        List<Analyte> missing = notNegative(test, targets);
        if (!missing.isEmpty()) {
            return new Verdict(EntryOutcome.NOT_ASSESSED, "no valid result for " + names(missing), false, excluded,
                    List.copyOf(missing));
        }
        StringBuilder reason = new StringBuilder("negative for ").append(names(targets));
        if (!excluded.isEmpty()) {
            reason.append("; ").append(names(excluded)).append(" positive: markers of prescribed MOUD, excluded from the target");
        }
        boolean bonusMet = false;
        if (!program.bonusAnalytes().isEmpty()) {
            EnumSet<Analyte> bonusTargets = without(program.bonusAnalytes(), markers);
            List<Analyte> bonusNotNegative = notNegative(test, bonusTargets);
            bonusMet = !bonusTargets.isEmpty() && bonusNotNegative.isEmpty();
            reason.append(bonusMet ? "; bonus target met (" + names(bonusTargets) + " negative)"
                    : bonusTargets.isEmpty() ? "; bonus target void: every bonus analyte is a prescribed-MOUD marker"
                    : "; bonus target not met (" + names(bonusNotNegative) + " not negative)");
        }
        return new Verdict(EntryOutcome.SUCCESS, reason.toString(), bonusMet, excluded, List.of());
    }

    /** Returns the analytes of {@code from} that are not in {@code minus}, as a new set. */
    private static EnumSet<Analyte> without(Set<Analyte> from, Set<Analyte> minus) {
        EnumSet<Analyte> result = from.isEmpty() ? EnumSet.noneOf(Analyte.class) : EnumSet.copyOf(from);
        result.removeAll(minus);
        return result;
    }

    /** Returns the analytes (in order) without a negative result in the test. */
    private static List<Analyte> notNegative(DrugTest test, Set<Analyte> analytes) {
        List<Analyte> result = new ArrayList<>();
        for (Analyte a : analytes) {
            if (!negative(test, a)) {
                result.add(a);
            }
        }
        return result;
    }

    private static boolean negative(DrugTest test, Analyte analyte) {
        return test.result(analyte).map(AnalyteResult::outcome).map(o -> o == Outcome.NEGATIVE).orElse(false);
    }

    private static String names(Collection<Analyte> analytes) {
        StringBuilder sb = new StringBuilder();
        for (Analyte a : analytes) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(a.code());
        }
        return sb.toString();
    }

    private static String kind(IncentiveEvent event) {
        if (event instanceof IncentiveEvent.SampleResult) {
            return "a drug test";
        }
        if (event instanceof IncentiveEvent.Attendance) {
            return "attendance";
        }
        if (event instanceof IncentiveEvent.MedicationDose) {
            return "a medication dose";
        }
        return "an excused absence";
    }
}
