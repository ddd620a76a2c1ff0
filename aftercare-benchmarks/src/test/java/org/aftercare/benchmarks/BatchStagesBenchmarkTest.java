package org.aftercare.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.aftercare.evaluation.Aftercare;
import org.aftercare.evaluation.EvaluationRequest;
import org.aftercare.examples.SyntheticRequests;
import org.aftercare.jackson.AftercareJson;
import org.aftercare.jackson.Decoded;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.infra.Blackhole;

/** The batch stages run on real generated lines (no timing: JMH measures), and they are the batch's own work. */
class BatchStagesBenchmarkTest {
    private static final Blackhole BLACKHOLE = new Blackhole(
            "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");

    @Test
    void everyStageRunsOnTheGeneratedLines() {
        BatchStagesBenchmark b = new BatchStagesBenchmark();
        b.setUp();
        b.line(BLACKHOLE);
        b.decode(BLACKHOLE);
        b.evaluate(BLACKHOLE);
        b.encode(BLACKHOLE);
    }

    @Test
    void theGeneratedRequestsSurviveTheirOwnEncodingAndCoverTheMix() {
        AftercareJson json = AftercareJson.standard();
        List<String> kinds = new ArrayList<>();
        for (int n = 0; n < BatchStagesBenchmark.REQUESTS; n++) {
            EvaluationRequest request = SyntheticRequests.request(7, n);
            String line = json.encodeRequest(request, "synthetic:7:" + n);
            Decoded<EvaluationRequest> decoded = json.decodeRequest(line.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            assertThat(decoded).as("line %d", n).isInstanceOf(Decoded.Accepted.class);
            EvaluationRequest back = ((Decoded.Accepted<EvaluationRequest>) decoded).value();
            assertThat(json.encodeReportLine(Aftercare.evaluate(back), null))
                    .isEqualTo(json.encodeReportLine(Aftercare.evaluate(request), null));
            kinds.add((request.medication().isPresent() ? "M" : "") + (request.incentiveProgram().isPresent() ? "I" : ""));
        }
        assertThat(kinds).contains("", "M", "MI");
    }
}
