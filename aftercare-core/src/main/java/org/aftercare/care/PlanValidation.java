package org.aftercare.care;

import java.util.List;
import java.util.Objects;
import org.aftercare.Evaluation;
import org.aftercare.EvaluationContext;
import org.aftercare.RuleContext;

/**
 * Validates an aftercare plan as a whole, such as a step-down from 3.5 to 2.1 with too few IOP
 * hours and no relapse-prevention component.
 *
 * <p>Every rule runs; the result holds every finding in report order and every threshold applied.
 *
 * <pre>{@code
 * Policy policy = Policy.of("care", List.of(CarePolicies.evidenceDefaults()));
 * Evaluation result = PlanValidation.validate(plan, EvaluationContext.of(asOf, zone, policy));
 * result.findings().forEach(System.out::println);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class PlanValidation {
    private static final List<PlanRule> RULES = List.of(
            new AgeRule(),
            new SettingRule(),
            new IntensityRule(),
            new ModalityPopulationRule(),
            new ModalityDoseRule(),
            new RelapsePreventionRule(),
            new MoudRule(),
            new CoOccurringRule(),
            new WrapAroundRule(),
            new ContinuingCareDurationRule(),
            new ResidentialStayRule(),
            new AttendanceRule(),
            new RelapseRule());

    private PlanValidation() {
    }

    /**
     * Validates a plan in a context of its own.
     *
     * @param plan  the plan, not null
     * @param context  the as-of instant, clinic zone and policy, not null
     * @return the evaluation, not null
     */
    public static Evaluation validate(AftercarePlan plan, EvaluationContext context) {
        RuleContext ctx = RuleContext.of(context);
        check(plan, ctx);
        return ctx.toEvaluation();
    }

    /**
     * Runs every plan rule, reporting into a shared rule context (used when the plan is evaluated
     * together with medication and incentive records).
     *
     * @param plan  the plan, not null
     * @param ctx  the rule context, not null
     */
    public static void check(AftercarePlan plan, RuleContext ctx) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(ctx, "ctx");
        for (PlanRule rule : RULES) {
            rule.check(plan, ctx);
        }
    }
}
