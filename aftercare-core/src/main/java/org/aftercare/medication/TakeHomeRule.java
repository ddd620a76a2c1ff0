package org.aftercare.medication;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.aftercare.Citation;
import org.aftercare.OudMedication;
import org.aftercare.ResolvedThreshold;
import org.aftercare.RuleContext;
import org.aftercare.Severity;

/**
 * Checks take-home supplies, requested and dispensed, such as a 14-day request on treatment day 14: the ladder
 * of every layer in force on the first day (strictest wins, and the finding names the winner), and the
 * documented criteria assessment for anything beyond closure-day doses.
 */
final class TakeHomeRule {
    private TakeHomeRule() {
    }

    static void check(MedicationRecord record, RuleContext ctx) {
        List<TakeHomeSupply> dispensed = TakeHomeSupply.dispensed(record, ctx.zone());
        List<TakeHomeSupply> all = new ArrayList<>(dispensed);
        all.addAll(TakeHomeSupply.requested(record));
        for (TakeHomeSupply supply : all) {
            if (supply.medication() == OudMedication.NALTREXONE) {
                continue;
            }
            List<Regimen> regimens = record.activeRegimens(supply.medication(), supply.firstDay());
            if (regimens.isEmpty()) {
                ctx.report(MedicationRules.TAKE_HOME_NO_ACTIVE_REGIMEN.finding(supply.path(),
                        "Take-home supply of " + supply.supplyDays() + " days from " + supply.firstDay()
                                + " has no active " + name(supply.medication()) + " regimen on that day",
                        MedicationRules.TAKE_HOME_NO_ACTIVE_REGIMEN.sources()));
                continue;
            }
            if (supply.medication() == OudMedication.BUPRENORPHINE) {
                Optional<ResolvedThreshold<Boolean>> applies = ctx.require(
                        MedicationPolicyKeys.TAKE_HOME_LADDER_APPLIES_TO_BUPRENORPHINE, supply.firstDay(), supply.path(),
                        Severity.ERROR);
                if (applies.isEmpty()) {
                    continue;
                }
                if (!applies.get().value()) {
                    ctx.report(MedicationRules.TAKE_HOME_LADDER_NOT_APPLICABLE.finding(supply.path(),
                            "The time-in-treatment ladder does not limit buprenorphine take-homes on " + supply.firstDay()
                                    + " (layer " + applies.get().layer() + "); " + supply.supplyDays()
                                    + " days requested, limited only by clinical judgment",
                            List.of(applies.get().citation())));
                    continue;
                }
            }
            checkCriteria(record, supply, ctx);
            if (supply.medication() == OudMedication.METHADONE) {
                checkRestart(record, supply, ctx);
            }
            checkLadder(regimens.get(0), supply, dispensed, ctx);
        }
    }

    private static void checkLadder(Regimen regimen, TakeHomeSupply supply, List<TakeHomeSupply> dispensed,
            RuleContext ctx) {
        List<TakeHomeSupply> earlier = dispensed.stream().filter(s -> s.isBefore(supply)).toList();
        TakeHomeAllowance allowance = TakeHomeAllowance.compute(regimen, supply.firstDay(), supply.closureDays(),
                earlier, ctx);
        if (allowance.isEmpty()) {
            ctx.require(MedicationPolicyKeys.TAKE_HOME_LADDER, supply.firstDay(), supply.path(), Severity.ERROR);
            return;
        }
        TakeHomeAllowance.LayerAllowance winner = allowance.strictest();
        if (supply.supplyDays() <= winner.allowedSupplyDays()) {
            return;
        }
        String layers = allowance.layers().stream().map(TakeHomeAllowance.LayerAllowance::describe)
                .collect(Collectors.joining("; "));
        List<Citation> citations = new ArrayList<>();
        citations.add(winner.ladder().citation());
        allowance.layers().stream().map(l -> l.ladder().citation()).filter(c -> !citations.contains(c))
                .forEach(citations::add);
        ctx.report(MedicationRules.TAKE_HOME_ABOVE_LADDER.finding(supply.path(),
                "Take-home supply of " + TakeHomeTier.days(supply.supplyDays()) + " (" + supply.closureDays() + " closure) of "
                        + name(supply.medication()) + " from " + supply.firstDay() + ", treatment day "
                        + allowance.treatmentDay() + ", exceeds the " + TakeHomeTier.days(winner.allowedSupplyDays())
                        + " allowed; strictest wins among: " + layers + "; winner: " + winner.ladder().layer(),
                citations));
    }

