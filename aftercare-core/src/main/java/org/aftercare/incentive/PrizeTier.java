package org.aftercare.incentive;

import java.util.Objects;
import org.aftercare.InvalidValueException;
import org.aftercare.internal.Checks;

/**
 * One kind of slip in a prize bowl, such as {@code large: 40 slips worth $20.00}.
 *
 * <p>Invariants: the name is a lowercase word or hyphenated words; there is at least one slip; the
 * value may be zero ("good job" slips carry praise only).
 *
 * @param name  the tier's name, such as {@code "good-job"}, not blank
 * @param slips  the number of slips, positive
 * @param value  the prize value, not null, possibly zero
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public record PrizeTier(String name, int slips, Money value) {

    /** Validates the fields; see the class description. */
    public PrizeTier {
        Checks.nonBlank(name, "tier.name");
        if (!name.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new InvalidValueException("tier.name", "be lowercase words joined by hyphens", "\"" + name + "\"");
        }
        if (slips <= 0) {
            throw new InvalidValueException("tier." + name + ".slips", "be positive", slips);
        }
        Objects.requireNonNull(value, "tier.value");
    }

    /**
     * Obtains a tier.
     *
     * @param name  the name, not blank
     * @param slips  the slips, positive
     * @param value  the value, not null
     * @return the tier, not null
     */
    public static PrizeTier of(String name, int slips, Money value) {
        return new PrizeTier(name, slips, value);
    }
}
