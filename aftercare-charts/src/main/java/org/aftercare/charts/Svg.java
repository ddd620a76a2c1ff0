package org.aftercare.charts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import org.aftercare.InvalidValueException;

/**
 * A writer of one SVG document, such as a 800 × 480 chart with a title, a description, lines, text and
 * markers. Output is the same bytes under every default locale and zone: numbers are written with at most
 * two decimals in plain notation ({@link #number}), text is escaped and stripped of characters XML 1.0
 * forbids ({@link #escape}), and elements appear in the order they were added.
 *
 * <pre>{@code
 * Svg svg = Svg.of(400, 200, "Take-home days", "Step line of the 2024 ladder");
 * svg.line(10, 190, 390, 190, Stroke.solid("#000", 1));
 * svg.text(200, 20, "Take-home days", Svg.Anchor.MIDDLE, 16, true);
 * String xml = svg.toXml();
 * }</pre>
 *
 * @implSpec This class is mutable and not thread-safe: one instance per document.
 * @since 0.1.0
 */
public final class Svg {
    /** How text is aligned on its x coordinate. */
    public enum Anchor {
        /** Text starts at x. */
        START("start"),
        /** Text is centred on x. */
        MIDDLE("middle"),
        /** Text ends at x. */
        END("end");

        private final String value;

        Anchor(String value) {
            this.value = value;
        }
    }

    /**
     * The outline of a shape, such as a 2-pixel black line dashed {@code "8 4"}.
     *
     * @param colour  a CSS colour, such as {@code "#000000"}, not blank
     * @param width  the stroke width in pixels, positive
     * @param dash  the SVG dash array, such as {@code "8 4"}, or empty for a solid line
     * @since 0.1.0
     */
    public record Stroke(String colour, double width, String dash) {
        /** Validates the fields. */
        public Stroke {
            Objects.requireNonNull(colour, "stroke.colour");
            Objects.requireNonNull(dash, "stroke.dash");
            if (colour.isBlank()) {
                throw new InvalidValueException("stroke.colour", "not be blank", "\"" + colour + "\"");
            }
            if (!(width > 0) || !Double.isFinite(width)) {
                throw new InvalidValueException("stroke.width", "be positive and finite", width);
            }
        }

        /**
         * Obtains a solid stroke.
         *
         * @param colour  the colour, not blank
         * @param width  the width, positive
         * @return the stroke, not null
         */
        public static Stroke solid(String colour, double width) {
            return new Stroke(colour, width, "");
        }
    }

    private final StringBuilder body = new StringBuilder();
    private final double width;
    private final double height;
    private final String title;
    private final String description;
    private String defs = "";

    private Svg(double width, double height, String title, String description) {
        this.width = width;
        this.height = height;
        this.title = Objects.requireNonNull(title, "title");
        this.description = Objects.requireNonNull(description, "description");
        if (!(width > 0) || !(height > 0) || !Double.isFinite(width) || !Double.isFinite(height)) {
            throw new InvalidValueException("svg.size", "be positive and finite", width + " x " + height);
        }
    }

    /**
     * Obtains an empty document with a title and a description for screen readers.
     *
     * @param width  the width in pixels, positive
     * @param height  the height in pixels, positive
     * @param title  the title ({@code <title>}), not null
     * @param description  the description ({@code <desc>}), not null
     * @return the writer, not null
     */
    public static Svg of(double width, double height, String title, String description) {
        return new Svg(width, height, title, description);
    }

