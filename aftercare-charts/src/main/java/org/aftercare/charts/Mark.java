package org.aftercare.charts;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A labelled instant on a timeline lane, such as {@code day 0.5: "earliest start, 12 h"} with a triangle.
 *
 * @param at  where, not null
 * @param label  the text drawn above it, empty for none, not null
 * @param shape  the marker, not null
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public record Mark(BigDecimal at, String label, MarkerShape shape) {
    /** Validates the fields. */
    public Mark {
        Objects.requireNonNull(at, "mark.at");
        Objects.requireNonNull(label, "mark.label");
        Objects.requireNonNull(shape, "mark.shape");
    }
}
