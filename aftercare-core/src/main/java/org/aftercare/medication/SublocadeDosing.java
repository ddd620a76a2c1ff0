package org.aftercare.medication;

import java.util.Objects;
import org.aftercare.InvalidValueException;
import org.aftercare.internal.Checks;

/**
 * The Sublocade dose sequence of a label edition, such as {@code 300 mg for the first 2 injections, then 100 mg
 * (up to 300 mg if 100 mg is tolerated but not enough)}.
 *
 * @param initialDose  the dose of the first injections, not null
 * @param initialCount  how many injections get the initial dose, positive
 * @param maintenanceDose  the usual dose after them, not null
 * @param maintenanceMaximum  the largest dose after them, not less than the maintenance dose
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public record SublocadeDosing(Dose initialDose, int initialCount, Dose maintenanceDose, Dose maintenanceMaximum) {

    /** Validates the fields. */
    public SublocadeDosing {
        Objects.requireNonNull(initialDose, "sublocadeDosing.initialDose");
        Checks.positive(initialCount, "sublocadeDosing.initialCount");
        Objects.requireNonNull(maintenanceDose, "sublocadeDosing.maintenanceDose");
        Objects.requireNonNull(maintenanceMaximum, "sublocadeDosing.maintenanceMaximum");
        if (maintenanceMaximum.compareTo(maintenanceDose) < 0) {
            throw new InvalidValueException("sublocadeDosing.maintenanceMaximum",
                    "not be less than the maintenance dose " + maintenanceDose, maintenanceMaximum);
        }
    }

    @Override
    public String toString() {
        return initialDose + " for the first " + initialCount + " injections, then " + maintenanceDose + " (up to "
                + maintenanceMaximum + ")";
    }
}