    /**
     * Formats a coordinate or length: rounded half-even to two decimals, trailing zeros dropped, plain
     * notation, {@code "0"} for zero and negative zero, such as {@code "12.5"} for 12.499999.
     *
     * @param value  the value, finite
     * @return the text, not null
     * @throws InvalidValueException if the value is NaN or infinite
     */
    public static String number(double value) {
        if (!Double.isFinite(value)) {
            throw new InvalidValueException("svg.number", "be finite", value);
        }
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_EVEN);
        return rounded.signum() == 0 ? "0" : rounded.stripTrailingZeros().toPlainString();
    }

    /**
     * Escapes text for XML content and attribute values: {@code & < > " '} become entities and characters XML
     * 1.0 does not allow (control characters other than tab, newline and carriage return; lone surrogates;
     * U+FFFE and U+FFFF) are dropped.
     *
     * @param text  the text, not null
     * @return the escaped text, not null
     */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
                continue;
            }
            switch (c) {
                case '&':
                    out.append("&amp;");
                    break;
                case '<':
                    out.append("&lt;");
                    break;
                case '>':
                    out.append("&gt;");
                    break;
                case '"':
                    out.append("&quot;");
                    break;
                case '\'':
                    out.append("&apos;");
                    break;
                default:
                    if (allowed(c)) {
                        out.append(c);
                    }
            }
        }
        return out.toString();
    }

    private static boolean allowed(char c) {
        if (Character.isSurrogate(c)) {
            return false;
        }
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
    }

    /**
     * Sets the {@code <defs>} content (patterns), written verbatim: callers pass constant markup only.
     *
     * @param markup  the markup, not null
     * @return this writer
     */
    Svg defs(String markup) {
        this.defs = Objects.requireNonNull(markup, "markup");
        return this;
    }

    /**
     * Adds a straight line.
     *
     * @param x1  start x
     * @param y1  start y
     * @param x2  end x
     * @param y2  end y
     * @param stroke  the stroke, not null
     * @return this writer
     */
    public Svg line(double x1, double y1, double x2, double y2, Stroke stroke) {
        body.append("<line x1=\"").append(number(x1)).append("\" y1=\"").append(number(y1)).append("\" x2=\"")
                .append(number(x2)).append("\" y2=\"").append(number(y2)).append('"');
        stroke(stroke).append("/>\n");
        return this;
    }

    /**
     * Adds an open line through points, such as a step line.
     *
     * @param points  the points as {x, y} pairs, at least one
     * @param stroke  the stroke, not null
     * @return this writer
     */
    public Svg polyline(List<double[]> points, Stroke stroke) {
        if (points.isEmpty()) {
            throw new InvalidValueException("polyline.points", "not be empty", points.size());
        }
        body.append("<polyline fill=\"none\" points=\"");
        for (int i = 0; i < points.size(); i++) {
            double[] p = points.get(i);
            body.append(i == 0 ? "" : " ").append(number(p[0])).append(',').append(number(p[1]));
        }
        body.append('"');
        stroke(stroke).append("/>\n");
        return this;
    }

    /**
     * Adds a closed shape through points, such as a triangle marker.
     *
     * @param points  the points as {x, y} pairs, at least three
     * @param fill  the fill colour or {@code url(#pattern)}, not blank
     * @param stroke  the outline, not null
     * @return this writer
     */
    public Svg polygon(List<double[]> points, String fill, Stroke stroke) {
        if (points.size() < 3) {
            throw new InvalidValueException("polygon.points", "be at least three", points.size());
        }
        body.append("<polygon points=\"");
        for (int i = 0; i < points.size(); i++) {
            double[] p = points.get(i);
            body.append(i == 0 ? "" : " ").append(number(p[0])).append(',').append(number(p[1]));
        }
        body.append("\" fill=\"").append(escape(fill)).append('"');
        stroke(stroke).append("/>\n");
        return this;
    }

    /**
     * Adds a rectangle; a negative width or height is drawn from the other corner.
     *
     * @param x  left
     * @param y  top
     * @param w  width
     * @param h  height
     * @param fill  the fill colour, {@code none} or {@code url(#pattern)}, not blank
     * @param stroke  the outline, or null for none
     * @return this writer
     */
    public Svg rect(double x, double y, double w, double h, String fill, Stroke stroke) {
        double left = Math.min(x, x + w);
        double top = Math.min(y, y + h);
        body.append("<rect x=\"").append(number(left)).append("\" y=\"").append(number(top)).append("\" width=\"")
                .append(number(Math.abs(w))).append("\" height=\"").append(number(Math.abs(h))).append("\" fill=\"")
                .append(escape(fill)).append('"');
        if (stroke != null) {
            stroke(stroke);
        }
        body.append("/>\n");
        return this;
    }

    /**
     * Adds a circle.
     *
     * @param cx  centre x
     * @param cy  centre y
     * @param r  radius, not negative
     * @param fill  the fill colour, not blank
     * @param stroke  the outline, not null
     * @return this writer
     */
    public Svg circle(double cx, double cy, double r, String fill, Stroke stroke) {
        body.append("<circle cx=\"").append(number(cx)).append("\" cy=\"").append(number(cy)).append("\" r=\"")
                .append(number(r)).append("\" fill=\"").append(escape(fill)).append('"');
        stroke(stroke).append("/>\n");
        return this;
    }

    /**
     * Adds one line of text.
     *
     * @param x  the anchor's x
     * @param y  the baseline's y
     * @param text  the text, escaped here, not null
     * @param anchor  the alignment, not null
     * @param size  the font size in pixels, positive
     * @param bold  true for bold
     * @return this writer
     */
    public Svg text(double x, double y, String text, Anchor anchor, double size, boolean bold) {
        body.append("<text x=\"").append(number(x)).append("\" y=\"").append(number(y)).append("\" font-size=\"")
                .append(number(size)).append('"');
        if (anchor != Anchor.START) {
            body.append(" text-anchor=\"").append(anchor.value).append('"');
        }
        if (bold) {
            body.append(" font-weight=\"bold\"");
        }
        body.append('>').append(escape(text)).append("</text>\n");
        return this;
    }

    /**
     * Adds a line of text turned 90° anticlockwise about its anchor, such as a y-axis label.
     *
     * @param x  the anchor's x
     * @param y  the anchor's y
     * @param text  the text, escaped here, not null
     * @param size  the font size in pixels, positive
     * @return this writer
     */
    public Svg verticalText(double x, double y, String text, double size) {
        body.append("<text x=\"").append(number(x)).append("\" y=\"").append(number(y)).append("\" font-size=\"")
                .append(number(size)).append("\" text-anchor=\"middle\" transform=\"rotate(-90 ").append(number(x))
                .append(' ').append(number(y)).append(")\">").append(escape(text)).append("</text>\n");
        return this;
    }

    /**
     * Opens a group with an accessible label; close it with {@link #endGroup()}.
     *
     * @param label  the group's {@code aria-label}, such as a series name, not null
     * @return this writer
     */
    public Svg group(String label) {
        body.append("<g aria-label=\"").append(escape(label)).append("\">\n");
        return this;
    }

    /**
     * Closes the innermost group.
     *
     * @return this writer
     */
    public Svg endGroup() {
        body.append("</g>\n");
        return this;
    }

    /**
     * Returns the document: an XML declaration, then {@code <svg>} with {@code role="img"}, {@code <title>},
     * {@code <desc>}, the defs, a white background and the elements in the order added.
     *
     * @return the document, ending in a newline, not null
     */
    public String toXml() {
        StringBuilder xml = new StringBuilder(body.length() + 1024);
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(number(width))
                .append("\" height=\"").append(number(height)).append("\" viewBox=\"0 0 ").append(number(width))
                .append(' ').append(number(height))
                .append("\" role=\"img\" aria-labelledby=\"chart-title chart-desc\" font-family=\"sans-serif\">\n")
                .append("<title id=\"chart-title\">").append(escape(title)).append("</title>\n")
                .append("<desc id=\"chart-desc\">").append(escape(description)).append("</desc>\n");
        if (!defs.isEmpty()) {
            xml.append("<defs>\n").append(defs).append("</defs>\n");
        }
        xml.append("<rect x=\"0\" y=\"0\" width=\"").append(number(width)).append("\" height=\"").append(number(height))
                .append("\" fill=\"#ffffff\"/>\n");
        return xml.append(body).append("</svg>\n").toString();
    }

    private StringBuilder stroke(Stroke stroke) {
        Objects.requireNonNull(stroke, "stroke");
        body.append(" stroke=\"").append(escape(stroke.colour())).append("\" stroke-width=\"")
                .append(number(stroke.width())).append('"');
        if (!stroke.dash().isEmpty()) {
            body.append(" stroke-dasharray=\"").append(escape(stroke.dash())).append('"');
        }
        return body;
    }
}
