package org.aftercare.charts;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A labelled value on an axis, such as {@code 15 -> "15"} on a treatment-day axis or
 * {@code 20514 -> "2026-03"} on a date axis counted in epoch days.
 *
 * @param value  the value, not null
 * @param label  the label, not null
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public record Tick(BigDecimal value, String label) {
    /** Validates the fields. */
    public Tick {
        Objects.requireNonNull(value, "tick.value");
        Objects.requireNonNull(label, "tick.label");
    }

    /**
     * Obtains a tick labelled with its plain value.
     *
     * @param value  the value, not null
     * @return the tick, not null
     */
    public static Tick of(BigDecimal value) {
        return new Tick(value, value.stripTrailingZeros().toPlainString());
    }

    /**
     * Obtains a tick labelled with its plain value.
     *
     * @param value  the value
     * @return the tick, not null
     */
    public static Tick of(long value) {
        return of(BigDecimal.valueOf(value));
    }
}
