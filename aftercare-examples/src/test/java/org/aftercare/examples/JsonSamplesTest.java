package org.aftercare.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.aftercare.evaluation.Aftercare;
import org.aftercare.evaluation.EvaluationRequest;
import org.aftercare.jackson.AftercareJson;
import org.aftercare.jackson.Decoded;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The JSON sample requests under src/main/resources are the Java samples on the wire: each file is
 * exactly the encoding of its Java twin, and decoding it gives the same report.
 */
class JsonSamplesTest {
    static final Path DIR = Path.of("src/main/resources/org/aftercare/examples/samples");
    private final AftercareJson json = AftercareJson.standard();

    @TestFactory
    Stream<DynamicTest> everyDemoSampleHasItsJsonTwin() {
        return SamplePlans.demo().stream().map(sample -> DynamicTest.dynamicTest(sample.name(), () -> {
            Path file = DIR.resolve(sample.name() + ".request.json");
            String text = Files.readString(file, StandardCharsets.UTF_8);
            assertThat(text).isEqualTo(json.encodeRequest(sample.request(), "sample:" + sample.name()));
            Decoded<EvaluationRequest> decoded = json.decodeRequest(text.getBytes(StandardCharsets.UTF_8));
            assertThat(decoded.problems()).isEmpty();
            EvaluationRequest request = ((Decoded.Accepted<EvaluationRequest>) decoded).value();
            assertThat(json.encodeReport(Aftercare.evaluate(request), null))
                    .isEqualTo(json.encodeReport(Aftercare.evaluate(sample.request()), null));
        }));
    }

    @Test
    void noJsonSampleWithoutAJavaTwin() throws Exception {
        try (Stream<Path> files = Files.list(DIR)) {
            assertThat(files.map(p -> p.getFileName().toString().replace(".request.json", "")).sorted())
                    .containsExactlyInAnyOrderElementsOf(SamplePlans.demo().stream().map(Sample::name).toList());
        }
    }
}
