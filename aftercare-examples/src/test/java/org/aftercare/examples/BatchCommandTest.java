package org.aftercare.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchCommandTest {

    @Test
    void progressBarShowsTheShareOfTheFileRead() {
        assertThat(BatchCommand.progress(0, 200, 0)).isEqualTo("\r[--------------------]   0% 0 requests");
        assertThat(BatchCommand.progress(100, 200, 1000)).isEqualTo("\r[##########----------]  50% 1000 requests");
        assertThat(BatchCommand.progress(200, 200, 2000)).isEqualTo("\r[####################] 100% 2000 requests");
    }

    @Test
    void aLineOverTheSizeLimitIsRejectedAndTheNextLineStillEvaluated(@TempDir Path dir) throws Exception {
        String good = Files.readString(JsonSamplesTest.DIR.resolve("adolescent-outpatient.request.json"))
                .replace("\n", "");
        Path in = dir.resolve("in.ndjson");
        Path out = dir.resolve("out.ndjson");
        List<String> lines = new ArrayList<>();
        lines.add("\"" + "x".repeat((1 << 20) + 10) + "\"");
        lines.add(good);
        Files.write(in, lines);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ExitStatus status = BatchCommand.run(List.of(in.toString(), out.toString()), System.out,
                new PrintStream(err, true, StandardCharsets.UTF_8), true);
        assertThat(status).isEqualTo(ExitStatus.REJECTED);
        List<String> written = Files.readAllLines(out);
        assertThat(written).hasSize(2);
        assertThat(written.get(0)).startsWith("{\"line\":1,\"problems\":[{\"pointer\":\"\",\"code\":\"json.limit.size\"");
        assertThat(written.get(1)).startsWith("{\"correlation\":\"sample:adolescent-outpatient\"");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("lines 2, reports 1, rejected 1, internal failures 0");
    }

    @Test
    void manyLinesComeOutInInputOrderWithTheSummaryThroughputAndPeakHeap(@TempDir Path dir) throws Exception {
        Path requests = dir.resolve("in.ndjson");
        Path out = dir.resolve("out.ndjson");
        GenerateCommand.run(List.of("--count", "700", "--seed", "3", requests.toString()), System.out,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        List<String> lines = new ArrayList<>(Files.readAllLines(requests));
        lines.set(400, "{\"asOf\": 1}");
        Files.write(requests, lines);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ExitStatus status = BatchCommand.run(List.of(requests.toString(), out.toString()), System.out,
                new PrintStream(err, true, StandardCharsets.UTF_8), false);
        assertThat(status).isEqualTo(ExitStatus.REJECTED);
        List<String> written = Files.readAllLines(out);
        assertThat(written).hasSize(700);
        for (int i = 0; i < 700; i++) {
            assertThat(written.get(i)).as("line %d", i + 1).startsWith(i == 400 ? "{\"line\":401,\"problems\":"
                    : "{\"correlation\":\"synthetic:3:" + i + "\"");
        }
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("lines 700, reports 699, rejected 1, internal failures 0\n")
                .containsPattern("\n700 requests in [0-9.]+ s \\([0-9]+ requests/s, [0-9]+ workers\\), peak heap [0-9]+ MB\n$");
    }

    @Test
    void throughputLineIsTheSameInEveryLocale() {
        assertThat(BatchCommand.throughput(1_000_000, 41_234_000_000L, 2, 212L << 20))
                .isEqualTo("1000000 requests in 41.2 s (24252 requests/s, 2 workers), peak heap 212 MB\n");
    }
}
