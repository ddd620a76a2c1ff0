package org.aftercare.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import org.w3c.dom.Document;

/**
 * Invariants of the SVG writer, the scales and the chart layouts, 1000 tries each with the project's recorded seed
 * (see aftercare-jqwik's InvariantSeed): any text escapes to well-formed XML that reads back; numbers are plain and
 * within half a cent of the value; scales are monotone and stay in their range; any chart data renders to
 * well-formed XML, the same on every call, with every point inside the plot area.
 */
class ChartsPropertiesTest {
    private static final String SEED = "20261122";
    private static final List<Look> LOOKS = List.of(Look.SOLID_CIRCLE, Look.DASHED_SQUARE, Look.DOTTED_TRIANGLE,
            Look.DASH_DOT_DIAMOND);

    @Property(tries = 1000, seed = SEED)
    void anyTextEscapesToWellFormedXmlThatReadsBack(@ForAll String text) {
        String xml = Svg.of(100, 50, text, text).group(text).text(1, 20, text, Svg.Anchor.START, 10, false).endGroup()
                .toXml();
        Document doc = SvgDocuments.parse(xml);
        String expected = allowedOnly(text).replace("\r\n", "\n").replace('\r', '\n');
        assertThat(SvgDocuments.text(doc, "title")).isEqualTo(expected);
        assertThat(SvgDocuments.text(doc, "text")).isEqualTo(expected);
    }

    @Property(tries = 1000, seed = SEED)
    void numbersArePlainAndWithinHalfACentOfTheValue(@ForAll @DoubleRange(min = -1e12, max = 1e12) double value) {
        String text = Svg.number(value);
        assertThat(text).matches("-?[0-9]+(\\.[0-9]{1,2})?").isNotEqualTo("-0");
        assertThat(new BigDecimal(text).subtract(BigDecimal.valueOf(value)).abs())
                .isLessThanOrEqualTo(new BigDecimal("0.005"));
    }

    @Property(tries = 1000, seed = SEED)
    void scalesAreMonotoneAndStayInTheirRange(@ForAll AxisKind kind,
            @ForAll @DoubleRange(min = 0, max = 1e6) double a, @ForAll @DoubleRange(min = 0, max = 1e6) double b,
            @ForAll @DoubleRange(min = -1e4, max = 1e4) double r0, @ForAll @DoubleRange(min = -1e4, max = 1e4) double r1,
            @ForAll @DoubleRange(min = -1e6, max = 2e6) double u, @ForAll @DoubleRange(min = -1e6, max = 2e6) double w) {
        double shift = kind == AxisKind.LINEAR ? -5e5 : 0;
        Scale scale = Scale.of(kind, Math.min(a, b) + shift, Math.max(a, b) + shift, r0, r1);
        double lo = Math.min(u, w);
        double hi = Math.max(u, w);
        double pLo = scale.apply(lo);
        double pHi = scale.apply(hi);
        if (r0 <= r1) {
            assertThat(pLo).isLessThanOrEqualTo(pHi);
        } else {
            assertThat(pLo).isGreaterThanOrEqualTo(pHi);
        }
        assertThat(pLo).isBetween(Math.min(r0, r1), Math.max(r0, r1));
        assertThat(pHi).isBetween(Math.min(r0, r1), Math.max(r0, r1));
    }

    @Property(tries = 1000, seed = SEED)
    void anyXyChartIsWellFormedDeterministicAndKeepsPointsInThePlotArea(@ForAll("xyCharts") XyChart chart) {
        String svg = chart.toSvg();
        assertThat(chart.toSvg()).isEqualTo(svg);
        Document doc = SvgDocuments.parse(svg);
        assertThat(SvgDocuments.text(doc, "title")).isEqualTo(allowedOnly(chart.title()));
        double[] area = chart.plotArea();
        for (Series s : chart.series()) {
            for (double[] p : chart.pixels(s)) {
                assertThat(p[0]).isBetween(area[0], area[2]);
                assertThat(p[1]).isBetween(area[1], area[3]);
            }
        }
    }

