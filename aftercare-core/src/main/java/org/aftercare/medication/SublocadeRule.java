package org.aftercare.medication;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.aftercare.OudMedication;
import org.aftercare.PolicyKey;
import org.aftercare.ResolvedThreshold;
import org.aftercare.RuleContext;
import org.aftercare.Severity;

/**
 * Checks Sublocade injections against the label edition in force, such as a first injection after only 3 days of
 * transmucosal buprenorphine under the pre-02/2025 label, two injections 20 days apart, or an injection more than
 * two weeks past due. The rapid-start second-injection interval is an open parameter: unless a layer sets it, the
 * kernel reports it as not in force (INFO) instead of assuming 26 days.
 */
final class SublocadeRule {
    private SublocadeRule() {
    }

    static List<Integer> injections(MedicationRecord record, RuleContext ctx) {
        List<DoseEvent> doses = record.doses();
        return IntStream.range(0, doses.size()).boxed()
                .filter(i -> doses.get(i).formulation() == Formulation.SUBLOCADE_MONTHLY
                        && doses.get(i).kind() == DoseEventKind.ADMINISTERED && !doses.get(i).at().isAfter(ctx.asOf()))
                .sorted(Comparator.comparing((Integer i) -> doses.get(i).at()).thenComparing(i -> i))
                .toList();
    }

    static void check(MedicationRecord record, RuleContext ctx) {
        List<Integer> injections = injections(record, ctx);
        if (injections.isEmpty()) {
            return;
        }
        List<DoseEvent> doses = record.doses();
        Optional<SublocadeStart> start = checkStart(record, injections.get(0), ctx);
        checkDoses(record, injections, ctx);
        for (int n = 1; n < injections.size(); n++) {
            DoseEvent previous = doses.get(injections.get(n - 1));
            DoseEvent current = doses.get(injections.get(n));
            LocalDate date = current.date(ctx.zone());
            String path = "medication.doses[" + injections.get(n) + "].at";
            boolean rapidSecond = n == 1 && start.map(s -> s.transmucosalDays() == 1).orElse(false);
            Optional<ResolvedThreshold<Period>> min = ctx.require(minimumKey(rapidSecond), date, path,
                    rapidSecond ? Severity.INFO : Severity.ERROR);
            LocalDate previousDate = previous.date(ctx.zone());
            if (min.isPresent() && date.isBefore(previousDate.plus(min.get().value()))) {
                ctx.report(MedicationRules.SUBLOCADE_INTERVAL_TOO_SHORT.finding(path,
                        "Sublocade injection on " + date + " came " + ChronoUnit.DAYS.between(previousDate, date)
                                + " days after the one on " + previousDate + "; at least "
                                + XrNaltrexoneSchedule.describe(min.get().value()) + " required (layer "
                                + min.get().layer() + ")",
                        List.of(min.get().citation())));
            }
        }
        checkOverdue(record, injections.get(injections.size() - 1), ctx);
    }

    private static PolicyKey<Period> minimumKey(boolean rapidSecond) {
        return rapidSecond ? MedicationPolicyKeys.SUBLOCADE_RAPID_SECOND_MIN_INTERVAL : MedicationPolicyKeys.SUBLOCADE_MIN_INTERVAL;
    }

    /**
     * Returns the minimum interval before the injection after the last one, as the check will apply it: after a
     * rapid (single-dose) start, the second injection's minimum is the open rapid-start key.
     */
    static Optional<ResolvedThreshold<Period>> minimumBeforeNext(MedicationRecord record, List<Integer> injections,
            RuleContext ctx) {
        LocalDate first = record.doses().get(injections.get(0)).date(ctx.zone());
        boolean rapidSecond = injections.size() == 1 && ctx.threshold(MedicationPolicyKeys.SUBLOCADE_START, first)
                .map(s -> s.value().transmucosalDays() == 1).orElse(false);
        return ctx.threshold(minimumKey(rapidSecond), ctx.today());
    }

