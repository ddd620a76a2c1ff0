package org.aftercare.care;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Objects;
import org.aftercare.InvalidValueException;
import org.aftercare.internal.Checks;

/**
 * Weekly service-hour bounds of a level of care, such as {@code 9-19 h/week} (ASAM 2.1, adults) or
 * {@code < 9 h/week} (ASAM 1, adults).
 *
 * <p>Invariants: at least one bound; bounds are not negative; the minimum (always inclusive) is
 * below the maximum, which is inclusive or exclusive.
 *
 * <table>
 *   <caption>Factories</caption>
 *   <tr><th>Notation</th><th>Meaning</th><th>Factory</th></tr>
 *   <tr><td>{@code < 9}</td><td>h &lt; 9</td><td>{@link #lessThan}</td></tr>
 *   <tr><td>{@code 9-19}</td><td>9 &le; h &le; 19</td><td>{@link #between}</td></tr>
 *   <tr><td>{@code >= 20}</td><td>h &ge; 20</td><td>{@link #atLeast}</td></tr>
 * </table>
 *
 * @param minimum  the inclusive minimum, or null for none
 * @param maximum  the maximum, or null for none
 * @param maximumInclusive  whether the maximum itself is allowed
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public record HourBounds(BigDecimal minimum, BigDecimal maximum, boolean maximumInclusive) {

    /** Validates the bounds; see the class description. */
    public HourBounds {
        if (minimum == null && maximum == null) {
            throw new InvalidValueException("hourBounds", "have a minimum or a maximum", "none");
        }
        if (minimum != null) {
            Checks.nonNegative(minimum, "hourBounds.minimum");
        }
        if (maximum != null) {
            Checks.positive(maximum, "hourBounds.maximum");
        }
        if (minimum != null && maximum != null && minimum.compareTo(maximum) >= 0) {
            throw new InvalidValueException("hourBounds.maximum", "be above the minimum " + minimum.toPlainString(),
                    maximum.toPlainString());
        }
        if (maximum == null && maximumInclusive) {
            throw new InvalidValueException("hourBounds.maximumInclusive", "be false when there is no maximum", true);
        }
    }

    /**
     * Obtains bounds {@code h < max}.
     *
     * @param max  the exclusive maximum in hours per week, positive
     * @return the bounds, not null
     */
    public static HourBounds lessThan(BigDecimal max) {
        return new HourBounds(null, Objects.requireNonNull(max, "max"), false);
    }

    /**
     * Obtains bounds {@code min <= h <= max}.
     *
     * @param min  the inclusive minimum, not negative
     * @param max  the inclusive maximum, above the minimum
     * @return the bounds, not null
     */
    public static HourBounds between(BigDecimal min, BigDecimal max) {
        return new HourBounds(Objects.requireNonNull(min, "min"), Objects.requireNonNull(max, "max"), true);
    }

    /**
     * Obtains bounds {@code h >= min}.
     *
     * @param min  the inclusive minimum, not negative
     * @return the bounds, not null
     */
    public static HourBounds atLeast(BigDecimal min) {
        return new HourBounds(Objects.requireNonNull(min, "min"), null, false);
    }

    /**
     * Checks if weekly scheduled time falls below the minimum.
     *
     * @param perWeek  scheduled time per week, not null
     * @return true if below the minimum
     */
    public boolean isBelow(Duration perWeek) {
        Objects.requireNonNull(perWeek, "perWeek");
        return minimum != null && Hours.seconds(perWeek).compareTo(Hours.seconds(minimum)) < 0;
    }

    /**
     * Checks if weekly scheduled time exceeds the maximum (or reaches an exclusive maximum).
     *
     * @param perWeek  scheduled time per week, not null
     * @return true if above the maximum
     */
    public boolean isAbove(Duration perWeek) {
        Objects.requireNonNull(perWeek, "perWeek");
        if (maximum == null) {
            return false;
        }
        int c = Hours.seconds(perWeek).compareTo(Hours.seconds(maximum));
        return maximumInclusive ? c > 0 : c >= 0;
    }

    /**
     * Checks if weekly scheduled time is within the bounds. Exact: no rounding.
     *
     * @param perWeek  scheduled time per week, not null
     * @return true if within
     */
    public boolean contains(Duration perWeek) {
        return !isBelow(perWeek) && !isAbove(perWeek);
    }

    /** Returns the bounds as {@code "9-19 h/week"}, {@code "< 9 h/week"} or {@code ">= 20 h/week"}. */
    @Override
    public String toString() {
        if (minimum != null && maximum != null) {
            return Hours.text(minimum) + "-" + Hours.text(maximum) + (maximumInclusive ? "" : " (exclusive)") + " h/week";
        }
        if (maximum != null) {
            return (maximumInclusive ? "<= " : "< ") + Hours.text(maximum) + " h/week";
        }
        return ">= " + Hours.text(minimum) + " h/week";
    }
}
