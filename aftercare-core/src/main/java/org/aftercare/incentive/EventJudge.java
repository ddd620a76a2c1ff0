package org.aftercare.incentive;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.aftercare.screening.Analyte;
import org.aftercare.screening.AnalyteResult;
import org.aftercare.screening.DrugTest;
import org.aftercare.screening.Outcome;
import org.aftercare.screening.SpecimenStatus;

/**
 * How one programme judges its events into {@link Verdict verdicts}, such as "SUCCESS: negative for cocaine", with
 * everything that depends on the programme alone worked out once: the phase boundaries, the analytes a sample
 * must be negative for (the target less the prescribed-MOUD markers), the markers excluded from it, the bonus
 * analytes, and every reason that names no per-sample value.
 *
 * <p>The rules (the class description of {@link Verdict}): outside the programme or in a phase without incentives
 * nothing counts; an excused absence counts as the failure policy says; a drug test counts under an abstinence
 * target (unreadable specimens as the failure policy says; a positive target analyte is a failure; a target
 * analyte without a negative result leaves it unjudged; otherwise a success, noting the prescribed-MOUD markers
 * that were positive and the bonus target); a visit or dose counts under its own target. Analytes are listed in
 * their natural order. The common outcomes (a plain success, an unreadable specimen, anything not reinforced) are
 * shared verdict instances, so judging them allocates nothing; the verdicts are the same as when every set and
 * reason is derived from the programme's accessors at each event (the tests compare the two).
 *
 * @implSpec This class is immutable and thread-safe.
 */
final class EventJudge {
    private final IncentiveProgram program;
    /** The last programme week of each phase, cumulative. */
    private final int[] phaseEnds;
    /** Per phase, the verdict of an event in it when it pays no incentives, else null. */
    private final Verdict[] unpaidPhase;
    private final Verdict excused;
    /** A drug test, a visit and a dose not reinforced under the programme's target. */
    private final Verdict[] notReinforced;
    /**
     * The verdict of each specimen status without readable results, by ordinal, made when first needed (most
     * histories have one or two such statuses). Filling it from two threads at once is harmless: both make equal
     * verdicts, immutable with final fields, so either may be kept and read.
     */
    private final Verdict[] unreadable;
    /** Abstinence only: the analytes a sample must be negative for, in order. */
    private final Analyte[] targets;
    /** Abstinence only: the target's analytes that are prescribed-MOUD markers, in order. */
    private final Analyte[] declaredMarkers;
    /** Abstinence with bonus analytes only: the bonus analytes less the markers, in order; else null. */
    private final Analyte[] bonusTargets;
    /** "negative for ..." naming every target analyte. */
    private final String negativeReason;
    /** The success without excluded markers: plain, or with the bonus target met or void. */
    private final Verdict success;
    private final Verdict successBonusMet;

    EventJudge(IncentiveProgram program) {
        this.program = program;
        List<ProgramPhase> phases = program.phases();
        phaseEnds = new int[phases.size()];
        unpaidPhase = new Verdict[phases.size()];
        int last = 0;
        for (int i = 0; i < phases.size(); i++) {
            ProgramPhase phase = phases.get(i);
            last += phase.weeks();
            phaseEnds[i] = last;
            if (!phase.incentivized()) {
                unpaidPhase[i] = Verdict.of(EntryOutcome.OUTSIDE_INCENTIVE_PERIOD,
                        "phase '" + phase.name() + "' pays no incentives");
            }
        }
        FailurePolicy failure = program.failurePolicy();
        excused = failure.excusedAbsence() == ExcusedAbsenceHandling.NEUTRAL ? EXCUSED_NEUTRAL
                : Verdict.of(EntryOutcome.FAILURE, "excused absence counts as a failure under the failure policy ("
                        + failure.source() + ")");
        IncentiveTarget target = program.target();
        notReinforced = NOT_REINFORCED[target instanceof IncentiveTarget.Abstinence ? 0
                : target == IncentiveTarget.attendance() ? 1 : 2];
        unreadable = new Verdict[SpecimenStatus.values().length];
        if (target instanceof IncentiveTarget.Abstinence abstinence) {
            Set<Analyte> markers = program.moudMarkers();
            targets = without(abstinence.analytes(), markers);
            EnumSet<Analyte> declared = EnumSet.copyOf(abstinence.analytes());
            declared.retainAll(markers);
            declaredMarkers = declared.toArray(new Analyte[0]);
            bonusTargets = program.bonusAnalytes().isEmpty() ? null : without(program.bonusAnalytes(), markers);
            negativeReason = "negative for " + names(targets, targets.length);
            if (bonusTargets == null) {
                success = Verdict.of(EntryOutcome.SUCCESS, negativeReason);
                successBonusMet = success;
            } else if (bonusTargets.length == 0) {
                success = Verdict.of(EntryOutcome.SUCCESS,
                        negativeReason + "; bonus target void: every bonus analyte is a prescribed-MOUD marker");
                successBonusMet = success;
            } else {
                success = null;
                successBonusMet = new Verdict(EntryOutcome.SUCCESS, negativeReason + "; bonus target met ("
                        + names(bonusTargets, bonusTargets.length) + " negative)", true, List.of(), List.of());
            }
        } else {
            targets = null;
            declaredMarkers = null;
            bonusTargets = null;
            negativeReason = null;
            success = null;
            successBonusMet = null;
        }
    }

