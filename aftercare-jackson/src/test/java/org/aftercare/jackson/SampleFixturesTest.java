package org.aftercare.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.aftercare.evaluation.Aftercare;
import org.aftercare.evaluation.EvaluationRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The examples module's JSON sample requests (read in place, not copied; the examples module proves each equals its
 * Java twin) decode without problems, re-encode to the same bytes, and evaluate to the stored report fixture, byte
 * for byte.
 */
class SampleFixturesTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final AftercareJson json = AftercareJson.standard();

    static Stream<String> samples() {
        return Fixtures.sampleNames().stream();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void test_decode_sampleRequest_isAcceptedWithItsCorrelation(String name) {
        Decoded<EvaluationRequest> decoded = json.decodeRequest(Fixtures.requestBytes(name));

        assertThat(decoded.problems()).isEmpty();
        assertThat(((Decoded.Accepted<EvaluationRequest>) decoded).correlation()).contains("sample:" + name);
    }

    @ParameterizedTest
    @MethodSource("samples")
    void test_encodeRequest_decodedSample_isTheSampleByteForByte(String name) {
        assertThat(json.encodeRequest(Fixtures.request(name), "sample:" + name)).isEqualTo(Fixtures.requestText(name));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void test_evaluate_decodedSample_encodesToTheStoredReportFixture(String name) {
        String encoded = json.encodeReport(Aftercare.evaluate(Fixtures.request(name)), "sample:" + name);

        assertThat(encoded.getBytes(StandardCharsets.UTF_8)).as(name).isEqualTo(Fixtures.reportBytes(name));
    }

    @Test
    void test_everyStoredReport_hasASampleRequest_andNoRequestIsCopiedHere() throws IOException {
        Path stored = Path.of("src", "test", "resources", "samples");
        List<String> reports = new ArrayList<>();
        try (Stream<Path> files = Files.list(stored)) {
            files.map(p -> p.getFileName().toString()).sorted().forEach(reports::add);
        }

        assertThat(reports).allSatisfy(f -> assertThat(f).endsWith(".report.json"));
        assertThat(reports).containsExactlyElementsOf(Fixtures.sampleNames().stream().map(n -> n + ".report.json").toList());
        assertThat(Fixtures.sampleNames()).contains("buprenorphine-induction-too-early", "methadone-take-home-virginia",
                "step-down-3.5-to-2.1", "adolescent-outpatient");
    }

    @Test
    void test_buprenorphineReport_tooEarlyError_andNoUrineTestWarning() throws IOException {
        JsonNode report = MAPPER.readTree(Fixtures.reportBytes("buprenorphine-induction-too-early"));

        assertThat(severities(report, "medication.buprenorphine.induction-too-early")).containsExactly("error");
        assertThat(severities(report, "medication.urine.no-test-on-regimen")).containsExactly("warning");
    }

    @Test
    void test_virginiaReport_aboveLadderError_fromTheVirginiaLayer_andTheNextTakeHomeStep() throws IOException {
        JsonNode report = MAPPER.readTree(Fixtures.reportBytes("methadone-take-home-virginia"));

        assertThat(severities(report, "medication.take-home.above-ladder")).containsExactly("error");
        JsonNode finding = finding(report, "medication.take-home.above-ladder");
        assertThat(finding.get("message").asText()).endsWith("winner: virginia-12vac35-105-990");
        assertThat(finding.get("path").asText()).isEqualTo("medication.takeHomeRequests[0].supplyDays");
        JsonNode step = null;
        for (JsonNode f : report.get("forecasts")) {
            if (f.get("type").asText().equals("take-home-step")) {
                step = f;
            }
        }
        assertThat(step).as("take-home-step forecast").isNotNull();
        assertThat(step.get("medication").asText()).isEqualTo("methadone");
        assertThat(step.get("date").asText()).isEqualTo("2026-02-04");
        assertThat(step.get("treatmentDay").asInt()).isEqualTo(31);
        assertThat(step.get("maxSupplyDays").asInt()).isEqualTo(14);
        assertThat(step.get("layer").asText()).isEqualTo("virginia-12vac35-105-990");
    }

    static List<String> severities(JsonNode report, String code) {
        List<String> out = new ArrayList<>();
        report.get("findings").forEach(f -> {
            if (f.get("code").asText().equals(code)) {
                out.add(f.get("severity").asText());
            }
        });
        return out;
    }

    static JsonNode finding(JsonNode report, String code) {
        for (JsonNode f : report.get("findings")) {
            if (f.get("code").asText().equals(code)) {
                return f;
            }
        }
        throw new AssertionError("no finding " + code);
    }
}
