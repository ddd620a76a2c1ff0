package org.aftercare.charts;

import java.math.BigDecimal;
import java.util.Objects;
import org.aftercare.InvalidValueException;

/**
 * A stretch of a timeline lane, such as {@code day 0 to 0.5: "wait 12 h"} hatched.
 *
 * @param start  where it starts, not null
 * @param end  where it ends, not before the start
 * @param label  the text drawn under it, empty for none, not null
 * @param fill  its fill, not null
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public record Span(BigDecimal start, BigDecimal end, String label, SpanFill fill) {
    /** Validates the fields. */
    public Span {
        Objects.requireNonNull(start, "span.start");
        Objects.requireNonNull(end, "span.end");
        Objects.requireNonNull(label, "span.label");
        Objects.requireNonNull(fill, "span.fill");
        if (end.compareTo(start) < 0) {
            throw new InvalidValueException("span.end", "not be before start " + start, end);
        }
    }
}
