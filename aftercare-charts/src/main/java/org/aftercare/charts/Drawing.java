package org.aftercare.charts;

import java.util.ArrayList;
import java.util.List;

/** Drawing steps both chart kinds share: markers, hatch patterns, wrapped text, axes' tick text. */
final class Drawing {
    static final String INK = "#000000";
    static final String GRID = "#d9d9d9";
    static final String BAR = "#bdbdbd";
    static final String HATCH_ID = "hatch";
    static final String DEFS = "<pattern id=\"" + HATCH_ID + "\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\""
            + " patternTransform=\"rotate(45)\">\n<rect width=\"6\" height=\"6\" fill=\"#ffffff\"/>\n"
            + "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#000000\" stroke-width=\"2\"/>\n</pattern>\n";
    static final double TITLE_SIZE = 17;
    static final double LABEL_SIZE = 13;
    static final double SMALL_SIZE = 11;

    private Drawing() {
    }

    /** Checks the fields every chart shares: a file-safe name, a title and a description. */
    static void checkChart(String name, String title, String description) {
        java.util.Objects.requireNonNull(name, "chart.name");
        java.util.Objects.requireNonNull(title, "chart.title");
        java.util.Objects.requireNonNull(description, "chart.description");
        if (!name.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new org.aftercare.InvalidValueException("chart.name", "be lowercase words joined by hyphens",
                    "\"" + name + "\"");
        }
        if (title.isBlank()) {
            throw new org.aftercare.InvalidValueException("chart.title", "not be blank", "\"" + title + "\"");
        }
        if (description.isBlank()) {
            throw new org.aftercare.InvalidValueException("chart.description", "not be blank", "\"" + description + "\"");
        }
    }

    /** Draws a marker of a shape centred on a point. */
    static void marker(Svg svg, MarkerShape shape, double x, double y, String colour) {
        Svg.Stroke outline = Svg.Stroke.solid(colour, 1.5);
        double r = 4.5;
        switch (shape) {
            case NONE:
                break;
            case CIRCLE:
                svg.circle(x, y, r, colour, outline);
                break;
            case SQUARE:
                svg.rect(x - r, y - r, 2 * r, 2 * r, "#ffffff", outline);
                break;
            case TRIANGLE:
                svg.polygon(List.of(new double[] {x, y - r - 1}, new double[] {x + r + 1, y + r},
                        new double[] {x - r - 1, y + r}), colour, outline);
                break;
            case DIAMOND:
                svg.polygon(List.of(new double[] {x, y - r - 1}, new double[] {x + r + 1, y}, new double[] {x, y + r + 1},
                        new double[] {x - r - 1, y}), "#ffffff", outline);
                break;
            case CROSS:
                Svg.Stroke thick = Svg.Stroke.solid(colour, 2.5);
                svg.line(x - r, y - r, x + r, y + r, thick);
                svg.line(x - r, y + r, x + r, y - r, thick);
                break;
            default:
                throw new AssertionError(shape);
        }
    }

    /** Splits text into lines of at most {@code width} characters at spaces (a longer word keeps its own line). */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** Estimates the width of text in pixels for a sans-serif font of a size. */
    static double textWidth(String text, double size) {
        return text.length() * size * 0.56;
    }

    /** Draws the title (wrapped to the width) and returns the y below it. */
    static double title(Svg svg, String title, double width) {
        double y = 26;
        for (String line : wrap(title, (int) (width / (TITLE_SIZE * 0.58)))) {
            svg.text(width / 2, y, line, Svg.Anchor.MIDDLE, TITLE_SIZE, true);
            y += TITLE_SIZE + 4;
        }
        return y;
    }
}