    private Verdict unreadable(SpecimenStatus status) {
        FailurePolicy failure = program.failurePolicy();
        String name = status.name().toLowerCase(Locale.ROOT);
        return failure.fails(status)
                ? Verdict.of(EntryOutcome.FAILURE, name + " specimen counts as positive under the failure policy ("
                        + failure.source() + ")")
                : Verdict.of(EntryOutcome.NOT_ASSESSED, name + " specimen is neither a success nor a failure under the "
                        + "failure policy (" + failure.source() + ")");
    }

    private static final Verdict EXCUSED_NEUTRAL = Verdict.of(EntryOutcome.EXCUSED,
            "excused absence: nothing earned, the run continues");
    private static final Verdict ATTENDED = Verdict.of(EntryOutcome.SUCCESS, "attended");
    private static final Verdict VISIT_MISSED = Verdict.of(EntryOutcome.FAILURE, "visit missed, unexcused");
    private static final Verdict DOSE_TAKEN = Verdict.of(EntryOutcome.SUCCESS, "dose taken");
    private static final Verdict DOSE_MISSED = Verdict.of(EntryOutcome.FAILURE, "dose missed, unexcused");
    /** By target (abstinence, attendance, medication adherence), then event (drug test, visit, dose). */
    private static final Verdict[][] NOT_REINFORCED = new Verdict[3][];

    static {
        String[] targets = {"an abstinence target", "an attendance target", "a medication-adherence target"};
        for (int t = 0; t < 3; t++) {
            NOT_REINFORCED[t] = new Verdict[] {notReinforced("a drug test", targets[t]),
                notReinforced("attendance", targets[t]), notReinforced("a medication dose", targets[t])};
        }
    }

    private static Verdict notReinforced(String kind, String under) {
        return Verdict.of(EntryOutcome.NOT_REINFORCED, kind + " is not reinforced under " + under);
    }

    /**
     * Judges an event.
     *
     * @param event  the event, not null
     * @param date  its treatment day in the programme's zone
     * @param week  the programme week of {@code date}
     */
    Verdict judge(IncentiveEvent event, LocalDate date, int week) {
        int phase = phaseOf(week);
        if (phase < 0) {
            String when = date.isBefore(program.startDate()) ? "before the programme start " + program.startDate()
                    : "on or after the programme end " + program.endDate();
            return Verdict.of(EntryOutcome.OUTSIDE_INCENTIVE_PERIOD, date + " is " + when);
        }
        if (unpaidPhase[phase] != null) {
            return unpaidPhase[phase];
        }
        if (event instanceof IncentiveEvent.SampleResult s) {
            return targets != null ? judgeSample(s.test()) : notReinforced[0];
        }
        if (event instanceof IncentiveEvent.ExcusedAbsence) {
            return excused;
        }
        IncentiveTarget target = program.target();
        if (event instanceof IncentiveEvent.Attendance a) {
            return target != IncentiveTarget.attendance() ? notReinforced[1] : a.attended() ? ATTENDED : VISIT_MISSED;
        }
        IncentiveEvent.MedicationDose d = (IncentiveEvent.MedicationDose) event;
        return target != IncentiveTarget.medicationAdherence() ? notReinforced[2] : d.taken() ? DOSE_TAKEN : DOSE_MISSED;
    }

