package org.aftercare.charts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.aftercare.InvalidValueException;

/**
 * An axis of a chart, such as {@code "Treatment day"} from 1 to 800 on a square-root scale with ticks at the
 * ladder's steps.
 *
 * <p>Invariants: the label names the unit; {@code min <= max} ({@code min >= 0} on a square-root axis); every
 * tick lies within {@code [min, max]}. A renderer widens the axis to fit the data, never narrows it.
 *
 * @param label  the label with its unit, such as {@code "Take-home days allowed (days of supply)"}, not blank
 * @param kind  how values are spaced, not null
 * @param min  the smallest value shown, not null
 * @param max  the largest value shown, not null
 * @param ticks  the labelled values, in any order, not null
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public record Axis(String label, AxisKind kind, BigDecimal min, BigDecimal max, List<Tick> ticks) {

    /** Validates the fields; see the class description. */
    public Axis {
        Objects.requireNonNull(label, "axis.label");
        if (label.isBlank()) {
            throw new InvalidValueException("axis.label", "not be blank", "\"" + label + "\"");
        }
        Objects.requireNonNull(kind, "axis.kind");
        Objects.requireNonNull(min, "axis.min");
        Objects.requireNonNull(max, "axis.max");
        ticks = List.copyOf(Objects.requireNonNull(ticks, "axis.ticks"));
        if (min.compareTo(max) > 0) {
            throw new InvalidValueException("axis.min", "not exceed max " + max, min);
        }
        if (kind == AxisKind.SQUARE_ROOT && min.signum() < 0) {
            throw new InvalidValueException("axis.min", "not be negative on a square-root axis", min);
        }
        for (Tick t : ticks) {
            if (t.value().compareTo(min) < 0 || t.value().compareTo(max) > 0) {
                throw new InvalidValueException("axis.ticks", "lie within " + min + ".." + max, t.value());
            }
        }
    }

    /**
     * Obtains a linear axis with ticks every {@code step} from {@code min}.
     *
     * @param label  the label with its unit, not blank
     * @param min  the smallest value, not null
     * @param max  the largest value, not null
     * @param step  the distance between ticks, positive
     * @return the axis, not null
     */
    public static Axis linear(String label, BigDecimal min, BigDecimal max, BigDecimal step) {
        if (step.signum() <= 0) {
            throw new InvalidValueException("axis.step", "be positive", step);
        }
        List<Tick> ticks = new ArrayList<>();
        for (BigDecimal v = min; v.compareTo(max) <= 0; v = v.add(step)) {
            ticks.add(Tick.of(v));
        }
        return new Axis(label, AxisKind.LINEAR, min, max, ticks);
    }
}
