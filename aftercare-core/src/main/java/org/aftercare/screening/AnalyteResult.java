package org.aftercare.screening;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.aftercare.InvalidValueException;

/**
 * The result for one analyte, such as {@code norbuprenorphine POSITIVE 48 ng/mL}.
 *
 * <p>Invariants: a concentration, when present, is not negative; a {@code NEGATIVE} or
 * {@code INVALID} result carries no positive concentration claim beyond what the lab reported
 * (zero is allowed).
 *
 * @param analyte  the analyte, not null
 * @param outcome  the qualitative result, not null
 * @param nanogramsPerMillilitre  the quantitative value in ng/mL, or null when not measured
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public record AnalyteResult(Analyte analyte, Outcome outcome, BigDecimal nanogramsPerMillilitre) {

    /** Validates the fields. */
    public AnalyteResult {
        Objects.requireNonNull(analyte, "analyte");
        Objects.requireNonNull(outcome, "outcome");
        if (nanogramsPerMillilitre != null && nanogramsPerMillilitre.signum() < 0) {
            throw new InvalidValueException("result." + analyte.code() + ".nanogramsPerMillilitre", "not be negative",
                    nanogramsPerMillilitre.toPlainString());
        }
    }

    /**
     * Obtains a qualitative result.
     *
     * @param analyte  the analyte, not null
     * @param outcome  the outcome, not null
     * @return the result, not null
     */
    public static AnalyteResult of(Analyte analyte, Outcome outcome) {
        return new AnalyteResult(analyte, outcome, null);
    }

    /**
     * Obtains a quantitative result.
     *
     * @param analyte  the analyte, not null
     * @param outcome  the outcome, not null
     * @param nanogramsPerMillilitre  the concentration in ng/mL, not negative
     * @return the result, not null
     */
    public static AnalyteResult of(Analyte analyte, Outcome outcome, BigDecimal nanogramsPerMillilitre) {
        return new AnalyteResult(analyte, outcome, Objects.requireNonNull(nanogramsPerMillilitre, "nanogramsPerMillilitre"));
    }

    /**
     * Returns the concentration, if measured.
     *
     * @return the concentration in ng/mL
     */
    public Optional<BigDecimal> concentration() {
        return Optional.ofNullable(nanogramsPerMillilitre);
    }

    /**
     * Checks if the result is positive.
     *
     * @return true if positive
     */
    public boolean isPositive() {
        return outcome == Outcome.POSITIVE;
    }
}
