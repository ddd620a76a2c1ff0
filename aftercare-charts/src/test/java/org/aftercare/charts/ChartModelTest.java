package org.aftercare.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.aftercare.InvalidValueException;
import org.junit.jupiter.api.Test;

class ChartModelTest {
    private static final Axis X = Axis.linear("Day (days)", BigDecimal.ZERO, BigDecimal.TEN, BigDecimal.ONE);
    private static final List<Point> POINTS = List.of(Point.of(1, BigDecimal.ONE, ""), Point.of(2, BigDecimal.TEN, ""));

    @Test
    void seriesThatDifferOnlyInColourAreRejected() {
        Series a = new Series("a", SeriesKind.LINE, Look.SOLID_CIRCLE, POINTS);
        Series b = new Series("b", SeriesKind.STEP, new Look("#0072b2", "", MarkerShape.CIRCLE), POINTS);
        assertThatThrownBy(() -> new XyChart("c", "t", "d", X, X, List.of(a, b))).isInstanceOf(InvalidValueException.class)
                .hasMessage("chart.series must differ in dash pattern or marker, not colour alone: b");
    }

    @Test
    void invalidChartsAreRejectedNamingTheField() {
        Series a = new Series("a", SeriesKind.LINE, Look.SOLID_CIRCLE, POINTS);
        assertThatThrownBy(() -> new XyChart("Take Home", "t", "d", X, X, List.of(a)))
                .hasMessage("chart.name must be lowercase words joined by hyphens: \"Take Home\"");
        assertThatThrownBy(() -> new XyChart("c", " ", "d", X, X, List.of(a))).hasMessage("chart.title must not be blank: \" \"");
        assertThatThrownBy(() -> new XyChart("c", "t", "d", X, X, List.of()))
                .hasMessage("chart.series must not be empty: []");
        assertThatThrownBy(() -> new Series("s", SeriesKind.STEP, Look.SOLID_CIRCLE, List.of(POINTS.get(1), POINTS.get(0))))
                .hasMessage("series.s.points must ascend in x: 1");
        assertThatThrownBy(() -> new Axis("y (unit)", AxisKind.LINEAR, BigDecimal.ZERO, BigDecimal.ONE, List.of(Tick.of(2))))
                .hasMessage("axis.ticks must lie within 0..1: 2");
        assertThatThrownBy(() -> new Axis("y (unit)", AxisKind.SQUARE_ROOT, BigDecimal.ONE.negate(), BigDecimal.ONE,
                List.of())).hasMessage("axis.min must not be negative on a square-root axis: -1");
        assertThatThrownBy(() -> new Span(BigDecimal.TEN, BigDecimal.ONE, "", SpanFill.SOLID))
                .hasMessage("span.end must not be before start 10: 1");
        assertThatThrownBy(() -> Scale.of(AxisKind.LINEAR, 2, 1, 0, 100)).hasMessage("scale.domain must be finite with min <= max: 2.0..1.0");
    }

    @Test
    void dataOutsideTheAxisWidensItAndAOneValueDomainMapsToTheMiddle() {
        Series wide = new Series("a", SeriesKind.POINTS, Look.SOLID_CIRCLE, List.of(Point.of(-5, new BigDecimal("20"), "")));
        XyChart chart = new XyChart("c", "t", "d", X, X, List.of(wide));
        double[] area = chart.plotArea();
        double[] p = chart.pixels(wide).get(0);
        assertThat(p[0]).isEqualTo(area[0]);
        assertThat(p[1]).isEqualTo(area[1]);
        assertThat(Scale.of(AxisKind.SQUARE_ROOT, 4, 4, 0, 100).apply(4)).isEqualTo(50.0);
        assertThat(Scale.of(AxisKind.SQUARE_ROOT, 0, 100, 0, 100).apply(25)).isEqualTo(50.0);
        assertThat(Scale.of(AxisKind.LINEAR, 0, 10, 400, 0).apply(2.5)).isEqualTo(300.0);
    }

    @Test
    void wrapSplitsAtSpacesAndKeepsLongWords() {
        assertThat(Drawing.wrap("42 CFR 8.12, 2024 text (as of 2025-06-01)", 20))
                .containsExactly("42 CFR 8.12, 2024", "text (as of", "2025-06-01)");
        assertThat(Drawing.wrap("supercalifragilistic word", 5)).containsExactly("supercalifragilistic", "word");
        assertThat(Drawing.wrap("", 5)).containsExactly("");
    }
}
