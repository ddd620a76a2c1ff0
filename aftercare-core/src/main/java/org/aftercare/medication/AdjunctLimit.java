package org.aftercare.medication;

import java.util.Objects;
import java.util.Optional;
import org.aftercare.internal.Checks;

/**
 * The limits on one adjunct, such as lofexidine's label:
 * {@code at most 0.72 mg per dose, 2.88 mg a day, for up to 14 days}.
 *
 * @param maxDaily  the largest daily total, not null
 * @param maxSingle  the largest single dose, or null when the source sets none
 * @param maxDays  the longest course in days, or 0 when the source sets none
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public record AdjunctLimit(Dose maxDaily, Dose maxSingle, int maxDays) {

    /** Validates the fields. */
    public AdjunctLimit {
        Objects.requireNonNull(maxDaily, "adjunctLimit.maxDaily");
        Checks.nonNegative(maxDays, "adjunctLimit.maxDays");
    }

    /**
     * Returns the largest single dose, if set.
     *
     * @return the dose
     */
    public Optional<Dose> singleDoseLimit() {
        return Optional.ofNullable(maxSingle);
    }
}
