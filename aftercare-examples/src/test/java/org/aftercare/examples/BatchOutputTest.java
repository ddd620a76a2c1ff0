package org.aftercare.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.aftercare.evaluation.Aftercare;
import org.aftercare.jackson.AftercareJson;
import org.aftercare.jackson.Decoded;
import org.aftercare.evaluation.EvaluationRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The batch's output file, byte for byte: each line is the report line of a sequential evaluation encoded as UTF-8
 * (correlations with escapes, non-ASCII and a lone surrogate, which UTF-8 holds as {@code ?}), in input order,
 * each followed by one newline.
 */
class BatchOutputTest {
    private final AftercareJson json = AftercareJson.standard();

    @Test
    void outputIsTheSequentialReportLinesInUtf8(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in.ndjson");
        Path out = dir.resolve("out.ndjson");
        List<String> correlations = List.of("plain", "quote \\\" back \\\\ tab \\t", "caf\u00e9 \u20ac \ud83d\ude00",
                "control \\u0001 and slash /");
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String request = json.encodeRequest(SyntheticRequests.request(11, i), null);
            String correlation = correlations.get(i % correlations.size());
            lines.add("{\"correlation\":\"" + correlation + "\"," + request.replace("\n", "").substring(1));
        }
        List<String> file = new ArrayList<>(lines);
        // a lone surrogate is rejected by the decoder (so no report ever holds one): its line gets its problems
        file.add(7, "{\"correlation\":\"lone \\ud800\",\"asOf\":1}");
        Files.write(in, file, StandardCharsets.UTF_8);
        ExitStatus status = BatchCommand.run(List.of(in.toString(), out.toString()), System.out,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), false);
        assertThat(status).isEqualTo(ExitStatus.REJECTED);

        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (i == 7) {
                String problems = json.encodeProblemsLine(json.decodeRequest(file.get(7).getBytes(StandardCharsets.UTF_8))
                        .problems());
                assertThat(problems).contains("\"pointer\":\"/correlation\",\"code\":\"json.invalid-value\"");
                expected.write(("{\"line\":8," + problems.substring(1) + "\n").getBytes(StandardCharsets.UTF_8));
            }
            Decoded.Accepted<EvaluationRequest> decoded = (Decoded.Accepted<EvaluationRequest>) json.decodeRequest(
                    line.getBytes(StandardCharsets.UTF_8));
            String report = json.encodeReportLine(Aftercare.evaluate(decoded.value()),
                    decoded.correlation().orElse(null));
            expected.write(report.getBytes(StandardCharsets.UTF_8));
            expected.write('\n');
        }
        byte[] written = Files.readAllBytes(out);
        assertThat(written).isEqualTo(expected.toByteArray());
        String text = new String(written, StandardCharsets.UTF_8);
        assertThat(text).contains("{\"correlation\":\"control \\u0001 and slash /\",")
                .contains("{\"correlation\":\"quote \\\" back \\\\ tab \\t\",")
                .contains("{\"correlation\":\"caf\u00e9 \u20ac \ud83d\ude00\",");
    }
}