    @Property(tries = 1000, seed = SEED)
    void anyTimelineIsWellFormedAndDeterministic(@ForAll("timelines") TimelineChart chart) {
        String svg = chart.toSvg();
        assertThat(chart.toSvg()).isEqualTo(svg);
        Document doc = SvgDocuments.parse(svg);
        assertThat(doc.getDocumentElement().getAttribute("height")).isEqualTo(Svg.number(chart.height()));
    }

    @Provide
    Arbitrary<XyChart> xyCharts() {
        Arbitrary<AxisKind> kinds = Arbitraries.of(AxisKind.class);
        return kinds.flatMap(xKind -> kinds.flatMap(yKind -> series(xKind, yKind).list().ofMinSize(1).ofMaxSize(4)
                .flatMap(raw -> Arbitraries.strings().ofMinLength(1).ofMaxLength(40).map(title -> {
                    List<Series> named = new ArrayList<>();
                    for (int i = 0; i < raw.size(); i++) {
                        Series s = raw.get(i);
                        named.add(new Series("series " + i + " " + s.name(), s.kind(), LOOKS.get(i), s.points()));
                    }
                    boolean bars = false;
                    List<Series> distinct = new ArrayList<>();
                    for (Series s : named) {
                        if (s.kind() == SeriesKind.BARS && bars) {
                            continue;
                        }
                        bars |= s.kind() == SeriesKind.BARS;
                        distinct.add(s);
                    }
                    Axis x = new Axis("x (unit)", xKind, BigDecimal.ZERO, BigDecimal.TEN, List.of(Tick.of(0), Tick.of(10)));
                    Axis y = new Axis("y (unit)", yKind, BigDecimal.ONE, BigDecimal.TEN, List.of(Tick.of(5)));
                    return new XyChart("generated-chart", "t" + title, "a generated chart", x, y, distinct);
                }))));
    }

    private static Arbitrary<Series> series(AxisKind xKind, AxisKind yKind) {
        Arbitrary<Point> points = Combinators.combine(value(xKind), value(yKind),
                Arbitraries.strings().ofMaxLength(20)).as(Point::new);
        return Combinators.combine(Arbitraries.of(SeriesKind.class), points.list().ofMinSize(1).ofMaxSize(25),
                Arbitraries.strings().ofMaxLength(30)).as((kind, ps, name) -> {
                    List<Point> sorted = new ArrayList<>(ps);
                    if (kind == SeriesKind.STEP || kind == SeriesKind.LINE) {
                        sorted.sort(Comparator.comparing(Point::x));
                    }
                    return new Series("n" + name, kind, Look.SOLID_CIRCLE, sorted);
                });
    }

    private static Arbitrary<BigDecimal> value(AxisKind kind) {
        return Arbitraries.bigDecimals().between(kind == AxisKind.SQUARE_ROOT ? BigDecimal.ZERO : new BigDecimal("-1e6"),
                new BigDecimal("1e6")).ofScale(2);
    }

    @Provide
    Arbitrary<TimelineChart> timelines() {
        Arbitrary<BigDecimal> at = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1000")).ofScale(3);
        Arbitrary<String> text = Arbitraries.strings().ofMaxLength(30);
        Arbitrary<Span> spans = Combinators.combine(at, at, text, Arbitraries.of(SpanFill.class))
                .as((a, b, label, fill) -> new Span(a.min(b), a.max(b), label, fill));
        Arbitrary<Mark> marks = Combinators.combine(at, text, Arbitraries.of(MarkerShape.class)).as(Mark::new);
        Arbitrary<Lane> lanes = Combinators.combine(text, spans.list().ofMaxSize(4), marks.list().ofMaxSize(4),
                at.list().ofMaxSize(10)).as((label, s, m, t) -> new Lane("lane " + label, s, m, t));
        Arbitrary<Guide> guides = Combinators.combine(at, text).as(Guide::new);
        return Combinators.combine(Arbitraries.of(AxisKind.class), lanes.list().ofMinSize(1).ofMaxSize(8),
                guides.list().ofMaxSize(3), text).as((kind, ls, gs, title) -> new TimelineChart("generated", "t" + title,
                        "a generated timeline", new Axis("days (d)", kind, BigDecimal.ZERO, BigDecimal.ONE, List.of()),
                        ls, gs));
    }

    private static String allowedOnly(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (!Character.isSurrogate(c) && (c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD))) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
