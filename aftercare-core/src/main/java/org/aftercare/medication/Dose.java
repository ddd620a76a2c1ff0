package org.aftercare.medication;

import java.math.BigDecimal;
import java.util.Objects;
import org.aftercare.InvalidValueException;

/**
 * An exact amount of a medication with its unit, such as {@code 30 mg} of methadone.
 *
 * <p>Invariants: the amount is positive and is a {@link BigDecimal}, never a floating-point number.
 * Two doses compare by their amount in milligrams; {@link #equals} compares amount (with scale) and unit,
 * as records do. {@code toString} uses {@link BigDecimal#toPlainString()}, so it does not depend on the
 * default locale.
 *
 * <pre>{@code
 * Dose first = Dose.ofMilligrams("30");
 * Dose patch = Dose.of(new BigDecimal("35"), DoseUnit.MICROGRAM);
 * }</pre>
 *
 * @param amount  the amount, positive, not null
 * @param unit  the unit, not null
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public record Dose(BigDecimal amount, DoseUnit unit) implements Comparable<Dose> {

    /** Validates the fields; see the class description. */
    public Dose {
        Objects.requireNonNull(amount, "dose.amount");
        Objects.requireNonNull(unit, "dose.unit");
        if (amount.signum() <= 0) {
            throw new InvalidValueException("dose.amount", "be positive", amount.toPlainString());
        }
    }

    /**
     * Obtains a dose.
     *
     * @param amount  the amount, positive, not null
     * @param unit  the unit, not null
     * @return the dose, not null
     * @throws InvalidValueException if the amount is not positive
     */
    public static Dose of(BigDecimal amount, DoseUnit unit) {
        return new Dose(amount, unit);
    }

    /**
     * Obtains a dose in milligrams from its decimal text, such as {@code "0.5"}.
     *
     * @param amount  the amount as a plain decimal, not null
     * @return the dose, not null
     * @throws InvalidValueException if the text is not a positive decimal
     */
    public static Dose ofMilligrams(String amount) {
        Objects.requireNonNull(amount, "amount");
        try {
            return new Dose(new BigDecimal(amount), DoseUnit.MILLIGRAM);
        } catch (NumberFormatException e) {
            throw new InvalidValueException("dose.amount", "be a decimal number such as 30 or 0.5", "\"" + amount + "\"");
        }
    }

    /**
     * Obtains a dose in milligrams.
     *
     * @param amount  the amount, positive, not null
     * @return the dose, not null
     */
    public static Dose ofMilligrams(BigDecimal amount) {
        return new Dose(amount, DoseUnit.MILLIGRAM);
    }

    /**
     * Returns the amount in milligrams, exactly.
     *
     * @return the amount, not null
     */
    public BigDecimal milligrams() {
        return unit.toMilligrams(amount);
    }

    /**
     * Returns the sum of this dose and another, in milligrams.
     *
     * @param other  the other dose, not null
     * @return the sum, not null
     */
    public Dose plus(Dose other) {
        return ofMilligrams(milligrams().add(other.milligrams()));
    }

    /**
     * Checks if this dose is more than another, by milligrams.
     *
     * @param other  the other dose, not null
     * @return true if strictly greater
     */
    public boolean isGreaterThan(Dose other) {
        return compareTo(other) > 0;
    }

    @Override
    public int compareTo(Dose other) {
        return milligrams().compareTo(other.milligrams());
    }

    /** Returns the dose as {@code "30 mg"}. */
    @Override
    public String toString() {
        return amount.stripTrailingZeros().toPlainString() + " " + unit.symbol();
    }
}