    private static void checkRestart(MedicationRecord record, TakeHomeSupply supply, RuleContext ctx) {
        Optional<ResolvedThreshold<MissedDoseProtocol>> protocol = ctx.require(
                MedicationPolicyKeys.METHADONE_MISSED_DOSE_PROTOCOL, supply.firstDay(), supply.path(), Severity.ERROR);
        if (protocol.isEmpty()) {
            return;
        }
        MethadoneRestartRule.unresolvedBefore(record, supply.firstDay(), protocol.get().value().firstActionDays(), ctx)
                .ifPresent(run -> ctx.report(MedicationRules.TAKE_HOME_SUSPENDED_AFTER_MISSED_DOSES.finding(supply.path(),
                        "Take-home supply from " + supply.firstDay() + " follows " + run.days()
                                + " consecutive missed methadone days (" + run.start() + " to " + run.end()
                                + ") with no supervised dose since; the protocol acts from "
                                + protocol.get().value().firstActionDays() + " missed days (layer "
                                + protocol.get().layer() + "): take-homes are suspended until a supervised restart",
                        MedicationSources.appliedFirst(protocol.get().citation(),
                                MedicationRules.TAKE_HOME_SUSPENDED_AFTER_MISSED_DOSES.sources()))));
    }

    private static void checkCriteria(MedicationRecord record, TakeHomeSupply supply, RuleContext ctx) {
        if (supply.supplyDays() == supply.closureDays()) {
            return;
        }
        Optional<ResolvedThreshold<Integer>> required = ctx.require(MedicationPolicyKeys.TAKE_HOME_CRITERIA_COUNT,
                supply.firstDay(), supply.path(), Severity.ERROR);
        if (required.isEmpty()) {
            return;
        }
        List<TakeHomeCriteriaAssessment> assessments = record.takeHomeCriteriaAssessments();
        // the latest assessment on or before the first day; of several on that date, the last listed
        int latest = -1;
        for (int i = 0; i < assessments.size(); i++) {
            LocalDate on = assessments.get(i).assessedOn();
            if (!on.isAfter(supply.firstDay()) && (latest < 0 || !on.isBefore(assessments.get(latest).assessedOn()))) {
                latest = i;
            }
        }
        if (latest < 0) {
            ctx.report(MedicationRules.TAKE_HOME_CRITERIA_NOT_DOCUMENTED.finding("medication.takeHomeCriteriaAssessments",
                    "No take-home criteria assessment is documented on or before " + supply.firstDay() + " for the "
                            + supply.supplyDays() + "-day supply at " + supply.path() + "; " + required.get().value()
                            + " criteria must be documented (layer " + required.get().layer() + ")",
                    MedicationSources.appliedFirst(required.get().citation(),
                            MedicationRules.TAKE_HOME_CRITERIA_NOT_DOCUMENTED.sources())));
            return;
        }
        TakeHomeCriteriaAssessment a = assessments.get(latest);
        if (a.criteriaDocumented() < required.get().value()) {
            List<Citation> citations = MedicationSources.appliedFirst(required.get().citation(),
                    MedicationRules.TAKE_HOME_CRITERIA_NOT_DOCUMENTED.sources());
            ctx.report(MedicationRules.TAKE_HOME_CRITERIA_NOT_DOCUMENTED.finding(
                    "medication.takeHomeCriteriaAssessments[" + latest + "].criteriaDocumented",
                    "The take-home criteria assessment of " + a.assessedOn() + " documents " + a.criteriaDocumented()
                            + " of the " + required.get().value() + " required criteria (layer " + required.get().layer()
                            + ") for the " + supply.supplyDays() + "-day supply at " + supply.path(),
                    citations));
        }
    }

    static String name(OudMedication medication) {
        return medication.name().toLowerCase(Locale.ROOT);
    }
}
