package org.aftercare.charts;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.aftercare.InvalidValueException;

/**
 * A chart of lanes over one axis, such as an induction timeline: one lane per medication and opioid, a hatched
 * wait from the last use, a marker at the earliest start.
 *
 * <p>Invariants: at least one lane. Rendering widens the axis to fit every span, mark, tick and guide. Spans
 * carry their labels directly (under the bar) and marks above it, so the chart reads without colour.
 *
 * <pre>{@code
 * TimelineChart chart = new TimelineChart("waits", "Induction waits", "Hours from last use.",
 *         Axis.linear("Days since last use", BigDecimal.ZERO, BigDecimal.TEN, BigDecimal.ONE),
 *         List.of(Lane.of("Buprenorphine", List.of(wait), List.of(start))), List.of());
 * }</pre>
 *
 * @param name  the file-safe name, lowercase words joined by hyphens
 * @param title  the title, not blank
 * @param description  the description for screen readers, not blank
 * @param x  the horizontal axis, not null
 * @param lanes  the lanes, top first, not empty
 * @param guides  vertical lines across all lanes, not null
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public record TimelineChart(String name, String title, String description, Axis x, List<Lane> lanes, List<Guide> guides)
        implements Chart {

    /** The width of the document in pixels. */
    public static final double WIDTH = 960;
    private static final double LEFT = 280;
    private static final double RIGHT = WIDTH - 60;
    private static final double LANE = 62;
    private static final double BAR = 16;
    private static final int LANE_LABEL_CHARS = 38;

    /** Validates the fields; see the class description. */
    public TimelineChart {
        Drawing.checkChart(name, title, description);
        Objects.requireNonNull(x, "chart.x");
        lanes = List.copyOf(Objects.requireNonNull(lanes, "chart.lanes"));
        guides = List.copyOf(Objects.requireNonNull(guides, "chart.guides"));
        if (lanes.isEmpty()) {
            throw new InvalidValueException("chart.lanes", "not be empty", lanes);
        }
        if (x.kind() == AxisKind.SQUARE_ROOT && values(lanes, guides).anyMatch(v -> v.signum() < 0)) {
            throw new InvalidValueException("chart.x", "hold no negative value on a square-root axis", x.label());
        }
    }

    /**
     * Returns the height of the document in pixels: it grows with the lanes.
     *
     * @return the height
     */
    public double height() {
        return top() + lanes.size() * LANE + 70;
    }

    private static Stream<BigDecimal> values(List<Lane> lanes, List<Guide> guides) {
        return Stream.concat(lanes.stream().flatMap(l -> Stream.concat(Stream.concat(
                l.spans().stream().flatMap(s -> Stream.of(s.start(), s.end())), l.marks().stream().map(Mark::at)),
                l.ticks().stream())), guides.stream().map(Guide::at));
    }

    private double top() {
        return 26 + Drawing.wrap(title, (int) (WIDTH / (Drawing.TITLE_SIZE * 0.58))).size() * (Drawing.TITLE_SIZE + 4)
                + (guides.isEmpty() ? 14 : 34);
    }

    /**
     * Returns the scale of the x axis: the axis widened to fit every value.
     *
     * @return the scale, not null
     */
    Scale xScale() {
        BigDecimal min = values(lanes, guides).reduce(x.min(), BigDecimal::min);
        BigDecimal max = values(lanes, guides).reduce(x.max(), BigDecimal::max);
        return Scale.of(x.kind(), min.doubleValue(), max.doubleValue(), LEFT, RIGHT);
    }

    @Override
    public String toSvg() {
        double height = height();
        Svg svg = Svg.of(WIDTH, height, title, description).defs(Drawing.DEFS);
        Drawing.title(svg, title, WIDTH);
        double top = top();
        double bottom = top + lanes.size() * LANE;
        Scale sx = xScale();
        Svg.Stroke ink = Svg.Stroke.solid(Drawing.INK, 1);
        Svg.Stroke grid = Svg.Stroke.solid(Drawing.GRID, 1);
        svg.group("axis");
        for (Tick t : x.ticks()) {
            double px = sx.apply(t.value().doubleValue());
            svg.line(px, top, px, bottom, grid);
            svg.line(px, bottom, px, bottom + 5, ink);
            svg.text(px, bottom + 18, t.label(), Svg.Anchor.MIDDLE, Drawing.SMALL_SIZE, false);
        }
        svg.line(LEFT, bottom, RIGHT, bottom, ink);
        svg.text((LEFT + RIGHT) / 2, bottom + 44, x.label(), Svg.Anchor.MIDDLE, Drawing.LABEL_SIZE, false);
        svg.endGroup();
        for (int i = 0; i < lanes.size(); i++) {
            drawLane(svg, lanes.get(i), top + i * LANE, sx);
        }
        for (Guide g : guides) {
            double px = sx.apply(g.at().doubleValue());
            svg.group("guide " + g.label());
            svg.line(px, top - 6, px, bottom, new Svg.Stroke(Drawing.INK, 1.5, "6 3"));
            svg.text(px, top - 10, g.label(), anchorFor(px, g.label()), Drawing.SMALL_SIZE, true);
            svg.endGroup();
        }
        return svg.toXml();
    }

    private void drawLane(Svg svg, Lane lane, double laneTop, Scale sx) {
        svg.group(lane.label());
        double cy = laneTop + LANE / 2 - 2;
        svg.line(LEFT, laneTop + LANE, RIGHT, laneTop + LANE, Svg.Stroke.solid(Drawing.GRID, 1));
        List<String> lines = Drawing.wrap(lane.label(), LANE_LABEL_CHARS);
        double ly = cy + 4 - (lines.size() - 1) * 7.5;
        for (String line : lines) {
            svg.text(LEFT - 12, ly, line, Svg.Anchor.END, Drawing.SMALL_SIZE + 1, false);
            ly += 15;
        }
        for (Span s : lane.spans()) {
            double x1 = sx.apply(s.start().doubleValue());
            double x2 = Math.max(x1 + 1, sx.apply(s.end().doubleValue()));
            String fill = s.fill() == SpanFill.SOLID ? Drawing.BAR
                    : s.fill() == SpanFill.HATCHED ? "url(#" + Drawing.HATCH_ID + ")" : "#ffffff";
            Svg.Stroke outline = s.fill() == SpanFill.OUTLINE ? Svg.Stroke.solid(Drawing.INK, 2)
                    : Svg.Stroke.solid(Drawing.INK, 1);
            svg.rect(x1, cy - BAR / 2, x2 - x1, BAR, fill, outline);
            if (!s.label().isEmpty()) {
                double lx = Math.min(x1, RIGHT - Drawing.textWidth(s.label(), Drawing.SMALL_SIZE));
                svg.text(Math.max(LEFT, lx), cy + BAR / 2 + 14, s.label(), Svg.Anchor.START, Drawing.SMALL_SIZE, false);
            }
        }
        for (BigDecimal t : lane.ticks()) {
            double px = sx.apply(t.doubleValue());
            svg.line(px, cy - BAR / 2 - 3, px, cy + BAR / 2 + 3, Svg.Stroke.solid(Drawing.INK, 1.2));
        }
        for (Mark m : lane.marks()) {
            double px = sx.apply(m.at().doubleValue());
            Drawing.marker(svg, m.shape(), px, cy, Drawing.INK);
            if (!m.label().isEmpty()) {
                svg.text(px, cy - BAR / 2 - 8, m.label(), anchorFor(px, m.label()), Drawing.SMALL_SIZE, false);
            }
        }
        svg.endGroup();
    }

    private static Svg.Anchor anchorFor(double px, String label) {
        double half = Drawing.textWidth(label, Drawing.SMALL_SIZE) / 2;
        if (px - half < LEFT) {
            return Svg.Anchor.START;
        }
        return px + half > RIGHT ? Svg.Anchor.END : Svg.Anchor.MIDDLE;
    }
}
