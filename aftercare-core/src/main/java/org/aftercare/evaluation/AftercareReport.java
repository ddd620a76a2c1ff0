package org.aftercare.evaluation;

import java.util.Objects;
import org.aftercare.Evaluation;

/**
 * The answer to an {@link EvaluationRequest}, such as four findings and the eleven thresholds
 * applied to a step-down plan.
 *
 * @param evaluation  the findings and applied thresholds, not null
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public record AftercareReport(Evaluation evaluation) {

    /** Validates the fields. */
    public AftercareReport {
        Objects.requireNonNull(evaluation, "evaluation");
    }
}
