package org.aftercare.evaluation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.aftercare.Evaluation;
import org.aftercare.incentive.IncentiveReport;
import org.aftercare.medication.MedicationForecast;

/**
 * The answer to an {@link EvaluationRequest}, such as the findings of a plan, the thresholds
 * applied, the medication forecasts ("earliest buprenorphine start 09:00") and the ledger of its
 * incentive programme.
 *
 * @param evaluation  the findings and applied thresholds of every domain, not null
 * @param forecasts  what is next for the medication record (earliest inductions, take-home steps,
 *     injection windows), computed from the same thresholds as the checks; empty without a record
 * @param incentive  the incentive ledger and schedule maximum, or null when the request had no programme
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public record AftercareReport(Evaluation evaluation, List<MedicationForecast> forecasts, IncentiveReport incentive) {

    /** Validates the fields. */
    public AftercareReport {
        Objects.requireNonNull(evaluation, "evaluation");
        forecasts = List.copyOf(Objects.requireNonNull(forecasts, "forecasts"));
    }

    /**
     * Returns the incentive ledger and maximum, if the request had a programme.
     *
     * @return the incentive report
     */
    public Optional<IncentiveReport> incentiveReport() {
        return Optional.ofNullable(incentive);
    }
}
