package org.aftercare.charts;

import java.util.Objects;
import org.aftercare.InvalidValueException;

/**
 * How a series looks, such as a dashed line with square markers in blue. Colour is an extra: charts keep
 * looks distinct by dash pattern and marker, so they read in greyscale too.
 *
 * @param colour  a CSS hex colour such as {@code "#0072b2"}, not null
 * @param dash  the SVG dash array such as {@code "8 4"}, empty for solid, not null
 * @param marker  the marker, not null
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public record Look(String colour, String dash, MarkerShape marker) {
    /** Validates the fields: the colour is {@code #rrggbb}, the dash numbers and spaces only. */
    public Look {
        Objects.requireNonNull(colour, "look.colour");
        Objects.requireNonNull(dash, "look.dash");
        Objects.requireNonNull(marker, "look.marker");
        if (!colour.matches("#[0-9a-f]{6}")) {
            throw new InvalidValueException("look.colour", "be #rrggbb in lowercase hex", "\"" + colour + "\"");
        }
        if (!dash.matches("([0-9]+( [0-9]+)*)?")) {
            throw new InvalidValueException("look.dash", "be numbers separated by spaces, or empty", "\"" + dash + "\"");
        }
    }

    /** Black, solid, circles. */
    public static final Look SOLID_CIRCLE = new Look("#000000", "", MarkerShape.CIRCLE);
    /** Blue, dashed, squares. */
    public static final Look DASHED_SQUARE = new Look("#0072b2", "8 4", MarkerShape.SQUARE);
    /** Vermilion, dotted, triangles. */
    public static final Look DOTTED_TRIANGLE = new Look("#d55e00", "2 3", MarkerShape.TRIANGLE);
    /** Green, dash-dot, diamonds. */
    public static final Look DASH_DOT_DIAMOND = new Look("#009e73", "10 3 2 3", MarkerShape.DIAMOND);
}
