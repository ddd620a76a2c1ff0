package org.aftercare.care;

import java.math.BigDecimal;
import java.time.Period;
import java.util.Objects;
import org.aftercare.InvalidValueException;

/**
 * The least share of sessions a patient should attend over a recent window before a
 * re-engagement or step-up prompt, such as {@code 75% over P28D}.
 *
 * <p>No published source gives a number, so aftercare ships no default: a clinic sets its own.
 *
 * @param window  the window ending on the as-of date, positive
 * @param minimumRate  the least rate, a decimal fraction above 0 and at most 1
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public record AdherenceThreshold(Period window, BigDecimal minimumRate) {

    /** Validates the fields. */
    public AdherenceThreshold {
        Objects.requireNonNull(window, "adherence.window");
        if (window.isNegative() || window.isZero()) {
            throw new InvalidValueException("adherence.window", "be positive", window);
        }
        Objects.requireNonNull(minimumRate, "adherence.minimumRate");
        if (minimumRate.signum() <= 0 || minimumRate.compareTo(BigDecimal.ONE) > 0) {
            throw new InvalidValueException("adherence.minimumRate", "be above 0 and at most 1", minimumRate.toPlainString());
        }
    }

    /**
     * Obtains a threshold.
     *
     * @param window  the window, positive
     * @param minimumRate  the least rate, above 0 and at most 1
     * @return the threshold, not null
     */
    public static AdherenceThreshold of(Period window, BigDecimal minimumRate) {
        return new AdherenceThreshold(window, minimumRate);
    }

    /** Returns the threshold as {@code "75% over P28D"}. */
    @Override
    public String toString() {
        return Hours.text(minimumRate.movePointRight(2)) + "% over " + window;
    }
}
