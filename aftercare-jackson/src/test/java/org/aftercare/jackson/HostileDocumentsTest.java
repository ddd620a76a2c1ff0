package org.aftercare.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.aftercare.evaluation.EvaluationRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile and malformed documents beyond {@link MalformedRequestsTest}: truncations, resource exhaustion (depth,
 * size, string and array limits), hostile numbers, encodings, near-miss codes, out-of-range instants, zone forms,
 * duplicate keys at several depths, class-name and prototype-pollution keys, non-object documents, and a document
 * with fifty problems. Each gives the exact list of (pointer, code) problems; large inputs are built here, not
 * committed.
 */
class HostileDocumentsTest {
    /** The valid request every hostile document is made from: the same one MalformedRequestsTest uses. */
    static final String BASE = MalformedRequestsTest.BASE;

    private static final String TOP_ZONE = "\"zone\": \"America/New_York\",\n  \"policy\"";

    private static String base(String from, String to) {
        if (!BASE.contains(from)) {
            throw new IllegalArgumentException("not in the base document: " + from);
        }
        return BASE.replace(from, to);
    }

    private static String cut(String before, int extra) {
        int at = BASE.indexOf(before);
        if (at < 0) {
            throw new IllegalArgumentException("not in the base document: " + before);
        }
        return BASE.substring(0, at + extra);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** The base with raw bytes in place of a marker, for encodings a Java string cannot carry. */
    private static byte[] bytes(String from, byte... raw) {
        String doc = base(from, "\u0000MARK\u0000");
        int at = doc.indexOf("\u0000MARK\u0000");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(utf8(doc.substring(0, at)));
        out.writeBytes(raw);
        out.writeBytes(utf8(doc.substring(at + 6)));
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static String threshold(String key, String value) {
        return "{\"key\": \"" + key + "\", \"value\": " + value
                + ", \"citation\": {\"document\": \"d\", \"edition\": \"e\", \"status\": \"local\"}}";
    }

    private static String overrides(String... thresholds) {
        return base("\"layers\": [\"care-alt-continuing-care-12-months\"]}", "\"layers\": [], \"overrides\": {"
                + "\"layer\": \"clinic:x\", \"description\": \"x\", \"thresholds\": [" + String.join(", ", thresholds)
                + "]}}");
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                // --- truncated at several points ---
                c("truncated after the opening brace", "{", " json.syntax"),
                c("truncated after a member name", cut("\"asOf\"", 6), "/asOf json.syntax"),
                c("truncated inside a string", cut("\"America/New_York\"", 9), "/zone json.syntax"),
                c("truncated inside a number", cut("\"ageYears\": 29", 13), "/patient/ageYears json.syntax"),
                c("truncated inside an array of events", cut("{\"type\": \"attendance\"", 10), "/incentive/events/1/type json.syntax"),

                // --- resource exhaustion ---
                c("1000-level array nesting", base("\"relapses\": []", "\"relapses\": " + "[".repeat(1000) + "]".repeat(1000)),
                        "/plan/relapses/0 json.wrong-type",
                        "/plan/relapses/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0 json.limit.depth"),
                c("1000-level object nesting in an unknown member",
                        base("\"moud\": {", "\"moud\": {\"x\": " + "{\"a\": ".repeat(1000) + "1" + "}".repeat(1000) + ", "),
                        "/moud/x json.unknown-property",
                        "/moud/x" + "/a".repeat(30) + " json.limit.depth"),
                c(() -> base("\"req-1\"", "\"" + "x".repeat(10 * 1024 * 1024) + "\""), "10 MB correlation string",
                        " json.limit.size"),
                c("20 000-element array", base("\"needs\": [\"housing\"]", "\"needs\": [" + "1,".repeat(19_999) + "1]"),
                        "/patient/needs json.limit.array"),
                c("10 001-character member name", base("\"moud\": {", "\"moud\": {\"" + "k".repeat(10_001) + "\": 1, "),
                        "/moud json.limit.string"),

                // --- hostile numbers ---
                c("1e400 for an integer", base("\"drawSeed\": 7", "\"drawSeed\": 1e400"), "/incentive/drawSeed json.wrong-type"),
                c("1e999999999 for an integer", base("\"ageYears\": 29", "\"ageYears\": 1e999999999"), "/patient/ageYears json.wrong-type"),
                c("20-digit age", base("\"ageYears\": 29", "\"ageYears\": 99999999999999999999"), "/patient/ageYears json.out-of-range"),
                c("1.5 for an integer", base("\"ageYears\": 29", "\"ageYears\": 1.5"), "/patient/ageYears json.wrong-type"),
                c("29.0 for an integer", base("\"ageYears\": 29", "\"ageYears\": 29.0"), "/patient/ageYears json.wrong-type"),
                c("-1 as a service index", base("\"service\": 0", "\"service\": -1"), "/plan/attendance/0/service json.out-of-range"),
                c("Infinity", base("\"drawSeed\": 7", "\"drawSeed\": Infinity"), "/incentive/drawSeed json.syntax"),
                c("-Infinity", base("\"drawSeed\": 7", "\"drawSeed\": -Infinity"), "/incentive/drawSeed json.syntax"),
                c("leading zero", base("\"ageYears\": 29", "\"ageYears\": 029"), "/patient/ageYears json.syntax"),
                c("hexadecimal", base("\"ageYears\": 29", "\"ageYears\": 0x1D"), "/patient/ageYears json.syntax"),

                // --- encodings and characters ---
                c(() -> bytes("\"req-1\"", (byte) '"', (byte) 0xC3, (byte) 0x28, (byte) '"'), "invalid UTF-8 continuation byte",
                        "/correlation json.syntax"),
                c(() -> bytes("\"req-1\"", (byte) '"', (byte) 0xFF, (byte) '"'), "byte 0xFF", "/correlation json.syntax"),
                c(() -> concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, utf8("{}")), "UTF-16 BOM before UTF-8 bytes", " json.syntax"),
                c("raw control character in a string", base("\"req-1\"", "\"req\u0001-1\""), "/correlation json.syntax"),
                c("raw newline in a string", base("\"req-1\"", "\"req\n-1\""), "/correlation json.syntax"),
                c("NUL escape in a code", base("\"housing\"", "\"housing\\u0000\""), "/patient/needs/0 json.unknown-code"),
                c("single quotes", base("\"req-1\"", "'req-1'"), "/correlation json.syntax"),
                c("comment", base("\"correlation\"", "/* c */ \"correlation\""), " json.syntax"),

                // --- dates, durations, instants, zones ---
                c("placement ends before it starts", base("\"start\": \"2026-03-02\", \"end\": \"2026-05-24\"}",
                        "\"start\": \"2026-05-24\", \"end\": \"2026-03-02\"}"), // the sessions schedule has the same dates
                        "/plan/placement/end json.invalid-value", "/plan/services/0/schedule/end json.invalid-value"),
                c("continuing care ends before it starts", base("\"continuingCare\": {\"start\": \"2026-03-02\", \"end\": \"2027-03-01\"}",
                        "\"continuingCare\": {\"start\": \"2027-03-01\", \"end\": \"2026-03-02\"}"), "/plan/continuingCare/end json.invalid-value"),
                c("negative duration", base("\"PT3H\"", "\"-PT1H\""), "/plan/services/0/schedule/sessionLength json.invalid-value"),
                c("zero duration", base("\"PT3H\"", "\"PT0S\""), "/plan/services/0/schedule/sessionLength json.invalid-value"),
                c("as-of in year 9999", base("\"2026-03-01T14:00:00Z\"", "\"9999-03-01T14:00:00Z\""), "/asOf json.out-of-range"),
                c("as-of in year 1800", base("\"2026-03-01T14:00:00Z\"", "\"1800-03-01T14:00:00Z\""), "/asOf json.out-of-range"),
                c("as-of in year +10000", base("\"2026-03-01T14:00:00Z\"", "\"+10000-01-01T00:00:00Z\""), "/asOf json.invalid-value"),
                c("as-of with an offset", base("\"2026-03-01T14:00:00Z\"", "\"2026-03-01T19:00:00+05:00\""), "/asOf json.invalid-value"),
                c("as-of with +00:00", base("\"2026-03-01T14:00:00Z\"", "\"2026-03-01T14:00:00+00:00\""), "/asOf json.invalid-value"),
                c("zone lower case", base(TOP_ZONE, "\"zone\": \"america/new_york\",\n  \"policy\""), "/zone json.invalid-value"),

                // --- near-miss codes and closed alternatives ---
                c("setting Outpatient", base("\"setting\": \"outpatient\", \"start\"", "\"setting\": \"Outpatient\", \"start\""),
                        "/plan/placement/setting json.unknown-code"),
                c("setting OUTPATIENT", base("\"setting\": \"outpatient\", \"startDate\"", "\"setting\": \"OUTPATIENT\", \"startDate\""),
                        "/incentive/setting json.unknown-code"),
                c("engagement with a trailing space", base("\"receiving\"", "\"receiving \""), "/moud/engagement json.unknown-code"),
                c("schedule type Sessions", base("\"type\": \"sessions\"", "\"type\": \"Sessions\""), "/plan/services/0/schedule/type json.unknown-code"),
                c("schedule type as a Java class", base("\"type\": \"stay\"", "\"type\": \"java.net.URL\""), "/plan/services/1/schedule/type json.unknown-code"),
                c("event type empty", base("\"type\": \"sample\"", "\"type\": \"\""), "/incentive/events/0/type json.unknown-code"),
                c("schedule type a number", base("\"type\": \"referral\"", "\"type\": 1"), "/plan/services/2/schedule/type json.wrong-type"),

                // --- duplicate keys at several depths ---
                c("duplicate key at the top", base("\"correlation\": \"req-1\",", "\"correlation\": \"req-1\", \"correlation\": \"req-2\","),
                        "/correlation json.duplicate-key"),
                c("duplicate key in a schedule", base("\"type\": \"referral\",", "\"type\": \"referral\", \"type\": \"stay\","),
                        "/plan/services/2/schedule/type json.duplicate-key"),
                c("duplicate key four levels down", base("\"outcome\": \"negative\"", "\"outcome\": \"negative\", \"outcome\": \"positive\""),
                        "/incentive/events/0/results/0/outcome json.duplicate-key"),
                c("duplicate key whose values differ in type", base("\"drawSeed\": 7", "\"drawSeed\": 7, \"drawSeed\": {\"a\": [1]}"),
                        "/incentive/drawSeed json.duplicate-key"),

                // --- class names, polymorphic typing, prototype pollution ---
                c("@class ProcessBuilder at the top", base("\"correlation\"", "\"@class\": \"java.lang.ProcessBuilder\", \"correlation\""),
                        "/@class json.unknown-property"),
                c("@type in the patient", base("\"patient\": {", "\"patient\": {\"@type\": \"java.net.URL\", "),
                        "/patient/@type json.unknown-property"),
                c("default-typing array for an object", base("\"moud\": {\"engagement\": \"receiving\", \"medications\": [\"buprenorphine\"]}",
                        "\"moud\": [\"java.util.HashMap\", {\"engagement\": \"receiving\"}]"), "/moud json.wrong-type"),
                c("default-typing array for a string", base("\"req-1\"", "[\"java.net.URL\", \"http://x\"]"), "/correlation json.wrong-type"),
                c("JNDI gadget object", base("\"moud\": {", "\"moud\": {\"dataSourceName\": \"ldap://x/a\", \"autoCommit\": true, "),
                        "/moud/autoCommit json.unknown-property", "/moud/dataSourceName json.unknown-property"),
                c("__proto__ at the top", base("\"correlation\"", "\"__proto__\": {\"admin\": true}, \"correlation\""),
                        "/__proto__ json.unknown-property"),
                c("constructor.prototype in the policy", base("\"policy\": {", "\"policy\": {\"constructor\": {\"prototype\": {\"x\": 1}}, "),
                        "/policy/constructor json.unknown-property"),
                c("member name with pointer characters", base("\"patient\": {", "\"patient\": {\"a/b~c\": 1, "),
                        "/patient/a~1b~0c json.unknown-property"),

                // --- not a request object ---
                c("whitespace only", " \n\t ", " json.syntax"),
                c("null", "null", " json.wrong-type"),
                c("a bare string", "\"hello\"", " json.wrong-type"),
                c("a bare number", "42", " json.wrong-type"),
                c("an array holding the request", "[" + BASE + "]", " json.wrong-type"),
                c("an empty object", "{}", " json.missing", " json.missing", " json.missing", " json.missing", " json.missing"),
                c("two documents", "{} {}", " json.syntax"),

                // --- many problems at once ---
                c("fifty problems reported at once", base("\"attendance\": [{\"service\": 0, \"date\": \"2026-03-02\", \"status\": \"attended\"}]",
                        "\"attendance\": [" + String.join(", ", IntStream.range(0, 50).mapToObj(i ->
                                "{\"service\": 0, \"date\": \"2026-03-02\", \"status\": \"bad-" + i + "\"}").toList()) + "]"),
                        IntStream.range(0, 50).mapToObj(i -> "/plan/attendance/" + i + "/status json.unknown-code").toArray(String[]::new)),

                // --- overrides ---
                c("override value of the wrong shape", overrides(threshold("care.population.adult-age", "\"P6M\"")),
                        "/policy/overrides/thresholds/0/value json.wrong-type"),
                c("override with a negative period string", overrides(threshold("care.recovery-housing.minimum-stay", "\"-P1M\"")),
                        "/policy/overrides/thresholds/0/value json.invalid-value"));
    }

