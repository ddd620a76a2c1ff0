package org.aftercare.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.aftercare.evaluation.Aftercare;
import org.aftercare.evaluation.AftercareReport;
import org.aftercare.evaluation.EvaluationRequest;
import org.aftercare.jackson.samples.Sample;
import org.aftercare.jackson.samples.SamplePlans;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each JSON fixture is the wire form of a Java sample: decoding it gives the sample's values, and evaluating it gives
 * the sample's report, byte for byte the stored report fixture.
 */
class SampleFixturesTest {
    private final AftercareJson json = AftercareJson.standard();

    static Stream<Sample> samples() {
        return SamplePlans.demo().stream();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void test_decode_fixture_givesTheJavaSamplesValues(Sample sample) {
        Decoded<EvaluationRequest> decoded = json.decodeRequest(Fixtures.bytes(sample.name() + ".request.json"));

        assertThat(decoded.problems()).isEmpty();
        Decoded.Accepted<EvaluationRequest> ok = (Decoded.Accepted<EvaluationRequest>) decoded;
        assertThat(ok.correlation()).contains("sample:" + sample.name());
        EvaluationRequest expected = sample.request();
        EvaluationRequest actual = ok.value();
        assertThat(actual.context().asOf()).isEqualTo(expected.context().asOf());
        assertThat(actual.context().zone()).isEqualTo(expected.context().zone());
        assertThat(actual.context().policy().name()).isEqualTo(expected.context().policy().name());
        assertThat(actual.patient()).isEqualTo(expected.patient());
        assertThat(actual.moud()).isEqualTo(expected.moud());
        assertThat(actual.plan()).isEqualTo(expected.plan());
        assertThat(actual.incentiveEvents()).isEqualTo(expected.incentiveEvents());
        assertThat(actual.drawSeed()).isEqualTo(expected.drawSeed());
        assertThat(actual.incentiveProgram().isPresent()).isEqualTo(expected.incentiveProgram().isPresent());
        actual.incentiveProgram().ifPresent(p -> {
            var e = expected.incentiveProgram().orElseThrow();
            assertThat(p.withPrescribedMoud(e.prescribedMoud()).schedule()).isEqualTo(e.schedule());
            assertThat(p.phases()).isEqualTo(e.phases());
            assertThat(p.target()).isEqualTo(e.target());
            assertThat(p.funding().name()).isEqualTo(e.funding().name());
            assertThat(p.instrument()).isEqualTo(e.instrument());
            assertThat(p.setting()).isEqualTo(e.setting());
            assertThat(p.startDate()).isEqualTo(e.startDate());
            assertThat(p.zone()).isEqualTo(e.zone());
            assertThat(p.prescribedMoud()).isEqualTo(e.prescribedMoud());
            assertThat(p.parameterSources()).isEqualTo(e.parameterSources());
        });
    }

    @ParameterizedTest
    @MethodSource("samples")
    void test_evaluate_decodedFixture_givesTheJavaSamplesReport(Sample sample) {
        AftercareReport fromJson = Aftercare.evaluate(Fixtures.accepted(Fixtures.bytes(sample.name() + ".request.json")));
        AftercareReport fromJava = Aftercare.evaluate(sample.request());

        assertThat(fromJson.evaluation()).isEqualTo(fromJava.evaluation());
        assertThat(fromJson.evaluation().findings()).isNotEmpty();
        assertThat(fromJson.incentiveReport().map(r -> r.ledger().entries()))
                .isEqualTo(fromJava.incentiveReport().map(r -> r.ledger().entries()));
        assertThat(fromJson.incentiveReport().map(r -> r.maximum()))
                .isEqualTo(fromJava.incentiveReport().map(r -> r.maximum()));
        assertThat(json.encodeReport(fromJson, "c")).isEqualTo(json.encodeReport(fromJava, "c"));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void test_encodeReport_matchesTheStoredReportFixture(Sample sample) {
        String correlation = "sample:" + sample.name();
        String encoded = json.encodeReport(Aftercare.evaluate(sample.request()), correlation);

        assertThat(encoded.getBytes(StandardCharsets.UTF_8))
                .isEqualTo(Fixtures.bytes(sample.name() + ".report.json"));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void test_encodeRequest_javaSample_isTheStoredRequestFixture(Sample sample) {
        assertThat(json.encodeRequest(sample.request(), "sample:" + sample.name()))
                .isEqualTo(Fixtures.text(sample.name() + ".request.json"));
    }
}
