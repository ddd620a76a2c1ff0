package org.aftercare.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the real {@code ./aftercare} launcher in a subprocess, as a user would after cloning: exit
 * statuses, the JSON report, the problem document with pointers, batch output and summary.
 */
class LauncherIT {
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final Path SAMPLES = ROOT.resolve("aftercare-examples/src/main/resources/org/aftercare/examples/samples");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    record Run(int exit, String out, String err) {
    }

    static Run aftercare(Path stdin, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ROOT.resolve("aftercare").toString());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(ROOT.toFile());
        pb.environment().put("LC_ALL", "C");
        if (stdin != null) {
            pb.redirectInput(stdin.toFile());
        }
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("launcher finished").isTrue();
        return new Run(p.exitValue(), out, err);
    }

    @Test
    void evaluatePrintsTheJsonReportAndExitsZeroWithoutErrors() throws Exception {
        Run run = aftercare(null, "evaluate", SAMPLES.resolve("step-down-3.5-to-2.1.request.json").toString());
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode report = MAPPER.readTree(run.out());
        assertThat(report.get("correlation").asText()).isEqualTo("sample:step-down-3.5-to-2.1");
        assertThat(report.get("findings")).extracting(f -> f.get("code").asText())
                .containsExactly("care.intensity.step-down-taper", "care.recovery-housing.stay-below-evidence");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void evaluateExitsOneWhenAFindingIsAnError(@TempDir Path dir) throws Exception {
        String doc = Files.readString(SAMPLES.resolve("step-down-3.5-to-2.1.request.json"))
                .replace("\"engagement\": \"receiving\",\n    \"medications\": [\n      \"buprenorphine\"\n    ]",
                        "\"engagement\": \"not-offered\",\n    \"medications\": [ ]");
        assertThat(doc).contains("not-offered");
        Path file = dir.resolve("not-offered.json");
        Files.writeString(file, doc);
        Run run = aftercare(null, "evaluate", file.toString());
        assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(1);
        assertThat(MAPPER.readTree(run.out()).get("findings").get(0).get("code").asText()).isEqualTo("care.moud.not-offered");
    }

    @Test
    void rejectedInputExitsTwoWithEveryProblemAndItsPointerOnStandardOutput(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\"asOf\":\"2026-13-01T00:00:00Z\",\"zone\":\"Mars/Base\",\"bogus\":1}");
        Run run = aftercare(file, "evaluate", "-");
        assertThat(run.exit()).isEqualTo(2);
        JsonNode problems = MAPPER.readTree(run.out()).get("problems");
        assertThat(problems).extracting(p -> p.get("pointer").asText() + " " + p.get("code").asText()).containsExactly(
                " json.missing", " json.missing", " json.missing", "/asOf json.invalid-value",
                "/bogus json.unknown-property", "/zone json.invalid-value");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void missingFileIsNamed() throws Exception {
        Run run = aftercare(null, "evaluate", "no-such-request.json");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("aftercare evaluate: file 'no-such-request.json' does not exist\n");
    }

    @Test
    void textFormatIsForPeople() throws Exception {
        Run run = aftercare(null, "evaluate", SAMPLES.resolve("adolescent-outpatient.request.json").toString(),
                "--format", "text");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("WARNING care.moud.not-documented");
    }

    @Test
    void batchWritesOneLinePerRequestAndGoesOnPastBadLines(@TempDir Path dir) throws Exception {
        List<String> lines = new ArrayList<>();
        try (var files = Files.list(SAMPLES)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".request.json")).sorted().toList()) {
                lines.add(MAPPER.readTree(p.toFile()).toString());
            }
        }
        lines.add(1, "{\"asOf\": NaN}");
        lines.add(2, "");
        Path in = dir.resolve("in.ndjson");
        Path out = dir.resolve("out.ndjson");
        Files.write(in, lines);
        Run run = aftercare(null, "batch", in.toString(), out.toString());
        assertThat(run.exit()).isEqualTo(2);
        List<String> written = Files.readAllLines(out);
        assertThat(written).hasSize(lines.size() - 1);
        assertThat(MAPPER.readTree(written.get(1)).get("line").asInt()).isEqualTo(2);
        assertThat(MAPPER.readTree(written.get(1)).get("problems").get(0).get("code").asText()).isEqualTo("json.syntax");
        assertThat(MAPPER.readTree(written.get(0)).has("findings")).isTrue();
        assertThat(run.err()).startsWith("lines " + (lines.size() - 1) + ", reports " + (lines.size() - 2)
                + ", rejected 1, internal failures 0\n");
    }

    @Test
    void schemaPrintsTheRequestSchema() throws Exception {
        Run run = aftercare(null, "schema");
        assertThat(run.exit()).isZero();
        assertThat(MAPPER.readTree(run.out()).get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(run.out()).isEqualTo(Files.readString(ROOT.resolve("docs/schema/evaluation-request.schema.json")));
    }

    @Test
    void everyCommandHasHelp() throws Exception {
        for (String command : List.of("demo", "evaluate", "batch", "rules", "schema")) {
            Run run = aftercare(null, command, "--help");
            assertThat(run.exit()).as(command).isZero();
            assertThat(run.out()).as(command).startsWith("Usage: ./aftercare " + command);
        }
        Run unknown = aftercare(null, "evaluat");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("aftercare: unknown command 'evaluat'");
    }
}
