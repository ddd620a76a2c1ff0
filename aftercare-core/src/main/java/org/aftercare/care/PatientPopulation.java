package org.aftercare.care;

import java.util.Optional;
import java.util.OptionalInt;
import org.aftercare.PatientContext;
import org.aftercare.ResolvedThreshold;
import org.aftercare.RuleContext;
import org.aftercare.Severity;

/** Chooses adult or adolescent bounds from the patient's age and the policy's adult age. */
final class PatientPopulation {
    private PatientPopulation() {
    }

    private static final Optional<Population> ADULT = Optional.of(Population.ADULT);
    private static final Optional<Population> ADOLESCENT = Optional.of(Population.ADOLESCENT);

    /** Returns the population, or empty when the age is unknown or no adult age is in force (reported). */
    static Optional<Population> of(PatientContext patient, RuleContext ctx) {
        OptionalInt age = patient.ageYears();
        if (age.isEmpty()) {
            return Optional.empty();
        }
        // the two answers are shared instances: no lambda or Optional made per plan
        Optional<ResolvedThreshold<Integer>> adultAge = ctx.require(CarePolicyKeys.ADULT_AGE, "plan.patient.ageYears",
                Severity.WARNING);
        if (adultAge.isEmpty()) {
            return Optional.empty();
        }
        return age.getAsInt() >= adultAge.get().value() ? ADULT : ADOLESCENT;
    }
}
