package org.aftercare.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.aftercare.evaluation.Aftercare;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IntegrationExampleTest {
    private static final Path SAMPLES = Path.of("src/main/resources/org/aftercare/examples/samples");

    @Test
    void evaluateFileGivesTheStoredReport() throws Exception {
        String report = IntegrationExample.evaluateFile(SAMPLES.resolve("adolescent-outpatient.request.json"));
        assertThat(report).isEqualTo(Files.readString(Path.of("../aftercare-jackson/src/test/resources/samples/"
                + "adolescent-outpatient.report.json")));
    }

    @Test
    void rejectedFileGivesTheProblemDocument(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"asOf\":\"2026-03-01T14:00:00Z\",\"zone\":\"Mars/Base\"}");
        assertThat(IntegrationExample.evaluateFile(bad)).contains("\"pointer\": \"/zone\"").contains("json.invalid-value");
    }

    @Test
    void objectMapperWithTheDiscoveredModuleReadsTheSameRequest() throws Exception {
        var viaMapper = IntegrationExample.readWithObjectMapper(SAMPLES.resolve("step-down-3.5-to-2.1.request.json"));
        assertThat(Aftercare.evaluate(viaMapper).evaluation())
                .isEqualTo(Aftercare.evaluate(SamplePlans.stepDownResidentialToIop().request()).evaluation());
    }

    @Test
    void respondGivesTheStoredReportOrTheProblemDocument() throws Exception {
        byte[] request = Files.readAllBytes(SAMPLES.resolve("buprenorphine-induction-too-early.request.json"));

        assertThat(IntegrationExample.respond(request)).isEqualTo(Files.readString(Path.of(
                "../aftercare-jackson/src/test/resources/samples/buprenorphine-induction-too-early.report.json")));
        assertThat(IntegrationExample.respond("{\"asOf\":1}".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .startsWith("{\n  \"problems\": [\n").contains("\"pointer\": \"/asOf\"").contains("json.wrong-type");
    }
}
