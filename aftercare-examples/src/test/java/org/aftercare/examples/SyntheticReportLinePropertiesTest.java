package org.aftercare.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.aftercare.evaluation.Aftercare;
import org.aftercare.evaluation.AftercareReport;
import org.aftercare.jackson.AftercareJson;
import org.aftercare.jackson.internal.Wire;

/**
 * Over the batch's own population (any seed, any request number), the report line written straight into bytes
 * equals the line Jackson's generator writes, as a {@code String} and in UTF-8.
 */
class SyntheticReportLinePropertiesTest {
    private final AftercareJson json = AftercareJson.standard();

    @Property(tries = 1000, seed = "20261122")
    void fastLineIsJacksonsLine(@ForAll @IntRange(min = 0, max = 1000) int seed,
            @ForAll @IntRange(min = 0, max = 1_000_000) int n) {
        AftercareReport report = Aftercare.evaluate(SyntheticRequests.request(seed, n));
        String correlation = "synthetic:" + seed + ":" + n;
        String plain = Wire.encodeReportWithGenerator(report, correlation, false);

        assertThat(json.encodeReportLine(report, correlation)).isEqualTo(plain);
        assertThat(json.encodeReportLineUtf8(report, correlation)).isEqualTo(plain.getBytes(StandardCharsets.UTF_8));
    }
}
