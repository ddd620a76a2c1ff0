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
}
