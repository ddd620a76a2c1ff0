package org.aftercare.care;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;

/**
 * Converts and formats hours. Comparisons are exact (in seconds); only the text shown to people
 * rounds, to two decimals, and says nothing the comparison did not.
 */
final class Hours {
    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

    private Hours() {
    }

    /** Returns the exact number of seconds in a number of hours. */
    static BigDecimal seconds(BigDecimal hours) {
        return hours.multiply(SECONDS_PER_HOUR);
    }

    /** Returns the exact number of seconds in a duration, nanoseconds included. */
    static BigDecimal seconds(Duration duration) {
        return BigDecimal.valueOf(duration.getSeconds()).add(BigDecimal.valueOf(duration.getNano(), 9));
    }

    /** Formats hours as a plain decimal without trailing zeros, such as {@code "9"} or {@code "7.5"}. */
    static String text(BigDecimal hours) {
        BigDecimal h = hours.stripTrailingZeros();
        return (h.scale() < 0 ? h.setScale(0) : h).toPlainString();
    }

    /** Formats a duration in hours, at most two decimals, such as {@code "7.5"} or {@code "0.33"}. */
    static String text(Duration duration) {
        return text(seconds(duration).divide(SECONDS_PER_HOUR, 2, RoundingMode.HALF_UP));
    }
}
