package org.aftercare.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.aftercare.evaluation.EvaluationRequest;
import org.aftercare.jackson.AftercareJson;
import org.aftercare.jackson.Decoded;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {
    private static final PrintStream QUIET = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

    @Test
    void everyLineIsAValidRequestTheMixHasAllThreeKindsAndTheSeedFixesTheFile(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a.ndjson");
        Path b = dir.resolve("b.ndjson");
        assertThat(GenerateCommand.run(List.of("--count", "300", "--seed", "7", a.toString()), QUIET, QUIET))
                .isEqualTo(ExitStatus.OK);
        assertThat(GenerateCommand.run(List.of("--seed", "7", "--count", "300", b.toString()), QUIET, QUIET))
                .isEqualTo(ExitStatus.OK);
        List<String> lines = Files.readAllLines(a);
        assertThat(lines).hasSize(300).isEqualTo(Files.readAllLines(b));
        AftercareJson json = AftercareJson.standard();
        int medication = 0;
        int incentives = 0;
        for (String line : lines) {
            assertThat(line).doesNotContain("\n");
            Decoded<EvaluationRequest> decoded = json.decodeRequest(line.getBytes(StandardCharsets.UTF_8));
            assertThat(decoded).as(line).isInstanceOf(Decoded.Accepted.class);
            EvaluationRequest request = ((Decoded.Accepted<EvaluationRequest>) decoded).value();
            assertThat(request.plan()).isPresent();
            medication += request.medication().isPresent() ? 1 : 0;
            incentives += request.incentiveProgram().isPresent() ? 1 : 0;
        }
        assertThat(medication).isBetween(60, 140);
        assertThat(incentives).isBetween(30, 90);
        Path c = dir.resolve("c.ndjson");
        GenerateCommand.run(List.of("--count", "300", "--seed", "8", c.toString()), QUIET, QUIET);
        assertThat(Files.readAllLines(c)).isNotEqualTo(lines);
    }

    @Test
    void rejectsAMissingOrNegativeCount(@TempDir Path dir) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        assertThat(GenerateCommand.run(List.of("--seed", "1", dir.resolve("x").toString()), QUIET, e))
                .isEqualTo(ExitStatus.REJECTED);
        assertThat(GenerateCommand.run(List.of("--count", "-1", "--seed", "1", dir.resolve("x").toString()), QUIET, e))
                .isEqualTo(ExitStatus.REJECTED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("give --count, --seed and an output file")
                .contains("--count takes a non-negative whole number");
    }

    @Test
    void oneLineRemovesLineBreaksAndIndentationOnly() {
        assertThat(GenerateCommand.oneLine("{\n  \"a\": \"x  y\",\n  \"b\": [ ]\n}")).isEqualTo("{\"a\": \"x  y\",\"b\": [ ]}");
    }
}
