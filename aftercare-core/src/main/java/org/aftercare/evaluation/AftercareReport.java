package org.aftercare.evaluation;

import java.util.Objects;
import java.util.Optional;
import org.aftercare.Evaluation;
import org.aftercare.incentive.IncentiveReport;

/**
 * The answer to an {@link EvaluationRequest}, such as the findings of a plan, the thresholds
 * applied, and the ledger of its incentive programme.
 *
 * @param evaluation  the findings and applied thresholds of every domain, not null
 * @param incentive  the incentive ledger and schedule maximum, or null when the request had no programme
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public record AftercareReport(Evaluation evaluation, IncentiveReport incentive) {

    /** Validates the fields. */
    public AftercareReport {
        Objects.requireNonNull(evaluation, "evaluation");
    }

    /** Returns the incentive ledger and maximum, if the request had a programme. @return the incentive report */
    public Optional<IncentiveReport> incentiveReport() {
        return Optional.ofNullable(incentive);
    }
}
