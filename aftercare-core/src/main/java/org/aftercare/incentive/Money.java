package org.aftercare.incentive;

import java.math.BigDecimal;
import java.util.Objects;
import org.aftercare.InvalidValueException;

/**
 * An amount of US dollars paid or earned as an incentive, such as {@code 997.50}.
 *
 * <p>Invariants: the amount is not negative and has at most two decimal places; it is held at
 * scale 2, so {@code 2.5} and {@code 2.50} are the same money. Nothing here rounds: a value with
 * more than two decimal places is rejected, and a subtraction that would go below zero is
 * rejected. There is no floating point anywhere.
 *
 * <pre>{@code
 * Money start = Money.parse("2.50");
 * Money third = start.plus(Money.of("1.25").times(2));   // 5.00
 * third.toString();                                        // "5.00"
 * third.toDisplayString();                                 // "$5.00"
 * }</pre>
 *
 * @param amount  the amount in dollars, not negative, at most two decimal places; stored at scale 2
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public record Money(BigDecimal amount) implements Comparable<Money> {

    /** No money. */
    public static final Money ZERO = new Money(BigDecimal.ZERO);

    /** Validates the amount and normalises it to scale 2 without rounding. */
    public Money {
        Objects.requireNonNull(amount, "amount");
        if (amount.signum() < 0) {
            throw new InvalidValueException("money.amount", "not be negative", amount.toPlainString());
        }
        // an amount of scale 2 or less always has at most two decimal places: only a larger scale needs stripping
        if (amount.scale() > 2 && amount.stripTrailingZeros().scale() > 2) {
            throw new InvalidValueException("money.amount", "have at most two decimal places (no implicit rounding)",
                    amount.toPlainString());
        }
        if (amount.scale() != 2) {
            amount = amount.setScale(2); // (amounts are mostly made at scale 2 already: the result of adding two)
        }
    }

    /**
     * Obtains an amount from decimal text such as {@code "997.50"}; same as {@link #parse}.
     *
     * @param text  the amount, not null
     * @return the money, not null
     * @throws InvalidValueException if the text is not a non-negative amount with at most two decimals
     */
    public static Money of(String text) {
        return parse(text);
    }

    /**
     * Obtains an amount from a decimal.
     *
     * @param amount  the amount, not null
     * @return the money, not null
     * @throws InvalidValueException if negative or with more than two decimal places
     */
    public static Money of(BigDecimal amount) {
        return new Money(amount);
    }

    /**
     * Obtains an amount from whole cents, such as {@code 99750} for {@code 997.50}.
     *
     * @param cents  the cents, not negative
     * @return the money, not null
     */
    public static Money ofCents(long cents) {
        return new Money(BigDecimal.valueOf(cents, 2));
    }

    /**
     * Obtains an amount from its canonical text, plain decimal with an optional leading
     * {@code $}: {@code "997.50"}, {@code "$15"}, {@code "0.5"}.
     *
     * @param text  the text, not null
     * @return the money, not null
     * @throws InvalidValueException if the text is not such an amount
     */
    public static Money parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString();
        int from = s.startsWith("$") ? 1 : 0;
        // checked by hand, as the pattern [0-9]+(\\.[0-9]+)? would: digits, then optionally a point and digits
        int point = -1;
        int length = s.length();
        for (int i = from; i < length; i++) {
            char c = s.charAt(i);
            if (c == '.' && point < 0 && i > from && i < length - 1) {
                point = i;
            } else if (c < '0' || c > '9') {
                throw new InvalidValueException("money", "be a plain decimal amount such as 997.50", "\"" + s + "\"");
            }
        }
        if (length == from) {
            throw new InvalidValueException("money", "be a plain decimal amount such as 997.50", "\"" + s + "\"");
        }
        int decimals = point < 0 ? 0 : length - point - 1;
        int wholeDigits = (point < 0 ? length : point) - from;
        if (decimals <= 2 && wholeDigits <= 16) {
            // at most 16 whole digits and two decimal places: the cents (at most 18 digits) fit in a long, so no
            // BigDecimal is parsed and rescaled; the same amount at scale 2 as new Money(new BigDecimal(digits))
            long cents = 0;
            for (int i = from; i < length; i++) {
                char c = s.charAt(i);
                if (c != '.') {
                    cents = cents * 10 + (c - '0');
                }
            }
            for (int i = decimals; i < 2; i++) {
                cents *= 10;
            }
            return new Money(BigDecimal.valueOf(cents, 2));
        }
        return new Money(new BigDecimal(s.substring(from)));
    }

    /**
     * Returns the sum of this and another amount.
     *
     * @param other  the amount to add, not null
     * @return the sum, not null
     */
    public Money plus(Money other) {
        // adding nothing gives an equal amount: no new decimal (ledgers add many zeros)
        if (other.amount.signum() == 0) {
            return this;
        }
        if (amount.signum() == 0) {
            return other;
        }
        return new Money(amount.add(other.amount));
    }

    /**
     * Returns this amount less another.
     *
     * @param other  the amount to subtract, not null, not more than this
     * @return the difference, not null
     * @throws InvalidValueException if the result would be negative
     */
    public Money minus(Money other) {
        if (other.amount.signum() == 0) {
            return this;
        }
        if (other == this) {
            return ZERO;
        }
        return new Money(amount.subtract(other.amount));
    }

    /**
     * Returns this amount less another, or zero when the other is larger.
     *
     * @param other  the amount to subtract, not null
     * @return the difference, never negative
     */
    public Money minusOrZero(Money other) {
        return isLessThan(other) ? ZERO : minus(other);
    }

    /**
     * Returns this amount multiplied by a whole number.
     *
     * @param factor  the factor, not negative
     * @return the product, not null
     */
    public Money times(long factor) {
        return new Money(amount.multiply(BigDecimal.valueOf(factor)));
    }

    /**
     * Returns the smaller of this and another amount.
     *
     * @param other  the other amount, not null
     * @return the smaller amount, not null
     */
    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    /**
     * Checks if this is zero.
     *
     * @return true if no money
     */
    public boolean isZero() {
        return amount.signum() == 0;
    }

    /**
     * Checks if this is more than another amount.
     *
     * @param other  the other amount, not null
     * @return true if strictly greater
     */
    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    /**
     * Checks if this is less than another amount.
     *
     * @param other  the other amount, not null
     * @return true if strictly less
     */
    public boolean isLessThan(Money other) {
        return compareTo(other) < 0;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    /**
     * Returns the amount with a dollar sign, such as {@code "$997.50"}.
     *
     * @return the text, not null
     */
    public String toDisplayString() {
        return "$" + toString();
    }

    /** Returns the canonical text, a plain decimal with two places, such as {@code "997.50"}. */
    @Override
    public String toString() {
        return amount.toPlainString();
    }
}
