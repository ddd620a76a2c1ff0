package org.aftercare.charts;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A labelled vertical line across every lane of a timeline, such as {@code 0: "last opioid use"}.
 *
 * @param at  where, not null
 * @param label  the text drawn above the lanes, not null
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public record Guide(BigDecimal at, String label) {
    /** Validates the fields. */
    public Guide {
        Objects.requireNonNull(at, "guide.at");
        Objects.requireNonNull(label, "guide.label");
    }
}
