package org.aftercare.incentive;

import java.util.Objects;
import java.util.Optional;
import org.aftercare.InvalidValueException;

/**
 * A ceiling on incentive money, such as {@code at most $75.00}, {@code below $5.00} or
 * {@code no limit}.
 *
 * <p>A funding policy states every cap it has, and says explicitly when it has none (SAMHSA 2025
 * sets no per-incentive limit), so that "no limit" is never confused with "not configured".
 * Invariant: a limit other than {@link #NONE} has an amount; a strict limit ("below") has an
 * amount of at least one cent, so that something can be paid under it.
 *
 * @param amount  the amount, or null for no limit
 * @param strict  true when the amount itself is not allowed ("below $5.00")
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public record MoneyLimit(Money amount, boolean strict) {

    /** No limit at all. */
    public static final MoneyLimit NONE = new MoneyLimit(null, false);

    /** Validates the fields; see the class description. */
    public MoneyLimit {
        if (amount == null && strict) {
            throw new InvalidValueException("moneyLimit.strict", "be false when there is no amount", strict);
        }
        if (amount != null && strict && amount.isZero()) {
            throw new InvalidValueException("moneyLimit.amount", "be positive for a strict limit", amount);
        }
    }

    /**
     * Obtains an inclusive limit: the amount itself may be paid.
     *
     * @param amount  the highest amount allowed, not null
     * @return the limit, not null
     */
    public static MoneyLimit atMost(Money amount) {
        return new MoneyLimit(Objects.requireNonNull(amount, "amount"), false);
    }

    /**
     * Obtains a strict limit: only amounts below it may be paid (one cent less at most).
     *
     * @param amount  the first amount not allowed, not null, positive
     * @return the limit, not null
     */
    public static MoneyLimit below(Money amount) {
        return new MoneyLimit(Objects.requireNonNull(amount, "amount"), true);
    }

    /**
     * Checks if this limit restricts anything.
     *
     * @return true unless {@link #NONE}
     */
    public boolean isLimited() {
        return amount != null;
    }

    /**
     * Returns the most that may be paid under this limit: the amount, or one cent less when strict.
     *
     * @return the highest payable amount, or empty when unlimited
     */
    public Optional<Money> highestPayable() {
        if (amount == null) {
            return Optional.empty();
        }
        return Optional.of(strict ? amount.minus(Money.ofCents(1)) : amount);
    }

    /**
     * Checks if an amount is more than this limit allows.
     *
     * @param value  the amount, not null
     * @return true if the amount may not be paid in full
     */
    public boolean isExceededBy(Money value) {
        // both amounts have two decimal places, so "above the amount less one cent" is "at or above the amount"
        Objects.requireNonNull(value, "value");
        if (amount == null) {
            return false;
        }
        int byAmount = value.compareTo(amount);
        return strict ? byAmount >= 0 : byAmount > 0;
    }

    /** Returns the limit as {@code "at most $75.00"}, {@code "below $5.00"} or {@code "no limit"}. */
    @Override
    public String toString() {
        if (amount == null) {
            return "no limit";
        }
        return (strict ? "below " : "at most ") + amount.toDisplayString();
    }
}
