package org.aftercare.charts;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.aftercare.InvalidValueException;

/**
 * One row of a {@link TimelineChart}, such as {@code "Group therapy (in person)"} with its span and a tick per
 * session.
 *
 * @param label  the row's label, not blank
 * @param spans  its spans, drawn in order, not null
 * @param marks  its marks, drawn after the spans, not null
 * @param ticks  short vertical ticks, such as session dates, not null
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public record Lane(String label, List<Span> spans, List<Mark> marks, List<BigDecimal> ticks) {
    /** Validates the fields. */
    public Lane {
        Objects.requireNonNull(label, "lane.label");
        if (label.isBlank()) {
            throw new InvalidValueException("lane.label", "not be blank", "\"" + label + "\"");
        }
        spans = List.copyOf(Objects.requireNonNull(spans, "lane.spans"));
        marks = List.copyOf(Objects.requireNonNull(marks, "lane.marks"));
        ticks = List.copyOf(Objects.requireNonNull(ticks, "lane.ticks"));
    }

    /**
     * Obtains a lane without ticks.
     *
     * @param label  the label, not blank
     * @param spans  the spans, not null
     * @param marks  the marks, not null
     * @return the lane, not null
     */
    public static Lane of(String label, List<Span> spans, List<Mark> marks) {
        return new Lane(label, spans, marks, List.of());
    }
}
