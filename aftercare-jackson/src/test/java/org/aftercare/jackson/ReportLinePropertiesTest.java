package org.aftercare.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.aftercare.evaluation.Aftercare;
import org.aftercare.evaluation.AftercareReport;
import org.aftercare.evaluation.EvaluationRequest;
import org.aftercare.jackson.internal.Wire;

/**
 * The one-line report written straight into bytes equals the line Jackson's generator writes, over generated
 * requests of every shape (plans, medication records with forecasts, incentive programmes with ledgers, overrides
 * with their own citations) and any correlation: as a {@code String}, and as UTF-8 bytes.
 */
class ReportLinePropertiesTest {
    private final AftercareJson json = AftercareJson.standard();

    @Property(tries = 1000, seed = "20261122")
    void fastLineIsJacksonsLine(@ForAll("requests") EvaluationRequest request, @ForAll("correlations") String correlation) {
        AftercareReport report = Aftercare.evaluate(request);
        String plain = Wire.encodeReportWithGenerator(report, correlation, false);

        assertThat(json.encodeReportLine(report, correlation)).isEqualTo(plain);
        assertThat(json.encodeReportLineUtf8(report, correlation)).isEqualTo(plain.getBytes(StandardCharsets.UTF_8));
        // again: now from the texts kept for citations and applied thresholds
        assertThat(json.encodeReportLineUtf8(report, correlation)).isEqualTo(plain.getBytes(StandardCharsets.UTF_8));
    }

    @Provide
    Arbitrary<EvaluationRequest> requests() {
        return Arbitraries.randomValue(WireRoundTripPropertiesTest::request);
    }

    @Provide
    Arbitrary<String> correlations() {
        return Arbitraries.oneOf(Arbitraries.just(null), Arbitraries.strings().ofMaxLength(40),
                Arbitraries.strings().all().ofMaxLength(12));
    }
}
