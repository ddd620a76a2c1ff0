package org.aftercare.care;

import java.time.Duration;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
        check(plan, ScheduleDays.of(plan), ctx);
    }

    /** {@link #check(AftercarePlan, RuleContext)} with the plan's schedule days converted already. */
    void check(AftercarePlan plan, ScheduleDays scheduleDays, RuleContext ctx) {
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
        TreatmentWeeks weeks = TreatmentWeeks.of(plan, scheduleDays);
        int count = weeks.count();
        if (count == 0) {
            ctx.report(CareRules.INTENSITY_NOT_ASSESSABLE.finding("plan.placement",
                    () -> "Placement " + plan.placement().start() + " to " + plan.placement().end()
                            + " has no full treatment week, so weekly hours of " + level.label() + " could not be judged",
                    List.of(bounds.get().citation())));
            return;
        }
        HourBounds value = bounds.get().value();
        HourBoundsInNanos judge = new HourBoundsInNanos(value);
        // runs of consecutive weeks outside the bounds in the same direction, reported in week order
        int runStart = -1;
        Judgement runJudgement = Judgement.WITHIN;
        for (int w = 0; w <= count; w++) {
            Judgement j = w == count ? Judgement.WITHIN : judge(weeks, w, judge);
            if (j == runJudgement) {
                continue;
            }
            if (runJudgement != Judgement.WITHIN) {
                report(plan, weeks, runStart, w - 1, runJudgement, value, population.get(), bounds.get(), ctx);
            }
            runStart = w;
            runJudgement = j;
        }
    }

    /** Reports the run of weeks {@code first} to {@code last} (indexes from 0, inclusive). */
    private static void report(AftercarePlan plan, TreatmentWeeks weeks, int first, int last, Judgement j,
            HourBounds value, Population population, ResolvedThreshold<HourBounds> bounds, RuleContext ctx) {
        AsamLevel level = plan.placement().level();
        if (j == Judgement.ABOVE) {
            ctx.report(CareRules.INTENSITY_ABOVE_MAXIMUM.finding("plan.services",
                    () -> describe(weeks, first, last) + " scheduled, above the maximum of " + level.label() + " for "
                            + plural(population) + " (" + value + ")",
                    List.of(bounds.citation())));
            return;
        }
        if (last == weeks.count() - 1 && first > 0) {
            Optional<ResolvedThreshold<Period>> taper = ctx.threshold(CarePolicyKeys.STEP_DOWN_TAPER);
            // a taper: the allowance, counted from the run's first day, reaches at least the day after its last
            if (taper.isPresent()
                    && PeriodEnd.compareFromDay(weeks.startDay(first), taper.get().value(), weeks.endDay(last) + 1) >= 0) {
                Period allowance = taper.get().value();
                ctx.report(CareRules.INTENSITY_STEP_DOWN_TAPER.finding("plan.services",
                        () -> describe(weeks, first, last) + " scheduled, below the minimum of " + level.label() + " for "
                                + plural(population) + " (" + value + ") as a step-down taper within the allowance of "
                                + allowance,
                        List.of(taper.get().citation(), bounds.citation())));
                return;
            }
        }
        ctx.report(CareRules.INTENSITY_BELOW_MINIMUM.finding("plan.services",
                () -> describe(weeks, first, last) + " scheduled, below the minimum of " + level.label() + " for "
                        + plural(population) + " (" + value + ")",
                List.of(bounds.citation())));
    }

    /** Who the bounds are for, as a message names them ("adults"): written only when a message is read. */
    private static String plural(Population population) {
        return population.name().toLowerCase(Locale.ROOT) + "s";
    }

    private static Judgement judge(TreatmentWeeks weeks, int index, HourBoundsInNanos bounds) {
        long seconds = weeks.seconds(index);
        int nanos = weeks.nanos(index);
        if (bounds.isBelow(seconds, nanos)) {
            return Judgement.BELOW;
        }
        return bounds.isAbove(seconds, nanos) ? Judgement.ABOVE : Judgement.WITHIN;
    }

    private static String describe(TreatmentWeeks weeks, int first, int last) {
        String numbers = first == last ? "Week " + (first + 1) : "Weeks " + (first + 1) + "-" + (last + 1);
        Duration min = weeks.clinicalTime(first);
        Duration max = min;
        for (int w = first + 1; w <= last; w++) {
            Duration t = weeks.clinicalTime(w);
            min = t.compareTo(min) < 0 ? t : min;
            max = t.compareTo(max) > 0 ? t : max;
        }
        String hours = min.equals(max) ? Hours.text(min) : Hours.text(min) + " to " + Hours.text(max);
        return numbers + " (" + weeks.start(first) + " to " + weeks.end(last) + "): " + hours
                + " h/week of clinical sessions";
    }
}