    private static Arguments c(String name, String json, String... expected) {
        byte[] bytes = utf8(json);
        return Arguments.of(name, (Supplier<byte[]>) () -> bytes, List.of(expected));
    }

    private static Arguments c(Supplier<Object> json, String name, String... expected) {
        return Arguments.of(name, (Supplier<byte[]>) () -> {
            Object doc = json.get();
            return doc instanceof byte[] b ? b : utf8((String) doc);
        }, List.of(expected));
    }

    static List<String> actual(Decoded<EvaluationRequest> decoded) {
        List<String> actual = new ArrayList<>();
        for (Problem p : decoded.problems()) {
            actual.add(p.pointer() + " " + p.code());
        }
        return actual;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void test_decode_hostile_reportsExactlyTheseProblems(String name, Supplier<byte[]> json, List<String> expected) {
        Decoded<EvaluationRequest> decoded = AftercareJson.standard().decodeRequest(json.get());

        assertThat(decoded).as(name).isInstanceOf(Decoded.Rejected.class);
        assertThat(decoded.problems()).allSatisfy(p -> {
            assertThat(p.code()).startsWith("json.");
            assertThat(p.message()).isNotBlank();
        });
        assertThat(actual(decoded)).as(decoded.problems().toString()).containsExactlyElementsOf(expected);
    }

    @Test
    void test_decode_tenMegabyteString_underARaisedSizeLimit_reportsTheStringLimit() {
        AftercareJson json = AftercareJson.withLimits(DecodeLimits.DEFAULT.withMaxDocumentBytes(32 << 20));

        Decoded<EvaluationRequest> decoded = json.decodeRequest(utf8(base("\"req-1\"", "\"" + "x".repeat(10 << 20) + "\"")));

        assertThat(actual(decoded)).containsExactly("/correlation json.limit.string");
    }

    @Test
    void test_decode_tenMegabyteString_fromAStream_stopsReadingAtTheSizeLimit() throws Exception {
        byte[] big = utf8(base("\"req-1\"", "\"" + "x".repeat(10 << 20) + "\""));
        java.util.concurrent.atomic.AtomicLong read = new java.util.concurrent.atomic.AtomicLong();
        java.io.InputStream in = new java.io.FilterInputStream(new java.io.ByteArrayInputStream(big)) {
            @Override
            public int read(byte[] b, int off, int len) throws java.io.IOException {
                int n = super.read(b, off, len);
                read.addAndGet(Math.max(n, 0));
                return n;
            }
        };

        Decoded<EvaluationRequest> decoded = AftercareJson.standard().decodeRequest(in);

        assertThat(actual(decoded)).containsExactly(" json.limit.size");
        assertThat(read.get()).isEqualTo(DecodeLimits.DEFAULT.maxDocumentBytes() + 1L);
    }

    /** Hostile-looking documents that are nevertheless well-formed requests, and must stay accepted. */
    static Stream<Arguments> acceptedCases() {
        return Stream.of(
                Arguments.of("UTF-8 byte order mark", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8(BASE))),
                Arguments.of("UTF-16 with a byte order mark", BASE.getBytes(StandardCharsets.UTF_16)),
                Arguments.of("UTF-32 big-endian", BASE.getBytes(java.nio.charset.Charset.forName("UTF-32BE"))),
                Arguments.of("zone UTC", utf8(base(TOP_ZONE, "\"zone\": \"UTC\",\n  \"policy\""))),
                Arguments.of("escaped characters in the correlation", utf8(base("\"req-1\"", "\"\\u0000\\\"\\\\</script>\\u2028\""))),
                Arguments.of("-0 as an age", utf8(base("\"ageYears\": 29", "\"ageYears\": -0"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("acceptedCases")
    void test_decode_hostileLookingButValid_isAccepted(String name, byte[] json) {
        Decoded<EvaluationRequest> decoded = AftercareJson.standard().decodeRequest(json);

        assertThat(decoded.problems()).as(name).isEmpty();
    }

    @Test
    void test_base_isAccepted() {
        assertThat(AftercareJson.standard().decodeRequest(utf8(BASE)).problems()).isEmpty();
    }

    @Test
    void test_cases_areAtLeast30() {
        assertThat(cases().count()).isGreaterThanOrEqualTo(30);
    }
}
