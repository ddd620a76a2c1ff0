package org.aftercare.charts;

import java.util.List;
import java.util.Objects;
import org.aftercare.InvalidValueException;

/**
 * One named series of an {@link XyChart}, such as the 2024 take-home ladder as a step line.
 *
 * @param name  the name shown in the legend, not blank
 * @param kind  how it is drawn, not null
 * @param look  its dash pattern, marker and colour, not null
 * @param points  its points, in x order for lines and steps, not empty
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public record Series(String name, SeriesKind kind, Look look, List<Point> points) {
    /** Validates the fields; line and step points must ascend in x. */
    public Series {
        Objects.requireNonNull(name, "series.name");
        if (name.isBlank()) {
            throw new InvalidValueException("series.name", "not be blank", "\"" + name + "\"");
        }
        Objects.requireNonNull(kind, "series.kind");
        Objects.requireNonNull(look, "series.look");
        points = List.copyOf(Objects.requireNonNull(points, "series.points"));
        if (points.isEmpty()) {
            throw new InvalidValueException("series." + name + ".points", "not be empty", points);
        }
        if (kind == SeriesKind.STEP || kind == SeriesKind.LINE) {
            for (int i = 1; i < points.size(); i++) {
                if (points.get(i).x().compareTo(points.get(i - 1).x()) < 0) {
                    throw new InvalidValueException("series." + name + ".points", "ascend in x", points.get(i).x());
                }
            }
        }
    }
}
