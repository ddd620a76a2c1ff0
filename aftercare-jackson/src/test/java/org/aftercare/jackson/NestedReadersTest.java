package org.aftercare.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.aftercare.evaluation.EvaluationRequest;
import org.junit.jupiter.api.Test;

/**
 * The decoder reuses its pointers per depth and keeps the names each object asked for on one stack per document:
 * problems in sibling and nested objects still carry their own pointer, and an unknown member's message lists the
 * names its own object asked for, not those of an object nested in it or read before it.
 */
class NestedReadersTest {
    private static final AftercareJson JSON = AftercareJson.standard();

    private static List<String> problems(String json) {
        Decoded<EvaluationRequest> decoded = JSON.decodeRequest(json.getBytes(StandardCharsets.UTF_8));
        assertThat(decoded).isInstanceOf(Decoded.Rejected.class);
        return decoded.problems().stream().map(p -> p.pointer() + " " + p.code() + " " + p.message()).toList();
    }

    @Test
    void unknownMembersListTheirOwnObjectsNames() {
        String json = MalformedRequestsTest.BASE
                .replace("\"results\": [{\"analyte\": \"cocaine\", \"outcome\": \"negative\"}]}",
                        "\"results\": [{\"analyte\": \"cocaine\", \"outcome\": \"negative\", \"x\": 1}], \"y\": 2}")
                .replace("\"drawSeed\": 7", "\"drawSeed\": 7, \"z\": 3");
        assertThat(problems(json)).containsExactly(
                "/incentive/events/0/results/0/x json.unknown-property the member \"x\" is not part of this object; "
                        + "expected one of [analyte, outcome, nanogramsPerMillilitre]",
                "/incentive/events/0/y json.unknown-property the member \"y\" is not part of this object; "
                        + "expected one of [type, specimen, collectedAt, status, results]",
                "/incentive/z json.unknown-property the member \"z\" is not part of this object; expected one of "
                        + "[preset, program, funding, instrument, setting, startDate, zone, prescribedMoud, events, "
                        + "drawSeed]");
    }

    @Test
    void anUnpairedSurrogateIsStillReportedWhenTheDocumentIsNotAscii() {
        // an escape is not the everyday shape: Jackson reads the document, and the surrogate check runs
        String json = MalformedRequestsTest.BASE.replace("\"correlation\": \"req-1\"", "\"correlation\": \"req-\\ud800\"");
        assertThat(problems(json)).containsExactly("/correlation json.invalid-value the string is not valid Unicode: "
                + "an unpaired surrogate at character 4");
        String paired = MalformedRequestsTest.BASE.replace("\"correlation\": \"req-1\"",
                "\"correlation\": \"req-\\ud83d\\ude00\"");
        Decoded<EvaluationRequest> decoded = JSON.decodeRequest(paired.getBytes(StandardCharsets.UTF_8));
        assertThat(decoded).isInstanceOf(Decoded.Accepted.class);
        assertThat(((Decoded.Accepted<EvaluationRequest>) decoded).correlation()).contains("req-\ud83d\ude00");
    }

    @Test
    void problemsInSiblingsCarryTheirOwnPointers() {
        String json = MalformedRequestsTest.BASE
                .replace("{\"analyte\": \"cocaine\", \"outcome\": \"negative\"}",
                        "{\"analyte\": \"cocaine\", \"outcome\": \"negative\"}, {\"analyte\": \"eddp\", \"outcome\": \"maybe\"}")
                .replace("{\"type\": \"attendance\", \"date\": \"2026-03-03\", \"attended\": true}",
                        "{\"type\": \"attendance\", \"date\": \"2026-03-32\", \"attended\": true}, "
                                + "{\"type\": \"sample\", \"specimen\": \"urine\", \"collectedAt\": \"2026-02-30T15:00:00Z\", "
                                + "\"status\": \"valid\", \"results\": []}")
                .replace("{\"service\": 0, \"date\": \"2026-03-02\", \"status\": \"attended\"}",
                        "{\"service\": 0, \"date\": \"2026-03-02\", \"status\": \"attended\"}, "
                                + "{\"service\": -1, \"date\": \"2026-03-04\", \"status\": \"attended\"}");
        assertThat(problems(json)).containsExactly(
                "/incentive/events/0/results/1/outcome json.unknown-code expected one of [positive, negative, "
                        + "invalid], found \"maybe\"",
                "/incentive/events/1/date json.invalid-value expected an ISO-8601 date such as 2026-03-02, found "
                        + "\"2026-03-32\"",
                "/incentive/events/2/collectedAt json.invalid-value expected an ISO-8601 UTC instant such as "
                        + "2026-03-01T14:00:00Z, found \"2026-02-30T15:00:00Z\"",
                "/plan/attendance/1/service json.out-of-range expected an integer from 0 to 100000, found -1");
    }
}
