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
    // Every rule, in the order they run. Called one by one below rather than through a list: each call site then
    // has one receiver type, so the compiler can inline the rule (through a list, every rule passes one call site
    // and each call is an interface dispatch).
    private static final AgeRule AGE = new AgeRule();
    private static final SettingRule SETTING = new SettingRule();
    private static final IntensityRule INTENSITY = new IntensityRule();
    private static final ModalityPopulationRule MODALITY_POPULATION = new ModalityPopulationRule();
    private static final ModalityDoseRule MODALITY_DOSE = new ModalityDoseRule();
    private static final RelapsePreventionRule RELAPSE_PREVENTION = new RelapsePreventionRule();
    private static final MoudRule MOUD = new MoudRule();
    private static final CoOccurringRule CO_OCCURRING = new CoOccurringRule();
    private static final WrapAroundRule WRAP_AROUND = new WrapAroundRule();
    private static final ContinuingCareDurationRule CONTINUING_CARE = new ContinuingCareDurationRule();
    private static final ResidentialStayRule RESIDENTIAL_STAY = new ResidentialStayRule();
    private static final AttendanceRule ATTENDANCE = new AttendanceRule();
    private static final RelapseRule RELAPSE = new RelapseRule();

    /** Every rule, in the order {@link #check} runs them (for tests that look at the rules one by one). */
    static final List<PlanRule> RULES = List.of(AGE, SETTING, INTENSITY, MODALITY_POPULATION, MODALITY_DOSE,
            RELAPSE_PREVENTION, MOUD, CO_OCCURRING, WRAP_AROUND, CONTINUING_CARE, RESIDENTIAL_STAY, ATTENDANCE, RELAPSE);

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
        AGE.check(plan, ctx);
        SETTING.check(plan, ctx);
        ScheduleDays scheduleDays = ScheduleDays.of(plan); // three rules count sessions by day numbers
        INTENSITY.check(plan, scheduleDays, ctx);
        MODALITY_POPULATION.check(plan, ctx);
        MODALITY_DOSE.check(plan, scheduleDays, ctx);
        RELAPSE_PREVENTION.check(plan, ctx);
        MOUD.check(plan, ctx);
        CO_OCCURRING.check(plan, ctx);
        WRAP_AROUND.check(plan, ctx);
        CONTINUING_CARE.check(plan, ctx);
        RESIDENTIAL_STAY.check(plan, ctx);
        ATTENDANCE.check(plan, scheduleDays, ctx);
        RELAPSE.check(plan, ctx);
    }
}
