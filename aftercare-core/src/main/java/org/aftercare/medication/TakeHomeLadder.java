package org.aftercare.medication;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.aftercare.InvalidValueException;
import org.aftercare.internal.Checks;

/**
 * A take-home ladder: the most take-home days allowed by time in treatment, such as the 2024 federal
 * ladder {@code day 1+: 7, day 15+: 14, day 31+: 28 days beyond closure days}.
 *
 * <p>Invariants: the first tier starts on treatment day 1 and tiers start on strictly ascending days, so
 * every treatment day has exactly one tier.
 *
 * @param tiers  the tiers, ascending, first from day 1, not empty
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public record TakeHomeLadder(List<TakeHomeTier> tiers) {

    /** Validates the fields; see the class description. */
    public TakeHomeLadder {
        tiers = List.copyOf(Objects.requireNonNull(tiers, "takeHomeLadder.tiers"));
        if (tiers.isEmpty() || tiers.get(0).fromTreatmentDay() != 1) {
            throw new InvalidValueException("takeHomeLadder.tiers", "start with a tier from treatment day 1", tiers);
        }
        for (int i = 1; i < tiers.size(); i++) {
            if (tiers.get(i).fromTreatmentDay() <= tiers.get(i - 1).fromTreatmentDay()) {
                throw new InvalidValueException("takeHomeLadder.tiers", "start on strictly ascending days", tiers);
            }
        }
    }

    /**
     * Obtains a ladder.
     *
     * @param tiers  the tiers, ascending, first from day 1
     * @return the ladder, not null
     */
    public static TakeHomeLadder of(TakeHomeTier... tiers) {
        return new TakeHomeLadder(List.of(tiers));
    }

    /**
     * Returns the tier of a treatment day.
     *
     * @param treatmentDay  the treatment day, at least 1
     * @return the tier, not null
     */
    public TakeHomeTier tierOn(int treatmentDay) {
        Checks.positive(treatmentDay, "treatmentDay");
        TakeHomeTier found = tiers.get(0);
        for (TakeHomeTier t : tiers) {
            if (treatmentDay >= t.fromTreatmentDay()) {
                found = t;
            }
        }
        return found;
    }

    /**
     * Returns the first treatment day after the tier of a day, if there is a later tier.
     *
     * @param treatmentDay  the treatment day, at least 1
     * @return the first day of the next tier, or empty in the last tier
     */
    public Optional<Integer> nextTierStart(int treatmentDay) {
        return tiers.stream().map(TakeHomeTier::fromTreatmentDay).filter(d -> d > treatmentDay).findFirst();
    }
}