    /** Returns the index of the phase a programme week falls in, or -1 outside the programme. */
    private int phaseOf(int week) {
        if (week < 1) {
            return -1;
        }
        for (int i = 0; i < phaseEnds.length; i++) {
            if (week <= phaseEnds[i]) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Returns the {@link Verdict#excludedMarkers()} of an event's verdict without judging the rest: the
     * prescribed-MOUD markers named by an abstinence target that a readable drug test in an incentivized phase
     * was positive for, in order.
     *
     * @param event  the event, not null
     * @param week  the programme week of its treatment day
     */
    List<Analyte> excludedMarkers(IncentiveEvent event, int week) {
        if (declaredMarkers == null || declaredMarkers.length == 0
                || !(event instanceof IncentiveEvent.SampleResult s) || !s.test().status().hasReadableResults()) {
            return List.of();
        }
        int phase = phaseOf(week);
        return phase < 0 || unpaidPhase[phase] != null ? List.of() : positiveMarkers(s.test().results());
    }

    private List<Analyte> positiveMarkers(Map<Analyte, AnalyteResult> results) {
        Analyte[] found = null;
        int n = 0;
        for (Analyte a : declaredMarkers) {
            if (has(results, a, Outcome.POSITIVE)) {
                found = found == null ? new Analyte[declaredMarkers.length] : found;
                found[n++] = a;
            }
        }
        return n == 0 ? List.of() : List.of(java.util.Arrays.copyOf(found, n));
    }

    private Verdict judgeSample(DrugTest test) {
        SpecimenStatus status = test.status();
        if (!status.hasReadableResults()) {
            Verdict verdict = unreadable[status.ordinal()];
            if (verdict == null) {
                verdict = unreadable(status);
                unreadable[status.ordinal()] = verdict;
            }
            return verdict;
        }
        Map<Analyte, AnalyteResult> results = test.results();
        List<Analyte> excluded = declaredMarkers.length == 0 ? List.of() : positiveMarkers(results);
        // one read of each target's result: the positive ones, and those without a negative result
        Analyte[] positive = null;
        int positives = 0;
        Analyte[] notNegative = null;
        int notNegatives = 0;
        for (Analyte a : targets) {
            AnalyteResult r = results.get(a);
            Outcome outcome = r == null ? null : r.outcome();
            if (outcome != Outcome.NEGATIVE) {
                notNegative = notNegative == null ? new Analyte[targets.length] : notNegative;
                notNegative[notNegatives++] = a;
                if (outcome == Outcome.POSITIVE) {
                    positive = positive == null ? new Analyte[targets.length] : positive;
                    positive[positives++] = a;
                }
            }
        }
        if (positives > 0) {
            return new Verdict(EntryOutcome.FAILURE, "positive for " + names(positive, positives), false, excluded,
                    List.of());
        }
        if (notNegatives > 0) {
            Analyte[] missing = notNegatives == notNegative.length ? notNegative
                    : java.util.Arrays.copyOf(notNegative, notNegatives);
            return new Verdict(EntryOutcome.NOT_ASSESSED, "no valid result for " + names(missing, missing.length), false,
                    excluded, List.of(missing));
        }
        Analyte[] bonusNotNegative = bonusTargets == null || bonusTargets.length == 0 ? NONE
                : notNegative(results, bonusTargets);
        if (excluded.isEmpty()) {
            if (success != null) {
                return success;
            }
            if (bonusNotNegative.length == 0) {
                return successBonusMet;
            }
        }
        StringBuilder reason = new StringBuilder(negativeReason);
        if (!excluded.isEmpty()) {
            reason.append("; ").append(names(excluded.toArray(NONE), excluded.size()))
                    .append(" positive: markers of prescribed MOUD, excluded from the target");
        }
        boolean bonusMet = false;
        if (bonusTargets != null) {
            bonusMet = bonusTargets.length > 0 && bonusNotNegative.length == 0;
            reason.append(bonusMet ? "; bonus target met (" + names(bonusTargets, bonusTargets.length) + " negative)"
                    : bonusTargets.length == 0 ? "; bonus target void: every bonus analyte is a prescribed-MOUD marker"
                    : "; bonus target not met (" + names(bonusNotNegative, bonusNotNegative.length) + " not negative)");
        }
        return new Verdict(EntryOutcome.SUCCESS, reason.toString(), bonusMet, excluded, List.of());
    }

    private static final Analyte[] NONE = new Analyte[0];

    private static boolean has(Map<Analyte, AnalyteResult> results, Analyte analyte, Outcome outcome) {
        AnalyteResult r = results.get(analyte);
        return r != null && r.outcome() == outcome;
    }

    /** Returns the analytes (in order) without a negative result. */
    private static Analyte[] notNegative(Map<Analyte, AnalyteResult> results, Analyte[] analytes) {
        Analyte[] found = NONE;
        int n = 0;
        for (Analyte a : analytes) {
            if (!has(results, a, Outcome.NEGATIVE)) {
                found = n == 0 ? new Analyte[analytes.length] : found;
                found[n++] = a;
            }
        }
        return n == analytes.length || n == 0 ? found : java.util.Arrays.copyOf(found, n);
    }

    /** Returns the analytes of {@code from} that are not in {@code minus}, in their natural order. */
    private static Analyte[] without(Set<Analyte> from, Set<Analyte> minus) {
        EnumSet<Analyte> result = from.isEmpty() ? EnumSet.noneOf(Analyte.class) : EnumSet.copyOf(from);
        result.removeAll(minus);
        return result.toArray(NONE);
    }

    private static String names(Analyte[] analytes, int count) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(analytes[i].code());
        }
        return sb.toString();
    }
}
