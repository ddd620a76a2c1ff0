package org.aftercare.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.aftercare.evaluation.Aftercare;
import org.aftercare.evaluation.AftercareReport;
import org.junit.jupiter.api.Test;

/**
 * The one-line report, whose repeated parts (citations) are copied from texts written before,
 * is the pretty report's content written compactly: the same members, order and values, on first and later use.
 */
class CompactReportLineTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void everySampleReportLineIsItsPrettyReportCompacted() throws Exception {
        AftercareJson json = AftercareJson.standard();
        for (int round = 0; round < 2; round++) {
            for (String name : Fixtures.sampleNames()) {
                AftercareReport report = Aftercare.evaluate(Fixtures.request(name));
                String line = json.encodeReportLine(report, "c-" + name);
                String compacted = MAPPER.writeValueAsString(MAPPER.readTree(json.encodeReport(report, "c-" + name)));
                assertThat(line).as(name).isEqualTo(compacted).contains("\"appliedThresholds\":[{\"key\":");
            }
        }
    }
}
