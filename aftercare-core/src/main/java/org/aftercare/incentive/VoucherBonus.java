package org.aftercare.incentive;

import java.util.Objects;
import org.aftercare.InvalidValueException;

/**
 * A bonus paid on top of the voucher for every N consecutive successes, such as {@code $10.00
 * every 3} in the schedule widely cited for Higgins et al. 1994 ([U]).
 *
 * <p>The count is of consecutive successes since the last failure; a recovery does not change it.
 *
 * @param amount  the bonus, positive
 * @param everyConsecutive  the run length that earns it, positive
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public record VoucherBonus(Money amount, int everyConsecutive) {

    /** Validates the fields. */
    public VoucherBonus {
        Objects.requireNonNull(amount, "bonus.amount");
        if (amount.isZero()) {
            throw new InvalidValueException("bonus.amount", "be positive", amount);
        }
        if (everyConsecutive <= 0) {
            throw new InvalidValueException("bonus.everyConsecutive", "be positive", everyConsecutive);
        }
    }

    /**
     * Obtains a bonus.
     *
     * @param amount  the amount, positive
     * @param everyConsecutive  the run length, positive
     * @return the bonus, not null
     */
    public static VoucherBonus of(Money amount, int everyConsecutive) {
        return new VoucherBonus(amount, everyConsecutive);
    }

    /**
     * Checks if the success with this position in a run earns the bonus.
     *
     * @param consecutive  the success's position in the current run, 1 for the first
     * @return true on every {@code everyConsecutive}-th success
     */
    public boolean isEarnedAt(int consecutive) {
        return consecutive > 0 && consecutive % everyConsecutive == 0;
    }
}
