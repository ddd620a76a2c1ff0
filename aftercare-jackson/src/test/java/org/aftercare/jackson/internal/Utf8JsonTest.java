package org.aftercare.jackson.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.aftercare.incentive.Money;
import org.junit.jupiter.api.Test;

/**
 * The byte writer of report lines at its edges: each escape, each UTF-8 length, lone surrogates, the extreme
 * numbers, dates outside four-digit years and amounts of every scale, each with the exact text expected and the
 * text Jackson's compact generator writes for the same call.
 */
class Utf8JsonTest {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    interface Calls {
        void write(JsonGenerator g) throws IOException;
    }

    /** Jackson's compact text for the calls, as the batch wrote it before (String, then UTF-8). */
    static String jackson(Calls calls) {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(text)) {
            calls.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static String utf8(Utf8Json o) {
        return new String(o.toByteArray(), StandardCharsets.UTF_8);
    }

    private static String string(String s) {
        Utf8Json o = new Utf8Json(4);
        o.string(s);
        assertThat(o.toByteArray()).as(s).isEqualTo(jackson(g -> g.writeString(s)).getBytes(StandardCharsets.UTF_8));
        return utf8(o);
    }

    @Test
    void plainAsciiIsCopied() {
        assertThat(string("week 3: 2 of 3 sessions/attended ~")).isEqualTo("\"week 3: 2 of 3 sessions/attended ~\"");
        assertThat(string("")).isEqualTo("\"\"");
    }

    @Test
    void quotesBackslashesAndControlsAreEscapedAsJacksonDoes() {
        assertThat(string("a\"b\\c")).isEqualTo("\"a\\\"b\\\\c\"");
        assertThat(string("\b\t\n\f\r")).isEqualTo("\"\\b\\t\\n\\f\\r\"");
        assertThat(string("\u0000\u0001\u001f\u000b")).isEqualTo("\"\\u0000\\u0001\\u001F\\u000B\"");
        assertThat(string("\u007f/")).isEqualTo("\"\u007f/\"");
    }

    @Test
    void nonAsciiIsUtf8OfEveryLength() {
        Utf8Json o = new Utf8Json(1);
        o.string("é€😀");
        assertThat(o.toByteArray()).containsExactly('"', 0xC3 - 256, 0xA9 - 256, 0xE2 - 256, 0x82 - 256, 0xAC - 256,
                0xF0 - 256, 0x9F - 256, 0x98 - 256, 0x80 - 256, '"');
        assertThat(o.replacedSurrogate()).isFalse();
        assertThat(string("x\u07ff\u0800\uffff")).isEqualTo("\"x\u07ff\u0800\uffff\"");
    }

    @Test
    void loneSurrogatesBecomeQuestionMarksAndAreNoted() {
        for (String s : new String[] {"a\ud800", "\udc00b", "\ud800\ud800\udc00", "\udc00\ud800"}) {
            Utf8Json o = new Utf8Json(8);
            o.string(s);
            assertThat(o.toByteArray()).as(s)
                    .isEqualTo(jackson(g -> g.writeString(s)).getBytes(StandardCharsets.UTF_8));
            assertThat(o.replacedSurrogate()).as(s).isTrue();
        }
        assertThat(string("\ud800\ud800\udc00")).isEqualTo("\"?\ud800\udc00\"");
    }

    @Test
    void nullIsNull() {
        Utf8Json o = new Utf8Json(8);
        o.startArray();
        o.string(null);
        o.string(null);
        o.endArray();
        assertThat(utf8(o)).isEqualTo("[null,null]").isEqualTo(jackson(g -> {
            g.writeStartArray();
            g.writeString((String) null);
            g.writeString((String) null);
            g.writeEndArray();
        }));
    }

    @Test
    void numbersAndBooleansAsJacksonWritesThem() {
        Utf8Json o = new Utf8Json(2);
        o.startObject();
        o.field("a", 0);
        o.field("b", -1);
        o.field("c", Long.MIN_VALUE);
        o.field("d", Long.MAX_VALUE);
        o.field("e", 1_000_000);
        o.field("t", true);
        o.field("f", false);
        o.arrayField("x");
        o.number(7);
        o.startObject();
        o.endObject();
        o.startArray();
        o.endArray();
        o.endArray();
        o.objectField("y");
        o.endObject();
        o.endObject();
        String expected = "{\"a\":0,\"b\":-1,\"c\":-9223372036854775808,\"d\":9223372036854775807,\"e\":1000000,"
                + "\"t\":true,\"f\":false,\"x\":[7,{},[]],\"y\":{}}";
        assertThat(utf8(o)).isEqualTo(expected).isEqualTo(jackson(g -> {
            g.writeStartObject();
            g.writeNumberField("a", 0);
            g.writeNumberField("b", -1);
            g.writeNumberField("c", Long.MIN_VALUE);
            g.writeNumberField("d", Long.MAX_VALUE);
            g.writeNumberField("e", 1_000_000);
            g.writeBooleanField("t", true);
            g.writeBooleanField("f", false);
            g.writeArrayFieldStart("x");
            g.writeNumber(7);
            g.writeStartObject();
            g.writeEndObject();
            g.writeStartArray();
            g.writeEndArray();
            g.writeEndArray();
            g.writeObjectFieldStart("y");
            g.writeEndObject();
            g.writeEndObject();
        }));
    }

    private static String date(LocalDate d) {
        Utf8Json o = new Utf8Json(1);
        o.date(d);
        assertThat(utf8(o)).isEqualTo("\"" + d + "\"");
        return utf8(o);
    }

    @Test
    void datesOfEveryYearShape() {
        assertThat(date(LocalDate.of(2026, 3, 2))).isEqualTo("\"2026-03-02\"");
        assertThat(date(LocalDate.of(2026, 12, 31))).isEqualTo("\"2026-12-31\"");
        assertThat(date(LocalDate.of(0, 1, 1))).isEqualTo("\"0000-01-01\"");
        assertThat(date(LocalDate.of(999, 10, 9))).isEqualTo("\"0999-10-09\"");
        assertThat(date(LocalDate.of(9999, 12, 31))).isEqualTo("\"9999-12-31\"");
        assertThat(date(LocalDate.of(10000, 1, 1))).isEqualTo("\"+10000-01-01\"");
        assertThat(date(LocalDate.of(-1, 1, 1))).isEqualTo("\"-0001-01-01\"");
        assertThat(date(LocalDate.MIN)).isEqualTo("\"" + LocalDate.MIN + "\"");
        assertThat(date(LocalDate.MAX)).isEqualTo("\"" + LocalDate.MAX + "\"");
    }

    private static String money(String amount) {
        BigDecimal decimal = new BigDecimal(amount);
        Utf8Json o = new Utf8Json(1);
        o.plain(decimal);
        assertThat(utf8(o)).as(amount).isEqualTo("\"" + decimal.toPlainString() + "\"");
        return utf8(o);
    }

    @Test
    void moneyIsItsToString() {
        for (String amount : new String[] {"0", "0.05", "0.5", "12.50", "750", "999999999999999.99"}) {
            Money m = Money.of(amount);
            Utf8Json o = new Utf8Json(1);
            o.money(m);
            assertThat(utf8(o)).isEqualTo("\"" + m + "\"");
        }
        Utf8Json o = new Utf8Json(1);
        o.money(Money.of("7.5"));
        assertThat(utf8(o)).isEqualTo("\"7.50\"");
    }

    @Test
    void amountsOfEveryScaleAsToPlainString() {
        assertThat(money("0.00")).isEqualTo("\"0.00\"");
        assertThat(money("0.05")).isEqualTo("\"0.05\"");
        assertThat(money("0.50")).isEqualTo("\"0.50\"");
        assertThat(money("12.50")).isEqualTo("\"12.50\"");
        assertThat(money("750.00")).isEqualTo("\"750.00\"");
        assertThat(money("-3.25")).isEqualTo("\"-3.25\"");
        assertThat(money("-0.01")).isEqualTo("\"-0.01\"");
        assertThat(money("40")).isEqualTo("\"40\"");
        assertThat(money("1.5")).isEqualTo("\"1.5\"");
        assertThat(money("0.000000000000000001")).isEqualTo("\"0.000000000000000001\"");
        assertThat(money("999999999999999999")).isEqualTo("\"999999999999999999\"");
        assertThat(money("99999999999999999.9")).isEqualTo("\"99999999999999999.9\"");
        // beyond 18 digits or 18 decimals, or a negative scale: toString itself
        assertThat(money("1234567890123456789.00")).isEqualTo("\"1234567890123456789.00\"");
        assertThat(money("0.0000000000000000001")).isEqualTo("\"0.0000000000000000001\"");
        assertThat(money("1E+3")).isEqualTo("\"1000\"");
    }

    @Test
    void rawValuesTakeCommasLikeAnyValue() {
        Utf8Json o = new Utf8Json(1);
        o.startArray();
        o.raw("{\"a\":1}".getBytes(StandardCharsets.US_ASCII));
        o.raw("2".getBytes(StandardCharsets.US_ASCII));
        o.endArray();
        assertThat(utf8(o)).isEqualTo("[{\"a\":1},2]");
    }

    @Test
    void resetForgetsTheTextAndDropsAHugeBuffer() {
        Utf8Json o = new Utf8Json(1);
        o.string("x".repeat(Utf8Json.KEEP_AT_MOST + 1));
        o.string("\ud800");
        o.reset();
        assertThat(o.size()).isZero();
        assertThat(o.replacedSurrogate()).isFalse();
        o.startArray();
        o.number(1);
        o.endArray();
        assertThat(utf8(o)).isEqualTo("[1]");
        assertThat(o.toUtf8String()).isEqualTo("[1]");
    }
}
