package org.aftercare.jackson.internal;

import static org.aftercare.jackson.internal.PlainTree.withFractionsAsKind;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.aftercare.jackson.DecodeLimits;

/**
 * The decoder's own tree holds what Jackson's tree of the same document holds: {@link JsonTree#parse} and
 * {@link JsonTree#of} (the Jackson module's path) give the same members in the same order, the same integers and
 * the same kinds of value, so both paths feed the readers the same input.
 */
class JsonTreePropertiesTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Property(tries = 1000, seed = "20261122")
    void parsedTreeIsJacksonsTree(@ForAll long seed) throws Exception {
        String json = value(new Random(seed), 0);
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        Problems problems = new Problems();
        Object parsed = JsonTree.parse(bytes, DecodeLimits.DEFAULT, problems);
        Object jackson = JsonTree.parseWithJackson(bytes, DecodeLimits.DEFAULT, problems);
        assertThat(problems.any()).as(json).isFalse();
        assertThat(withFractionsAsKind(parsed)).as(json).isEqualTo(withFractionsAsKind(jackson))
                .isEqualTo(withFractionsAsKind(JsonTree.of(MAPPER.readTree(bytes))));
    }

    /** When the everyday reader accepts a document (valid or not), Jackson's path reads the same tree without a problem. */
    @Property(tries = 1000, seed = "20261122")
    void everydayReaderAcceptsOnlyWhatJacksonReadsTheSame(@ForAll long seed, @ForAll("limits") DecodeLimits limits) {
        Random r = new Random(seed);
        String json = mutate(r, value(r, 0));
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        Object everyday = AsciiJson.read(bytes, limits);
        if (everyday != null) {
            Problems problems = new Problems();
            Object jackson = JsonTree.parseWithJackson(bytes, limits, problems);
            assertThat(problems.sorted()).as(json).isEmpty();
            assertThat(withFractionsAsKind(everyday)).as(json).isEqualTo(withFractionsAsKind(jackson));
        }
    }

    @Provide
    Arbitrary<DecodeLimits> limits() {
        return Arbitraries.of(DecodeLimits.DEFAULT, new DecodeLimits(1 << 20, 2, 4, 3), new DecodeLimits(1 << 20, 3, 8, 5));
    }

    @Example
    void everydayReaderReadsPlainAsciiDocuments() {
        assertThat(withFractionsAsKind(AsciiJson.read(" {\"a\" : [1, -2, 0, -0, true, false, null, \"x y\", {}, []]}\n"
                .getBytes(StandardCharsets.UTF_8), DecodeLimits.DEFAULT))).hasToString(
                "{a=[1, -2, 0, 0, true, false, null, x y, {}, []]}");
        assertThat(AsciiJson.read("\"just a string\"".getBytes(StandardCharsets.UTF_8), DecodeLimits.DEFAULT))
                .isEqualTo("just a string");
    }

    @Example
    void everydayReaderLeavesEverythingElseToJackson() {
        for (String json : List.of("", " ", "{", "{\"a\":1", "{\"a\":1}x", "{\"a\":1}{}", "{\"a\":1,}", "[1,]",
                "{\"a\" 1}", "{a:1}", "{\"a\":01}", "{\"a\":-01}", "{\"a\":-}", "{\"a\":1.5}", "{\"a\":1e3}",
                "{\"a\":1234567890123456789}", "{\"a\":truex}", "{\"a\":nul}", "{\"a\":\"\\n\"}", "{\"\\u0061\":1}",
                "{\"a\":\"é\"}", "{\"a\":\"tab\there\"}", "{\"a\":1,\"a\":2}", "\uFEFF{}", "{\"a\":1}\u0000",
                "// c\n{}", "{\"a\":[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}")) {
            assertThat(AsciiJson.read(json.getBytes(StandardCharsets.UTF_8), DecodeLimits.DEFAULT)).as(json).isNull();
        }
        String longName = "n".repeat(40);
        assertThat(AsciiJson.read(("{\"" + longName + "\":1,\"" + longName + "\":2}").getBytes(StandardCharsets.UTF_8),
                DecodeLimits.DEFAULT)).as("a repeated long name").isNull();
        JsonObject distinct = (JsonObject) AsciiJson.read(("{\"" + longName + "\":1,\"" + longName + "x\":2}")
                .getBytes(StandardCharsets.UTF_8), DecodeLimits.DEFAULT);
        assertThat(distinct.size()).isEqualTo(2);
        assertThat(distinct.name(0)).isEqualTo(longName).isNotSameAs(longName.intern());
        DecodeLimits small = new DecodeLimits(1 << 20, 2, 3, 2);
        assertThat(AsciiJson.read("{\"a\":{}}".getBytes(StandardCharsets.UTF_8), small)).isNotNull();
        for (String json : List.of("{\"a\":{\"b\":{}}}", "{\"abcd\":1}", "{\"a\":\"abcd\"}", "[1,2,3]")) {
            assertThat(AsciiJson.read(json.getBytes(StandardCharsets.UTF_8), small)).as(json).isNull();
        }
    }

    @Example
    void everydayReaderSharesShortStringsAndNotLongOnes() {
        String longer = "x".repeat(40);
        JsonArray a = (JsonArray) AsciiJson.read(("[\"urine-sample\", \"urine-sample\", \"" + longer + "\", \""
                + longer + "\"]").getBytes(StandardCharsets.UTF_8), DecodeLimits.DEFAULT);
        assertThat(a.get(0)).isEqualTo("urine-sample").isSameAs(a.get(1));
        assertThat(a.get(2)).isEqualTo(longer).isNotSameAs(a.get(3));
    }

    @Example
    void objectsKeepDocumentOrderAndFindEveryMember() {
        StringBuilder json = new StringBuilder("{");
        for (int i = 0; i < 100; i++) {
            json.append(i == 0 ? "" : ",").append("\"m").append(99 - i).append("\":").append(i);
        }
        Problems problems = new Problems();
        JsonObject o = (JsonObject) JsonTree.parse(json.append('}').toString().getBytes(StandardCharsets.UTF_8),
                DecodeLimits.DEFAULT, problems);
        assertThat(o.size()).isEqualTo(100);
        for (int i = 0; i < 100; i++) {
            assertThat(o.name(i)).isEqualTo("m" + (99 - i));
            assertThat(o.get("m" + (99 - i))).isEqualTo((long) i);
            assertThat(o.indexOf(new String("m" + (99 - i)))).isEqualTo(i);
        }
        assertThat(o.has("m100")).isFalse();
        assertThat(o.get("m100")).isNull();
    }

    @Example
    void aRepeatedMemberIsReportedOnceAndTheFirstKept() {
        StringBuilder json = new StringBuilder("{");
        for (int i = 0; i < 30; i++) {
            json.append("\"m").append(i).append("\":").append(i).append(',');
        }
        json.append("\"m20\":\"again\",\"m3\":\"again\"}");
        Problems problems = new Problems();
        JsonObject o = (JsonObject) JsonTree.parse(json.toString().getBytes(StandardCharsets.UTF_8),
                DecodeLimits.DEFAULT, problems);
        assertThat(o.size()).isEqualTo(30);
        assertThat(o.get("m20")).isEqualTo(20L);
        assertThat(o.get("m3")).isEqualTo(3L);
        assertThat(problems.sorted()).extracting(p -> p.pointer() + " " + p.code()).containsExactly(
                "/m20 json.duplicate-key", "/m3 json.duplicate-key");
    }

    @Example
    void integersAreLongsWhenShortAndBigIntegersOtherwise() {
        Problems problems = new Problems();
        JsonArray a = (JsonArray) JsonTree.parse(("[0, -17, 999999999999999999, -99999999999999999,"
                + " 1000000000000000000, 123456789012345678901234567890, 1.5, 1e3]").getBytes(StandardCharsets.UTF_8),
                DecodeLimits.DEFAULT, problems);
        assertThat(a.get(0)).isEqualTo(0L);
        assertThat(a.get(1)).isEqualTo(-17L);
        assertThat(a.get(2)).isEqualTo(999_999_999_999_999_999L);
        assertThat(a.get(3)).isEqualTo(-99_999_999_999_999_999L);
        assertThat(a.get(4)).isEqualTo(new BigInteger("1000000000000000000"));
        assertThat(a.get(5)).isEqualTo(new BigInteger("123456789012345678901234567890"));
        assertThat(a.get(6)).isInstanceOf(Number.class).isNotInstanceOf(Long.class).isNotInstanceOf(BigInteger.class);
        assertThat(a.get(7)).isInstanceOf(Number.class).isNotInstanceOf(Long.class).isNotInstanceOf(BigInteger.class);
    }

    @Example
    void theCorrelationIsNeverShared() {
        byte[] json = "{\"correlation\":\"ref-1\",\"x\":\"ref-1\"}".getBytes(StandardCharsets.UTF_8);
        JsonObject first = (JsonObject) AsciiJson.read(json, DecodeLimits.DEFAULT);
        JsonObject second = (JsonObject) AsciiJson.read(json, DecodeLimits.DEFAULT);
        assertThat(first.get("correlation")).isEqualTo("ref-1").isNotSameAs(second.get("correlation"))
                .isNotSameAs(first.get("x"));
        assertThat(first.get("x")).isSameAs(second.get("x"));
    }

    @Example
    void pointersAreBuiltOnlyAsText() {
        Pointer p = Pointer.ROOT.child("plan").child("services").child(1).child("a/b~c");
        assertThat(p).hasToString("/plan/services/1/a~1b~0c");
        assertThat(Pointer.ROOT).hasToString("");
        assertThat(Pointer.ROOT.child("")).hasToString("/");
        assertThat(p.toString()).isSameAs(p.toString());
    }

    /** A random JSON value: containers to depth 4, distinct names, every scalar kind. */
    private static String value(Random r, int depth) {
        int kind = r.nextInt(depth >= 4 ? 6 : 8);
        switch (kind) {
            case 0:
                return "\"" + string(r) + "\"";
            case 1:
                return Long.toString(r.nextInt(5) == 0 ? r.nextLong() : r.nextInt(1000) - 500);
            case 2:
                return new BigInteger(70 + r.nextInt(60), r).toString();
            case 3:
                return (r.nextInt(2000) - 1000) / 10.0 + (r.nextBoolean() ? "" : "e" + r.nextInt(5));
            case 4:
                return r.nextBoolean() ? "true" : "false";
            case 5:
                return "null";
            case 6: {
                StringBuilder b = new StringBuilder("{");
                int n = r.nextInt(r.nextInt(10) == 0 ? 40 : 6);
                for (int i = 0; i < n; i++) {
                    b.append(i == 0 ? "" : ",").append("\"").append(string(r)).append(i).append("\":")
                            .append(value(r, depth + 1));
                }
                return b.append('}').toString();
            }
            default: {
                StringBuilder b = new StringBuilder("[");
                int n = r.nextInt(6);
                for (int i = 0; i < n; i++) {
                    b.append(i == 0 ? "" : ",").append(value(r, depth + 1));
                }
                return b.append(']').toString();
            }
        }
    }

    private static String string(Random r) {
        String[] parts = {"a", "start", "é", "\\u00e9", "\\\"", "/", "~", "😀", " ", "\\n", "type", "2026-03-02"};
        StringBuilder b = new StringBuilder();
        for (int i = r.nextInt(4); i > 0; i--) {
            b.append(parts[r.nextInt(parts.length)]);
        }
        return b.toString();
    }

    /** The document, or with one character replaced, inserted or removed. */
    private static String mutate(Random r, String json) {
        String chars = "{}[]\",:0-1.e tfn\\/é\u0000";
        int at = json.isEmpty() ? 0 : r.nextInt(json.length());
        char c = chars.charAt(r.nextInt(chars.length()));
        switch (r.nextInt(4)) {
            case 0:
                return json.isEmpty() ? json : json.substring(0, at) + c + json.substring(at + 1);
            case 1:
                return json.substring(0, at) + c + json.substring(at);
            case 2:
                return json.isEmpty() ? json : json.substring(0, at) + json.substring(at + 1);
            default:
                return json;
        }
    }
}
