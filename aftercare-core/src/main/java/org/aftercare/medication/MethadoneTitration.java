package org.aftercare.medication;

import java.util.Objects;
import org.aftercare.internal.Checks;

/**
 * How fast a methadone dose may rise after the first day, such as ASAM 2020:
 * {@code at most +10 mg, no more often than every 7 days}.
 *
 * @param maxIncrease  the largest single increase of the daily dose, not null
 * @param minDaysBetweenIncreases  the fewest days from one increase (or the first day) to the next, positive
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public record MethadoneTitration(Dose maxIncrease, int minDaysBetweenIncreases) {

    /** Validates the fields. */
    public MethadoneTitration {
        Objects.requireNonNull(maxIncrease, "methadoneTitration.maxIncrease");
        Checks.positive(minDaysBetweenIncreases, "methadoneTitration.minDaysBetweenIncreases");
    }

    @Override
    public String toString() {
        return "at most +" + maxIncrease + " every " + TakeHomeTier.days(minDaysBetweenIncreases);
    }
}
