package org.aftercare.care;

import java.time.Duration;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.aftercare.Citation;
import org.aftercare.PolicyKey;
import org.aftercare.ResolvedThreshold;
import org.aftercare.RuleContext;
import org.aftercare.Severity;

/**
 * Weekly scheduled clinical hours against the level's bounds, week by week, with the step-down
 * taper allowance for the last weeks of a placement.
 */
final class IntensityRule implements PlanRule {
    private enum Judgement { BELOW, WITHIN, ABOVE }

    @Override
    public void check(AftercarePlan plan, RuleContext ctx) {
        AsamLevel level = plan.placement().level();
        if (!CarePolicyKeys.hasHourBounds(level)) {
            return;
        }
        Optional<Population> population = PatientPopulation.of(plan.patient(), ctx);
        if (population.isEmpty()) {
            return;
        }
        PolicyKey<HourBounds> key = CarePolicyKeys.weeklyHours(level, population.get()).orElseThrow();
        Optional<ResolvedThreshold<HourBounds>> bounds = ctx.require(key, "plan.placement.level", Severity.INFO);
        if (bounds.isEmpty()) {
            return;
        }
        List<TreatmentWeek> weeks = TreatmentWeek.of(plan);
        if (weeks.isEmpty()) {
            ctx.report(CareRules.INTENSITY_NOT_ASSESSABLE.finding("plan.placement",
                    "Placement " + plan.placement().start() + " to " + plan.placement().end()
                            + " has no full treatment week, so weekly hours of " + level.label() + " could not be judged",
                    List.of(bounds.get().citation())));
            return;
        }
        String who = population.get().name().toLowerCase(Locale.ROOT) + "s";
        for (List<TreatmentWeek> run : runs(weeks, bounds.get().value())) {
            Judgement j = judge(run.get(0), bounds.get().value());
            boolean last = run.get(run.size() - 1).number() == weeks.size();
            if (j == Judgement.ABOVE) {
                ctx.report(CareRules.INTENSITY_ABOVE_MAXIMUM.finding("plan.services",
                        describe(run) + " scheduled, above the maximum of " + level.label() + " for " + who + " ("
                                + bounds.get().value() + ")",
                        List.of(bounds.get().citation())));
            } else if (last && run.get(0).number() > 1 && withinTaper(run, ctx)) {
                Citation taper = ctx.threshold(CarePolicyKeys.STEP_DOWN_TAPER).orElseThrow().citation();
                ctx.report(CareRules.INTENSITY_STEP_DOWN_TAPER.finding("plan.services",
                        describe(run) + " scheduled, below the minimum of " + level.label() + " for " + who + " ("
                                + bounds.get().value() + ") as a step-down taper within the allowance of "
                                + ctx.threshold(CarePolicyKeys.STEP_DOWN_TAPER).orElseThrow().value(),
                        List.of(taper, bounds.get().citation())));
            } else {
                ctx.report(CareRules.INTENSITY_BELOW_MINIMUM.finding("plan.services",
                        describe(run) + " scheduled, below the minimum of " + level.label() + " for " + who + " ("
                                + bounds.get().value() + ")",
                        List.of(bounds.get().citation())));
            }
        }
    }

    private static boolean withinTaper(List<TreatmentWeek> run, RuleContext ctx) {
        Optional<ResolvedThreshold<Period>> taper = ctx.threshold(CarePolicyKeys.STEP_DOWN_TAPER);
        if (taper.isEmpty()) {
            return false;
        }
        TreatmentWeek first = run.get(0);
        TreatmentWeek lastWeek = run.get(run.size() - 1);
        return !first.start().plus(taper.get().value()).isBefore(lastWeek.end().plusDays(1));
    }

    /** Groups consecutive weeks outside the bounds in the same direction. */
    private static List<List<TreatmentWeek>> runs(List<TreatmentWeek> weeks, HourBounds bounds) {
        List<List<TreatmentWeek>> runs = new ArrayList<>();
        List<TreatmentWeek> current = new ArrayList<>();
        Judgement currentJudgement = Judgement.WITHIN;
        for (TreatmentWeek w : weeks) {
            Judgement j = judge(w, bounds);
            if (j != currentJudgement && !current.isEmpty()) {
                runs.add(current);
                current = new ArrayList<>();
            }
            currentJudgement = j;
            if (j != Judgement.WITHIN) {
                current.add(w);
            }
        }
        if (!current.isEmpty()) {
            runs.add(current);
        }
        return runs;
    }

    private static Judgement judge(TreatmentWeek week, HourBounds bounds) {
        if (bounds.isBelow(week.clinicalTime())) {
            return Judgement.BELOW;
        }
        return bounds.isAbove(week.clinicalTime()) ? Judgement.ABOVE : Judgement.WITHIN;
    }

    private static String describe(List<TreatmentWeek> run) {
        TreatmentWeek first = run.get(0);
        TreatmentWeek last = run.get(run.size() - 1);
        String weeks = run.size() == 1 ? "Week " + first.number() : "Weeks " + first.number() + "-" + last.number();
        Duration min = run.stream().map(TreatmentWeek::clinicalTime).min(Comparator.naturalOrder()).orElseThrow();
        Duration max = run.stream().map(TreatmentWeek::clinicalTime).max(Comparator.naturalOrder()).orElseThrow();
        String hours = min.equals(max) ? Hours.text(min) : Hours.text(min) + " to " + Hours.text(max);
        return weeks + " (" + first.start() + " to " + last.end() + "): " + hours + " h/week of clinical sessions";
    }
}