    private static Optional<SublocadeStart> checkStart(MedicationRecord record, int firstIndex, RuleContext ctx) {
        List<DoseEvent> doses = record.doses();
        DoseEvent first = doses.get(firstIndex);
        LocalDate date = first.date(ctx.zone());
        String path = "medication.doses[" + firstIndex + "].at";
        Optional<ResolvedThreshold<SublocadeStart>> required = ctx.require(MedicationPolicyKeys.SUBLOCADE_START, date,
                path, Severity.ERROR);
        if (required.isEmpty()) {
            return Optional.empty();
        }
        SublocadeStart start = required.get().value();
        TreeMap<LocalDate, Dose> daily = new TreeMap<>();
        Instant lastTransmucosal = null;
        for (DoseEvent d : doses) {
            if (d.medication() == OudMedication.BUPRENORPHINE && !d.formulation().isExtendedReleaseInjection()
                    && d.kind() == DoseEventKind.ADMINISTERED && d.at().isBefore(first.at())) {
                daily.merge(d.date(ctx.zone()), d.dose(), Dose::plus);
                lastTransmucosal = lastTransmucosal == null || d.at().isAfter(lastTransmucosal) ? d.at() : lastTransmucosal;
            }
        }
        long qualifying = daily.values().stream().filter(v -> v.compareTo(start.minimumDailyDose()) >= 0).count();
        String problem = null;
        if (qualifying < start.transmucosalDays()) {
            problem = qualifying + " qualifying day(s) of transmucosal buprenorphine";
        } else if (Duration.between(lastTransmucosal, first.at()).compareTo(start.observation()) < 0) {
            problem = "the last transmucosal dose only " + InductionWait.describe(Duration.between(lastTransmucosal,
                    first.at())) + " before";
        }
        if (problem != null) {
            ctx.report(MedicationRules.SUBLOCADE_START_NOT_MET.finding(path,
                    "First Sublocade injection at " + ctx.local(first.at()) + " follows " + problem + "; the label in force on "
                            + date + " requires " + start + " (layer " + required.get().layer() + ")",
                    List.of(required.get().citation())));
        }
        return Optional.of(start);
    }

    private static void checkDoses(MedicationRecord record, List<Integer> injections, RuleContext ctx) {
        for (int n = 0; n < injections.size(); n++) {
            DoseEvent injection = record.doses().get(injections.get(n));
            String path = "medication.doses[" + injections.get(n) + "].dose";
            Optional<ResolvedThreshold<SublocadeDosing>> dosing = ctx.require(MedicationPolicyKeys.SUBLOCADE_DOSING,
                    injection.date(ctx.zone()), path, Severity.WARNING);
            if (dosing.isEmpty()) {
                return;
            }
            SublocadeDosing d = dosing.get().value();
            boolean initial = n < d.initialCount();
            boolean onSequence = initial ? injection.dose().compareTo(d.initialDose()) == 0
                    : injection.dose().compareTo(d.maintenanceDose()) >= 0 && injection.dose().compareTo(d.maintenanceMaximum()) <= 0;
            if (!onSequence) {
                ctx.report(MedicationRules.SUBLOCADE_DOSE_OFF_SEQUENCE.finding(path,
                        "Sublocade injection " + (n + 1) + " on " + injection.date(ctx.zone()) + " is " + injection.dose()
                                + "; the label's sequence is " + d + " (layer " + dosing.get().layer() + ")",
                        List.of(dosing.get().citation())));
            }
        }
    }

    private static void checkOverdue(MedicationRecord record, int lastIndex, RuleContext ctx) {
        LocalDate today = ctx.today();
        if (record.activeRegimens(OudMedication.BUPRENORPHINE, today).stream()
                .noneMatch(r -> r.formulation() == Formulation.SUBLOCADE_MONTHLY)) {
            return;
        }
        String path = "medication.doses[" + lastIndex + "].at";
        Optional<ResolvedThreshold<Period>> interval = ctx.require(MedicationPolicyKeys.SUBLOCADE_INTERVAL, today, path,
                Severity.WARNING);
        Optional<ResolvedThreshold<Period>> grace = ctx.require(MedicationPolicyKeys.SUBLOCADE_LATE_GRACE, today, path,
                Severity.WARNING);
        if (interval.isEmpty() || grace.isEmpty()) {
            return;
        }
        LocalDate last = record.doses().get(lastIndex).date(ctx.zone());
        LocalDate due = last.plus(interval.get().value());
        LocalDate latest = due.plus(grace.get().value());
        if (today.isAfter(latest)) {
            ctx.report(MedicationRules.SUBLOCADE_INJECTION_OVERDUE.finding(path,
                    "Sublocade injection of " + last + " was next due on " + due + " (every "
                            + XrNaltrexoneSchedule.describe(interval.get().value()) + ", layer " + interval.get().layer()
                            + "); today " + today + " is past the " + XrNaltrexoneSchedule.describe(grace.get().value())
                            + " late grace ending " + latest + " (layer " + grace.get().layer() + ")",
                    MedicationSources.appliedFirst(grace.get().citation(), List.of(interval.get().citation()))));
        }
    }
}
