package org.aftercare.medication;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.aftercare.OudMedication;
import org.aftercare.PolicyKey;
import org.aftercare.ResolvedThreshold;
import org.aftercare.RuleContext;
import org.aftercare.Severity;

/**
 * Checks adjunct orders, such as lofexidine 0.9 mg four times a day (above the label's 0.72 mg per dose and
 * 2.88 mg a day), a course longer than 14 days, lofexidine with methadone (QT), and sedating adjuncts with an agonist
 * (flagged, never blocked). Clonidine has no default limit because sources disagree; the kernel reports it as not in
 * force (INFO) until a layer sets one.
 */
final class AdjunctRule {
    private AdjunctRule() {
    }

    static void check(MedicationRecord record, RuleContext ctx) {
        List<AdjunctOrder> orders = record.adjunctOrders();
        for (int i = 0; i < orders.size(); i++) {
            AdjunctOrder order = orders.get(i);
            String path = "medication.adjunctOrders[" + i + "]";
            String name = order.adjunct().name().toLowerCase(Locale.ROOT);
            Optional<PolicyKey<AdjunctLimit>> key = MedicationPolicyKeys.adjunctLimit(order.adjunct());
            if (key.isPresent()) {
                ctx.require(key.get(), order.start(), path + ".dose", Severity.INFO)
                        .ifPresent(limit -> checkLimit(order, name, path, limit, ctx));
            }
            Optional<LocalDate> agonistDay = firstOverlap(record, order, OudMedication.METHADONE, ctx);
            if (order.adjunct() == Adjunct.LOFEXIDINE && agonistDay.isPresent()) {
                ctx.report(MedicationRules.ADJUNCT_LOFEXIDINE_WITH_METHADONE.finding(path,
                        "Lofexidine from " + order.start() + " overlaps methadone from " + agonistDay.get()
                                + "; both prolong QT: monitor the ECG",
                        MedicationRules.ADJUNCT_LOFEXIDINE_WITH_METHADONE.sources()));
            }
            if (order.adjunct().isSedating()) {
                Optional<LocalDate> any = agonistDay.or(() -> firstOverlap(record, order, OudMedication.BUPRENORPHINE, ctx));
                any.ifPresent(day -> ctx.report(MedicationRules.ADJUNCT_SEDATING_WITH_AGONIST.finding(path,
                        "Sedating " + name + " from " + order.start() + " overlaps an opioid agonist from " + day
                                + ": manage carefully and document a plan; do not withhold MOUD for it",
                        MedicationRules.ADJUNCT_SEDATING_WITH_AGONIST.sources())));
            }
        }
    }

    private static void checkLimit(AdjunctOrder order, String name, String path, ResolvedThreshold<AdjunctLimit> limit,
            RuleContext ctx) {
        AdjunctLimit l = limit.value();
        if (order.dailyTotal().isGreaterThan(l.maxDaily())) {
            ctx.report(MedicationRules.ADJUNCT_ABOVE_LIMIT.finding(path + ".dosesPerDay",
                    name + " " + order.dose() + " up to " + order.dosesPerDay() + " times a day allows "
                            + order.dailyTotal() + " a day, above the " + l.maxDaily() + " daily limit (layer "
                            + limit.layer() + ")",
                    List.of(limit.citation())));
        }
        l.singleDoseLimit().filter(max -> order.dose().isGreaterThan(max)).ifPresent(max ->
                ctx.report(MedicationRules.ADJUNCT_ABOVE_LIMIT.finding(path + ".dose",
                        name + " dose of " + order.dose() + " is above the " + max + " single-dose limit (layer "
                                + limit.layer() + ")",
                        List.of(limit.citation()))));
        if (l.maxDays() > 0 && order.days() > l.maxDays()) {
            ctx.report(MedicationRules.ADJUNCT_COURSE_TOO_LONG.finding(path + ".days",
                    name + " ordered for " + TakeHomeTier.days(order.days()) + " from " + order.start()
                            + ", longer than the " + TakeHomeTier.days(l.maxDays()) + " course limit (layer "
                            + limit.layer() + ")",
                    List.of(limit.citation())));
        }
    }

    private static Optional<LocalDate> firstOverlap(MedicationRecord record, AdjunctOrder order, OudMedication agonist,
            RuleContext ctx) {
        for (LocalDate d = order.start(); order.isActiveOn(d); d = d.plusDays(1)) {
            if (!record.activeRegimens(agonist, d).isEmpty()) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
