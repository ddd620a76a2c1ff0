package org.aftercare.charts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.aftercare.InvalidValueException;

/**
 * A chart of series over two axes, such as take-home days allowed (y) by treatment day (x), one step line per
 * policy version, with a legend and direct labels.
 *
 * <p>Invariants: at least one series; series names are distinct; no two series share a dash pattern and
 * marker, so series are told apart without colour. Rendering widens each axis to fit the data, so every point
 * lies inside the plot area.
 *
 * <pre>{@code
 * XyChart chart = new XyChart("ladder", "Take-home ladder", "Days allowed by treatment day.",
 *         Axis.linear("Treatment day", BigDecimal.ONE, BigDecimal.valueOf(60), BigDecimal.TEN),
 *         Axis.linear("Days allowed", BigDecimal.ZERO, BigDecimal.valueOf(30), BigDecimal.TEN),
 *         List.of(new Series("2024", SeriesKind.STEP, Look.SOLID_CIRCLE, points)));
 * String svg = chart.toSvg();
 * }</pre>
 *
 * @param name  the file-safe name, lowercase words joined by hyphens
 * @param title  the title, not blank
 * @param description  the description for screen readers, not blank
 * @param x  the horizontal axis, not null
 * @param y  the vertical axis, not null
 * @param series  the series, drawn in order, not empty
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public record XyChart(String name, String title, String description, Axis x, Axis y, List<Series> series)
        implements Chart {

    /** The width of the document in pixels. */
    public static final double WIDTH = 900;
    /** The height of the document in pixels. */
    public static final double HEIGHT = 540;
    private static final double LEFT = 84;
    private static final double RIGHT = WIDTH - 270;
    private static final double BOTTOM = HEIGHT - 72;
    private static final double LEGEND_X = RIGHT + 24;
    private static final int LEGEND_CHARS = 30;

    /** Validates the fields; see the class description. */
    public XyChart {
        Drawing.checkChart(name, title, description);
        Objects.requireNonNull(x, "chart.x");
        Objects.requireNonNull(y, "chart.y");
        series = List.copyOf(Objects.requireNonNull(series, "chart.series"));
        if (series.isEmpty()) {
            throw new InvalidValueException("chart.series", "not be empty", series);
        }
        Set<String> names = new HashSet<>();
        Set<String> looks = new HashSet<>();
        for (Series s : series) {
            if (!names.add(s.name())) {
                throw new InvalidValueException("chart.series", "have distinct names", s.name());
            }
            String look = s.kind() == SeriesKind.BARS ? "bars" : s.look().dash() + "/" + s.look().marker();
            if (!looks.add(look)) {
                throw new InvalidValueException("chart.series", "differ in dash pattern or marker, not colour alone",
                        s.name());
            }
            if (x.kind() == AxisKind.SQUARE_ROOT && s.points().stream().anyMatch(p -> p.x().signum() < 0)) {
                throw new InvalidValueException("chart.series." + s.name(), "have no negative x on a square-root axis",
                        s.name());
            }
            if (y.kind() == AxisKind.SQUARE_ROOT && s.points().stream().anyMatch(p -> p.y().signum() < 0)) {
                throw new InvalidValueException("chart.series." + s.name(), "have no negative y on a square-root axis",
                        s.name());
            }
        }
    }

    /**
     * Returns the plot area, left, top, right, bottom in pixels.
     *
     * @return four values
     */
    double[] plotArea() {
        return new double[] {LEFT, top(), RIGHT, BOTTOM};
    }

    /**
     * Returns the pixel positions of a series' points, in order.
     *
     * @param s  one of this chart's series
     * @return the {x, y} pixels
     */
    List<double[]> pixels(Series s) {
        Scale sx = xScale();
        Scale sy = yScale();
        List<double[]> result = new ArrayList<>();
        for (Point p : s.points()) {
            result.add(new double[] {sx.apply(p.x().doubleValue()), sy.apply(p.y().doubleValue())});
        }
        return result;
    }

    private double top() {
        return 26 + Drawing.wrap(title, (int) (WIDTH / (Drawing.TITLE_SIZE * 0.58))).size() * (Drawing.TITLE_SIZE + 4) + 14;
    }

    private Scale xScale() {
        return Scale.of(x.kind(), lowest(x.min(), true), highest(x.max(), true), LEFT, RIGHT);
    }

    private Scale yScale() {
        return Scale.of(y.kind(), lowest(y.min(), false), highest(y.max(), false), BOTTOM, top());
    }

    private double lowest(BigDecimal start, boolean horizontal) {
        BigDecimal min = start;
        for (Series s : series) {
            for (Point p : s.points()) {
                BigDecimal v = horizontal ? p.x() : p.y();
                min = v.compareTo(min) < 0 ? v : min;
            }
            if (!horizontal && s.kind() == SeriesKind.BARS && min.signum() > 0) {
                min = BigDecimal.ZERO;
            }
        }
        return min.doubleValue();
    }

    private double highest(BigDecimal start, boolean horizontal) {
        BigDecimal max = start;
        for (Series s : series) {
            for (Point p : s.points()) {
                BigDecimal v = horizontal ? p.x() : p.y();
                max = v.compareTo(max) > 0 ? v : max;
            }
            if (!horizontal && s.kind() == SeriesKind.BARS && max.signum() < 0) {
                max = BigDecimal.ZERO;
            }
        }
        return max.doubleValue();
    }

    @Override
    public String toSvg() {
        Svg svg = Svg.of(WIDTH, HEIGHT, title, description).defs(Drawing.DEFS);
        Drawing.title(svg, title, WIDTH);
        double top = top();
        Scale sx = xScale();
        Scale sy = yScale();
        Svg.Stroke ink = Svg.Stroke.solid(Drawing.INK, 1);
        Svg.Stroke grid = Svg.Stroke.solid(Drawing.GRID, 1);
        svg.group("axes");
        for (Tick t : y.ticks()) {
            double py = sy.apply(t.value().doubleValue());
            svg.line(LEFT, py, RIGHT, py, grid);
            svg.line(LEFT - 5, py, LEFT, py, ink);
            svg.text(LEFT - 8, py + 4, t.label(), Svg.Anchor.END, Drawing.SMALL_SIZE, false);
        }
        for (Tick t : x.ticks()) {
            double px = sx.apply(t.value().doubleValue());
            svg.line(px, BOTTOM, px, BOTTOM + 5, ink);
            svg.text(px, BOTTOM + 18, t.label(), Svg.Anchor.MIDDLE, Drawing.SMALL_SIZE, false);
        }
        svg.line(LEFT, top, LEFT, BOTTOM, ink).line(LEFT, BOTTOM, RIGHT, BOTTOM, ink);
        svg.text((LEFT + RIGHT) / 2, HEIGHT - 30, x.label(), Svg.Anchor.MIDDLE, Drawing.LABEL_SIZE, false);
        svg.verticalText(22, (top + BOTTOM) / 2, y.label(), Drawing.LABEL_SIZE);
        svg.endGroup();
        LabelPlacer labels = new LabelPlacer(LEFT, top, RIGHT, BOTTOM);
        for (Series s : series) {
            if (s.kind() != SeriesKind.BARS) {
                pixels(s).forEach(p -> labels.block(p[0], p[1], 6));
            }
        }
        for (Series s : series) {
            drawSeries(svg, s, sx, sy, labels);
        }
        legend(svg, top);
        return svg.toXml();
    }

    private void drawSeries(Svg svg, Series s, Scale sx, Scale sy, LabelPlacer labels) {
        svg.group(s.name());
        List<double[]> px = pixels(s);
        Svg.Stroke stroke = new Svg.Stroke(s.look().colour(), 2.5, s.look().dash());
        switch (s.kind()) {
            case STEP:
                List<double[]> steps = new ArrayList<>();
                for (int i = 0; i < px.size(); i++) {
                    if (i > 0) {
                        steps.add(new double[] {px.get(i)[0], px.get(i - 1)[1]});
                    }
                    steps.add(px.get(i));
                }
                steps.add(new double[] {RIGHT, px.get(px.size() - 1)[1]});
                svg.polyline(steps, stroke);
                break;
            case LINE:
                svg.polyline(px, stroke);
                break;
            case POINTS:
                break;
            case BARS:
                double half = barHalfWidth(sx);
                double zero = sy.apply(0);
                for (double[] p : px) {
                    double left = Math.max(LEFT, p[0] - half);
                    double right = Math.min(RIGHT, p[0] + half);
                    svg.rect(left, zero, right - left, p[1] - zero, Drawing.BAR, Svg.Stroke.solid(s.look().colour(), 1));
                }
                break;
            default:
                throw new AssertionError(s.kind());
        }
        for (int i = 0; i < px.size(); i++) {
            double[] p = px.get(i);
            if (s.kind() != SeriesKind.BARS) {
                Drawing.marker(svg, s.look().marker(), p[0], p[1], s.look().colour());
            }
            String label = s.points().get(i).label();
            if (label.isEmpty()) {
                continue;
            }
            if (s.kind() == SeriesKind.BARS) {
                double ty = Math.min(p[1], sy.apply(0)) - 5;
                double half = Drawing.textWidth(label, Drawing.SMALL_SIZE - 1) / 2;
                labels.blockBox(p[0] - half, ty - Drawing.SMALL_SIZE, p[0] + half, ty + 3);
                svg.text(p[0], ty, label, Svg.Anchor.MIDDLE, Drawing.SMALL_SIZE - 1, false);
            } else {
                LabelPlacer.Placement at = labels.place(p[0], p[1], label, Drawing.SMALL_SIZE);
                svg.text(at.x(), at.y(), label, at.anchor(), Drawing.SMALL_SIZE, false);
            }
        }
        svg.endGroup();
    }

    private double barHalfWidth(Scale sx) {
        Set<BigDecimal> xs = new HashSet<>();
        for (Series s : series) {
            if (s.kind() == SeriesKind.BARS) {
                s.points().forEach(p -> xs.add(p.x().stripTrailingZeros()));
            }
        }
        return Math.max(2, (RIGHT - LEFT) / Math.max(1, xs.size()) * 0.3);
    }

    private void legend(Svg svg, double top) {
        svg.group("legend");
        double y = top + 6;
        svg.text(LEGEND_X, y, "Legend", Svg.Anchor.START, Drawing.LABEL_SIZE, true);
        y += 22;
        for (Series s : series) {
            if (s.kind() == SeriesKind.BARS) {
                svg.rect(LEGEND_X + 4, y - 9, 24, 12, Drawing.BAR, Svg.Stroke.solid(s.look().colour(), 1));
            } else {
                if (s.kind() != SeriesKind.POINTS) {
                    svg.line(LEGEND_X, y - 4, LEGEND_X + 32, y - 4, new Svg.Stroke(s.look().colour(), 2.5, s.look().dash()));
                }
                Drawing.marker(svg, s.look().marker(), LEGEND_X + 16, y - 4, s.look().colour());
            }
            for (String line : Drawing.wrap(s.name(), LEGEND_CHARS)) {
                svg.text(LEGEND_X + 40, y, line, Svg.Anchor.START, Drawing.SMALL_SIZE + 1, false);
                y += 16;
            }
            y += 10;
        }
        svg.endGroup();
    }
}
