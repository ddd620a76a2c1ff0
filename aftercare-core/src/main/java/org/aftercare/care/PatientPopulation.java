package org.aftercare.care;

import java.util.Optional;
import java.util.OptionalInt;
import org.aftercare.PatientContext;
import org.aftercare.RuleContext;
import org.aftercare.Severity;

/** Chooses adult or adolescent bounds from the patient's age and the policy's adult age. */
final class PatientPopulation {
    private PatientPopulation() {
    }

    /** Returns the population, or empty when the age is unknown or no adult age is in force (reported). */
    static Optional<Population> of(PatientContext patient, RuleContext ctx) {
        OptionalInt age = patient.ageYears();
        if (age.isEmpty()) {
            return Optional.empty();
        }
        return ctx.require(CarePolicyKeys.ADULT_AGE, "plan.patient.ageYears", Severity.WARNING)
                .map(adultAge -> age.getAsInt() >= adultAge.value() ? Population.ADULT : Population.ADOLESCENT);
    }
}
