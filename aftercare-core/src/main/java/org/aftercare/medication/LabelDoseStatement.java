package org.aftercare.medication;

import java.util.Objects;
import org.aftercare.internal.Checks;

/**
 * What a label edition says about daily doses above a figure, such as the pre-2025 buprenorphine reading
 * {@code above 24 mg: not shown to add clinical benefit} or the FDA 2024-12 notice
 * {@code above 24 mg: not studied in randomized trials; may suit some patients; no label maximum}.
 *
 * @param dose  the daily dose the statement is about, not null
 * @param statement  the statement, not blank
 * @param discouragesHigher  true if the statement reads as discouraging higher doses (a clinician should look), false
 *         if it only informs
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public record LabelDoseStatement(Dose dose, String statement, boolean discouragesHigher) {

    /** Validates the fields. */
    public LabelDoseStatement {
        Objects.requireNonNull(dose, "labelDoseStatement.dose");
        Checks.nonBlank(statement, "labelDoseStatement.statement");
    }
}
