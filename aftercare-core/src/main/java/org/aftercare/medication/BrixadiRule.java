package org.aftercare.medication;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.aftercare.PolicyKey;
import org.aftercare.ResolvedThreshold;
import org.aftercare.RuleContext;
import org.aftercare.Severity;

/**
 * Checks Brixadi injections against the window of their product, such as a weekly injection 4 days after the last
 * (before the 5-9 day window) or a monthly one 36 days after (after the 21-35 day window), and reports an overdue
 * next injection as of today. Weekly and monthly are separate products with separate schedules.
 */
final class BrixadiRule {
    private BrixadiRule() {
    }

    static PolicyKey<InjectionSchedule> scheduleKey(Formulation formulation) {
        return formulation == Formulation.BRIXADI_WEEKLY ? MedicationPolicyKeys.BRIXADI_WEEKLY_SCHEDULE
                : MedicationPolicyKeys.BRIXADI_MONTHLY_SCHEDULE;
    }

    static List<Integer> injections(MedicationRecord record, Formulation formulation, RuleContext ctx) {
        List<DoseEvent> doses = record.doses();
        return IntStream.range(0, doses.size()).boxed()
                .filter(i -> doses.get(i).formulation() == formulation && doses.get(i).kind() == DoseEventKind.ADMINISTERED
                        && !doses.get(i).at().isAfter(ctx.asOf()))
                .sorted(Comparator.comparing((Integer i) -> doses.get(i).at()).thenComparing(i -> i))
                .toList();
    }

    static void check(MedicationRecord record, RuleContext ctx) {
        for (Formulation f : List.of(Formulation.BRIXADI_WEEKLY, Formulation.BRIXADI_MONTHLY)) {
            checkProduct(record, f, ctx);
        }
    }

    private static void checkProduct(MedicationRecord record, Formulation formulation, RuleContext ctx) {
        List<Integer> injections = injections(record, formulation, ctx);
        List<DoseEvent> doses = record.doses();
        String product = formulation == Formulation.BRIXADI_WEEKLY ? "Brixadi weekly" : "Brixadi monthly";
        for (int n = 1; n < injections.size(); n++) {
            LocalDate last = doses.get(injections.get(n - 1)).date(ctx.zone());
            LocalDate date = doses.get(injections.get(n)).date(ctx.zone());
            String path = "medication.doses[" + injections.get(n) + "].at";
            Optional<ResolvedThreshold<InjectionSchedule>> schedule = ctx.require(scheduleKey(formulation), date, path,
                    Severity.ERROR);
            if (schedule.isEmpty()) {
                continue;
            }
            InjectionSchedule s = schedule.get().value();
            boolean early = date.isBefore(s.earliest(last));
            boolean late = date.isAfter(s.latest(last));
            if (early || late) {
                ctx.report(MedicationRules.BRIXADI_INJECTION_OUTSIDE_WINDOW.finding(early ? Severity.ERROR : Severity.WARNING,
                        path, product + " injection on " + date + " is " + (early ? "before" : "after") + " the window "
                                + s.earliest(last) + " to " + s.latest(last) + " after the injection of " + last + " ("
                                + s + ", layer " + schedule.get().layer() + ")",
                        List.of(schedule.get().citation())));
            }
        }
        if (injections.isEmpty() || record.regimens().stream()
                .noneMatch(r -> r.formulation() == formulation && r.isActiveOn(ctx.today()))) {
            return;
        }
        int lastIndex = injections.get(injections.size() - 1);
        LocalDate last = doses.get(lastIndex).date(ctx.zone());
        String path = "medication.doses[" + lastIndex + "].at";
        ctx.require(scheduleKey(formulation), ctx.today(), path, Severity.WARNING).ifPresent(schedule -> {
            if (ctx.today().isAfter(schedule.value().latest(last))) {
                ctx.report(MedicationRules.BRIXADI_INJECTION_OVERDUE.finding(path,
                        product + " injection of " + last + " was next due on " + schedule.value().due(last)
                                + "; its window ended " + schedule.value().latest(last) + " (" + schedule.value()
                                + ", layer " + schedule.layer() + "): give it as soon as possible",
                        List.of(schedule.citation())));
            }
        });
    }
}
