package org.aftercare.medication;

import java.time.LocalDate;
import java.util.Objects;
import org.aftercare.internal.Checks;

/**
 * A documented assessment of the take-home criteria, such as
 * {@code 6 criteria documented on 2026-03-01} (the six of 42 CFR 8.12(i)(2) as amended in 2024).
 *
 * @param assessedOn  the date of the assessment, not null
 * @param criteriaDocumented  how many of the criteria were documented as weighed, not negative
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public record TakeHomeCriteriaAssessment(LocalDate assessedOn, int criteriaDocumented) {

    /** Validates the fields. */
    public TakeHomeCriteriaAssessment {
        Objects.requireNonNull(assessedOn, "takeHomeCriteria.assessedOn");
        Checks.nonNegative(criteriaDocumented, "takeHomeCriteria.criteriaDocumented");
    }
}
