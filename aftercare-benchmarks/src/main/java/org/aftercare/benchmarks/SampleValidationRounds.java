package org.aftercare.benchmarks;

import java.util.List;
import java.util.function.IntSupplier;
import org.aftercare.EvaluationContext;
import org.aftercare.care.AftercarePlan;
import org.aftercare.care.PlanValidation;
import org.aftercare.evaluation.EvaluationRequest;
import org.aftercare.examples.Sample;
import org.aftercare.examples.SamplePlans;

/**
 * One round of benchmark 1 for {@link JarComparison}: validates the three sample plans a thousand times, through the
 * public API only, so the class runs against any build of aftercare it is loaded with.
 *
 * @since 0.1.0
 */
public final class SampleValidationRounds implements IntSupplier {
    /** Validations of the three plans per round. */
    public static final int REPEATS = 1000;
    private final List<AftercarePlan> plans;
    private final List<EvaluationContext> contexts;

    /** Builds the sample plans. */
    public SampleValidationRounds() {
        List<EvaluationRequest> requests = SamplePlans.all().stream().map(Sample::request).toList();
        plans = requests.stream().map(r -> r.plan().orElseThrow()).toList();
        contexts = requests.stream().map(EvaluationRequest::context).toList();
    }

    /**
     * Validates the three plans {@value #REPEATS} times.
     *
     * @return the number of findings made, so the work cannot be optimized away
     */
    @Override
    public int getAsInt() {
        int findings = 0;
        for (int i = 0; i < REPEATS; i++) {
            for (int p = 0; p < plans.size(); p++) {
                findings += PlanValidation.validate(plans.get(p), contexts.get(p)).findings().size();
            }
        }
        return findings;
    }
}
