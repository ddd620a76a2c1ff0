package org.aftercare.medication;

import java.math.BigDecimal;

/**
 * The unit a dose amount is stated in, such as {@link #MILLIGRAM}.
 *
 * <p>Conversions are exact decimal point shifts; nothing is rounded.
 *
 * @since 0.1.0
 */
public enum DoseUnit {
    /** Milligrams, written {@code mg}. */
    MILLIGRAM("mg", 0),
    /** Micrograms, written {@code mcg}. */
    MICROGRAM("mcg", 3);

    private final String symbol;
    private final int pointsRightOfMilligram;

    DoseUnit(String symbol, int pointsRightOfMilligram) {
        this.symbol = symbol;
        this.pointsRightOfMilligram = pointsRightOfMilligram;
    }

    /**
     * Returns the symbol, such as {@code "mg"}.
     *
     * @return the symbol, not null
     */
    public String symbol() {
        return symbol;
    }

    /**
     * Converts an amount in this unit to milligrams, exactly.
     *
     * @param amount  the amount in this unit, not null
     * @return the amount in milligrams, not null
     */
    public BigDecimal toMilligrams(BigDecimal amount) {
        return amount.movePointLeft(pointsRightOfMilligram);
    }
}
