package org.aftercare.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.aftercare.evaluation.EvaluationRequest;
import org.junit.jupiter.api.Test;

/** Findings of the hardening pass, fixed: each case failed against the decoder before its fix. */
class DecoderHardeningTest {
    private static final String BASE = HostileDocumentsTest.BASE;
    private static final String ZONE = "\"zone\": \"America/New_York\",";

    private static List<String> problems(byte[] doc) {
        List<String> out = new ArrayList<>();
        for (Problem p : AftercareJson.standard().decodeRequest(doc).problems()) {
            out.add(p.pointer() + " " + p.code());
        }
        return out;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void baseIsValid() {
        assertThat(problems(utf8(BASE))).isEmpty();
        assertThat(BASE).contains("\"req-1\"").contains(ZONE);
    }

    @Test
    void overlongUtf8IsRejectedNotDecoded() {
        String doc = BASE.replace("\"req-1\"", "\"@@\"");
        byte[] b = utf8(doc);
        int at = doc.indexOf("@@");
        b[at] = (byte) 0xC0; // C0 AF: an overlong encoding of '/', forbidden by RFC 3629
        b[at + 1] = (byte) 0xAF;
        assertThat(problems(b)).containsExactly(" json.syntax");
        assertThat(AftercareJson.standard().decodeRequest(b).problems().get(0).message())
                .isEqualTo("the document is not valid UTF-8 at byte " + at);
    }

    @Test
    void utf8EncodedSurrogateIsRejected() {
        String doc = BASE.replace("\"req-1\"", "\"@@@\"");
        byte[] b = utf8(doc);
        int at = doc.indexOf("@@@");
        b[at] = (byte) 0xED; // ED A0 80: U+D800 encoded as UTF-8
        b[at + 1] = (byte) 0xA0;
        b[at + 2] = (byte) 0x80;
        assertThat(problems(b)).containsExactly(" json.syntax");
    }

    @Test
    void unclosedDeepNestingGivesAPointerNoDeeperThanTheLimit() {
        List<Problem> ps = AftercareJson.standard().decodeRequest(utf8("[".repeat(1 << 20))).problems();
        assertThat(ps).isNotEmpty().allSatisfy(p -> assertThat(p.pointer().length())
                .isLessThanOrEqualTo("/0".length() * DecodeLimits.DEFAULT.maxDepth()));
    }

    @Test
    void zoneMustBeARegionNotAFixedOffset() {
        for (String zone : List.of("+05:00", "Z", "GMT+5", "UTC+05:00", "SystemV/EST5", "EST")) {
            assertThat(problems(utf8(BASE.replaceFirst(java.util.regex.Pattern.quote(ZONE), "\"zone\": \"" + zone + "\","))))
                    .as(zone).containsExactly("/zone json.invalid-value");
        }
        for (String zone : List.of("UTC", "Etc/UTC", "Europe/Berlin", "Pacific/Chatham")) {
            assertThat(problems(utf8(BASE.replaceFirst(java.util.regex.Pattern.quote(ZONE), "\"zone\": \"" + zone + "\","))))
                    .as(zone).doesNotContain("/zone json.invalid-value");
        }
    }

    @Test
    void loneSurrogateEscapeIsRejected() {
        assertThat(problems(utf8(BASE.replace("\"req-1\"", "\"\\ud800\"")))).containsExactly("/correlation json.invalid-value");
        assertThat(problems(utf8(BASE.replace("\"req-1\"", "\"\\udc00x\"")))).containsExactly("/correlation json.invalid-value");
        assertThat(problems(utf8(BASE.replace("\"req-1\"", "\"\\ud83d\\ude00\"")))).isEmpty(); // a valid pair
    }

    @Test
    void acceptedRequestTextHoldsNoCallerChosenNames() {
        Decoded<EvaluationRequest> d = AftercareJson.standard().decodeRequest(utf8(BASE));
        assertThat(d.isAccepted()).isTrue();
        assertThat(d.toString()).doesNotContain("req-1").doesNotContain("us-default");
    }
}
