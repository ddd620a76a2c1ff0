package org.aftercare.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.aftercare.evaluation.Aftercare;
import org.aftercare.evaluation.AftercareReport;
import org.aftercare.jackson.internal.Wire;
import org.junit.jupiter.api.Test;

/**
 * The one-line report of each sample, written straight into bytes, against Jackson's line; the exact text of its
 * start and of its parts that come from texts kept between reports; correlations that need escaping and one with a
 * lone surrogate (the {@code String} then comes from Jackson, the bytes hold {@code ?}).
 */
class ReportLineTest {
    private final AftercareJson json = AftercareJson.standard();

    @Test
    void everySampleLineIsJacksonsLine_onFirstAndLaterUse() {
        for (int round = 0; round < 3; round++) {
            for (String name : Fixtures.sampleNames()) {
                AftercareReport report = Aftercare.evaluate(Fixtures.request(name));
                String plain = Wire.encodeReportWithGenerator(report, "c-" + name, false);
                assertThat(json.encodeReportLine(report, "c-" + name)).as(name).isEqualTo(plain);
                assertThat(json.encodeReportLineUtf8(report, "c-" + name)).as(name)
                        .isEqualTo(plain.getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    @Test
    void exactTextOfTheStartAndOfAKeptAppliedThreshold() {
        AftercareReport report = Aftercare.evaluate(Fixtures.request("step-down-3.5-to-2.1"));
        String line = new String(json.encodeReportLineUtf8(report, "visit \"42\"\t/é"), StandardCharsets.UTF_8);
        assertThat(line).startsWith("{\"correlation\":\"visit \\\"42\\\"\\t/é\",\"asOf\":\"" + report.evaluation().asOf()
                + "\",\"zone\":\"" + report.evaluation().zone().getId() + "\",\"policy\":\"us-default\",\"findings\":[{");
        assertThat(line).doesNotContain("\n").endsWith("]}");
        org.aftercare.AppliedThreshold first = report.evaluation().appliedThresholds().get(0);
        org.aftercare.Citation c = first.citation();
        assertThat(line).contains("\"appliedThresholds\":[{\"key\":\"" + first.key() + "\",\"value\":\"" + first.value()
                + "\",\"layer\":\"" + first.layer() + "\"");
        assertThat(line).contains("\"citation\":{\"document\":\"" + c.document() + "\",\"section\":\"" + c.section()
                + "\",\"edition\":\"" + c.edition() + "\",\"status\":\"" + c.status().name().toLowerCase(java.util.Locale.ROOT)
                        .replace('_', '-') + "\"}");
        // the same line again, now from kept texts
        assertThat(json.encodeReportLineUtf8(report, "visit \"42\"\t/é")).isEqualTo(line.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void withoutCorrelation_theLineStartsWithAsOf() {
        AftercareReport report = Aftercare.evaluate(Fixtures.request("step-down-3.5-to-2.1"));
        assertThat(json.encodeReportLine(report, null)).startsWith("{\"asOf\":\"")
                .isEqualTo(Wire.encodeReportWithGenerator(report, null, false));
    }

    @Test
    void aLoneSurrogate_stringFromJackson_bytesWithAQuestionMark() {
        AftercareReport report = Aftercare.evaluate(Fixtures.request("step-down-3.5-to-2.1"));
        String correlation = "x\ud800y";
        String plain = Wire.encodeReportWithGenerator(report, correlation, false);

        assertThat(json.encodeReportLine(report, correlation)).isEqualTo(plain).startsWith("{\"correlation\":\"x\ud800y\"");
        byte[] bytes = json.encodeReportLineUtf8(report, correlation);
        assertThat(bytes).isEqualTo(plain.getBytes(StandardCharsets.UTF_8));
        assertThat(new String(bytes, StandardCharsets.UTF_8)).startsWith("{\"correlation\":\"x?y\"");
    }
}
