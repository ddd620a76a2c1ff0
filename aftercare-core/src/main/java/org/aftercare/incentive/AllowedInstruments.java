package org.aftercare.incentive;

import com.google.common.collect.Sets;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.aftercare.InvalidValueException;

/**
 * The incentive forms a funding policy allows, such as {@code [GOODS, VOUCHER, GIFT_CARD]} for
 * SAMHSA grants from January 2025 (no cash).
 *
 * <p>Invariant: at least one form is allowed.
 *
 * @param allowed  the allowed forms, not empty
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public record AllowedInstruments(Set<IncentiveInstrument> allowed) {

    /** Validates the set; see the class description. */
    public AllowedInstruments {
        Objects.requireNonNull(allowed, "allowed");
        if (allowed.isEmpty()) {
            throw new InvalidValueException("allowedInstruments.allowed", "not be empty", allowed);
        }
        allowed = Sets.immutableEnumSet(allowed);
    }

    /**
     * Obtains the allowed forms.
     *
     * @param first  a form, not null
     * @param more  further forms
     * @return the set, not null
     */
    public static AllowedInstruments of(IncentiveInstrument first, IncentiveInstrument... more) {
        return new AllowedInstruments(EnumSet.of(first, more));
    }

    /**
     * Checks if a form is allowed.
     *
     * @param instrument  the form, not null
     * @return true if allowed
     */
    public boolean allows(IncentiveInstrument instrument) {
        return allowed.contains(Objects.requireNonNull(instrument, "instrument"));
    }

    @Override
    public String toString() {
        return allowed.toString();
    }
}
