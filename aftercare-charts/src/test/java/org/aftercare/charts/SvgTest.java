package org.aftercare.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.aftercare.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class SvgTest {

    @Test
    void numbersAreRoundedHalfEvenToTwoPlacesInPlainNotation() {
        assertThat(Svg.number(12.499999)).isEqualTo("12.5");
        assertThat(Svg.number(0.125)).isEqualTo("0.12");
        assertThat(Svg.number(0.135)).isEqualTo("0.14");
        assertThat(Svg.number(1234567.891)).isEqualTo("1234567.89");
        assertThat(Svg.number(1e-9)).isEqualTo("0");
        assertThat(Svg.number(-0.0)).isEqualTo("0");
        assertThat(Svg.number(-0.001)).isEqualTo("0");
        assertThat(Svg.number(-3.5)).isEqualTo("-3.5");
        assertThat(Svg.number(1e21)).isEqualTo("1000000000000000000000");
        assertThat(Svg.number(40)).isEqualTo("40");
    }

    @Test
    void nonFiniteNumbersAreRejectedNamingTheValue() {
        assertThatThrownBy(() -> Svg.number(Double.NaN)).isInstanceOf(InvalidValueException.class)
                .hasMessage("svg.number must be finite: NaN");
        assertThatThrownBy(() -> Svg.number(Double.POSITIVE_INFINITY)).isInstanceOf(InvalidValueException.class)
                .hasMessage("svg.number must be finite: Infinity");
    }

    @Test
    void textIsEscapedAndCharactersXmlForbidsAreDropped() {
        assertThat(Svg.escape("a < b & c > \"d\" 'e'")).isEqualTo("a &lt; b &amp; c &gt; &quot;d&quot; &apos;e&apos;");
        assertThat(Svg.escape("bell\u0007 nul\u0000 ok\tline\n")).isEqualTo("bell nul ok\tline\n");
        assertThat(Svg.escape("lone \uD800 surrogate, pair \uD83D\uDE00, \uFFFE\uFFFF"))
                .isEqualTo("lone  surrogate, pair \uD83D\uDE00, ");
        assertThat(Svg.escape("μg/L ≥ 5")).isEqualTo("μg/L ≥ 5");
    }

    @Test
    void documentIsWellFormedWithTitleDescriptionAndEscapedText() {
        Svg svg = Svg.of(200, 100, "Ladder <2024> & \"Virginia\"", "desc with ]]> and <tags>");
        svg.group("series \"a\" & b").line(0, 0, 10.005, 10, Svg.Stroke.solid("#000000", 1))
                .polyline(List.of(new double[] {0, 0}, new double[] {5, 5}), new Svg.Stroke("#0072b2", 2, "8 4"))
                .text(5, 5, "</text><script>alert(1)</script>", Svg.Anchor.MIDDLE, 11, true)
                .verticalText(10, 50, "y & axis", 12).endGroup();
        String xml = svg.toXml();
        Document doc = SvgDocuments.parse(xml);
        assertThat(SvgDocuments.text(doc, "title")).isEqualTo("Ladder <2024> & \"Virginia\"");
        assertThat(SvgDocuments.text(doc, "desc")).isEqualTo("desc with ]]> and <tags>");
        assertThat(doc.getElementsByTagNameNS("*", "script").getLength()).isZero();
        assertThat(doc.getElementsByTagNameNS("*", "text").item(0).getTextContent())
                .isEqualTo("</text><script>alert(1)</script>");
        assertThat(doc.getDocumentElement().getAttribute("role")).isEqualTo("img");
        assertThat(xml).contains("<line x1=\"0\" y1=\"0\" x2=\"10\" y2=\"10\" stroke=\"#000000\" stroke-width=\"1\"/>");
        assertThat(xml).contains("stroke-dasharray=\"8 4\"");
        assertThat(xml).endsWith("</svg>\n");
    }

    @Test
    void outputIsTheSameBytesUnderAnyDefaultLocaleAndZone() {
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        try {
            Locale.setDefault(Locale.ROOT);
            TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
            String root = ChartsFixture.ladders().toSvg() + ChartsFixture.induction().toSvg();
            Locale.setDefault(Locale.forLanguageTag("ar-EG-u-nu-arab"));
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            String arabic = ChartsFixture.ladders().toSvg() + ChartsFixture.induction().toSvg();
            Locale.setDefault(Locale.GERMANY);
            String german = ChartsFixture.ladders().toSvg() + ChartsFixture.induction().toSvg();
            assertThat(arabic).isEqualTo(root);
            assertThat(german).isEqualTo(root);
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
    }

    @Test
    void badShapesAreRejectedNamingTheField() {
        assertThatThrownBy(() -> Svg.of(0, 10, "t", "d")).isInstanceOf(InvalidValueException.class)
                .hasMessage("svg.size must be positive and finite: 0.0 x 10.0");
        assertThatThrownBy(() -> Svg.of(10, 10, "t", "d").polyline(List.of(), Svg.Stroke.solid("#000000", 1)))
                .hasMessage("polyline.points must not be empty: 0");
        assertThatThrownBy(() -> new Look("red", "", MarkerShape.CIRCLE))
                .hasMessage("look.colour must be #rrggbb in lowercase hex: \"red\"");
        assertThatThrownBy(() -> new Look("#000000", "8;4", MarkerShape.CIRCLE))
                .hasMessage("look.dash must be numbers separated by spaces, or empty: \"8;4\"");
    }
}
