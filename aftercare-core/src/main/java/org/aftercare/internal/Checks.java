package org.aftercare.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;
import org.aftercare.InvalidValueException;

/**
 * Argument checks shared by the value types of every domain. Not exported.
 *
 * <p>Each check throws {@link InvalidValueException} naming the field and the value, or
 * {@link NullPointerException} naming the parameter.
 */
public final class Checks {
    private static final Pattern CODE = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*(?:\\.[a-z0-9]+(?:-[a-z0-9]+)*)+");

    private Checks() {
    }

    public static String nonBlank(String value, String field) {
        Objects.requireNonNull(value, field);
        if (value.isBlank()) {
            throw new InvalidValueException(field, "not be blank", "\"" + value + "\"");
        }
        return value;
    }

    /**
     * Checks the form of {@link #CODE} without a regular expression (every finding and key is checked, so this is
     * on the hot path): words of {@code [a-z0-9]} joined by single hyphens, at least two such segments joined
     * by dots.
     */
    static boolean isDottedCode(String value) {
        int segments = 1;
        boolean wordStart = true;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                wordStart = false;
            } else if ((c == '-' || c == '.') && !wordStart) {
                wordStart = true;
                if (c == '.') {
                    segments++;
                }
            } else {
                return false;
            }
        }
        return !wordStart && segments >= 2;
    }

    public static String dottedCode(String value, String field) {
        Objects.requireNonNull(value, field);
        if (!isDottedCode(value)) {
            throw new InvalidValueException(field, "be a dotted lowercase code such as care.intensity.below-level-minimum",
                    "\"" + value + "\"");
        }
        return value;
    }

    public static int inRange(int value, int min, int max, String field) {
        if (value < min || value > max) {
            throw new InvalidValueException(field, "be between " + min + " and " + max, value);
        }
        return value;
    }

    public static int positive(int value, String field) {
        if (value <= 0) {
            throw new InvalidValueException(field, "be positive", value);
        }
        return value;
    }

    public static int nonNegative(int value, String field) {
        if (value < 0) {
            throw new InvalidValueException(field, "not be negative", value);
        }
        return value;
    }

    public static BigDecimal nonNegative(BigDecimal value, String field) {
        Objects.requireNonNull(value, field);
        if (value.signum() < 0) {
            throw new InvalidValueException(field, "not be negative", value.toPlainString());
        }
        return value;
    }

    public static BigDecimal positive(BigDecimal value, String field) {
        Objects.requireNonNull(value, field);
        if (value.signum() <= 0) {
            throw new InvalidValueException(field, "be positive", value.toPlainString());
        }
        return value;
    }

    public static Duration positive(Duration value, String field) {
        Objects.requireNonNull(value, field);
        if (value.isNegative() || value.isZero()) {
            throw new InvalidValueException(field, "be positive", value);
        }
        return value;
    }

    public static Duration nonNegative(Duration value, String field) {
        Objects.requireNonNull(value, field);
        if (value.isNegative()) {
            throw new InvalidValueException(field, "not be negative", value);
        }
        return value;
    }

    /** Rejects an end date before a start date; equal dates are allowed. */
    public static void notBefore(LocalDate end, LocalDate start, String endField, String startField) {
        Objects.requireNonNull(start, startField);
        Objects.requireNonNull(end, endField);
        if (end.isBefore(start)) {
            throw new InvalidValueException(endField, "not be before " + startField + " " + start, end);
        }
    }
}
