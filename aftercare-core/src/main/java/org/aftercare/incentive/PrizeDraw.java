package org.aftercare.incentive;

import java.util.Objects;
import org.aftercare.InvalidValueException;
import org.aftercare.internal.Checks;

/**
 * One recorded draw from a prize bowl, for audit, such as {@code draw #17: large $20.00}.
 *
 * @param sequence  the draw's number in the whole ledger, from 0; with the seed it fixes the random value
 * @param tier  the tier of the slip drawn, not blank
 * @param value  the prize value, not null
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public record PrizeDraw(long sequence, String tier, Money value) {

    /** Validates the fields. */
    public PrizeDraw {
        if (sequence < 0) {
            throw new InvalidValueException("draw.sequence", "not be negative", sequence);
        }
        Checks.nonBlank(tier, "draw.tier");
        Objects.requireNonNull(value, "draw.value");
    }

    @Override
    public String toString() {
        return "#" + sequence + " " + tier + " " + value.toDisplayString();
    }
}
