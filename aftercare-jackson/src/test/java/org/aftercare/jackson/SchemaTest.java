package org.aftercare.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.aftercare.care.AsamLevel;
import org.aftercare.care.Modality;
import org.aftercare.evaluation.Aftercare;
import org.aftercare.evaluation.EvaluationRequest;
import org.aftercare.evaluation.StandardPolicies;
import org.aftercare.incentive.FundingPolicies;
import org.aftercare.incentive.IncentivePreset;
import org.aftercare.incentive.IncentivePresets;
import org.aftercare.jackson.samples.Sample;
import org.aftercare.jackson.samples.SamplePlans;
import org.aftercare.screening.Analyte;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The JSON Schemas in docs/schema describe what the wire format accepts and writes, and stay in step with the code. */
class SchemaTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonSchema REQUEST = schema("evaluation-request");
    private static final JsonSchema REPORT = schema("evaluation-report");
    private static final JsonSchema PROBLEMS = schema("problems");

    private static JsonSchema schema(String name) {
        Path path = Path.of("..", "docs", "schema", name + ".schema.json");
        try (InputStream in = Files.newInputStream(path)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + path.toAbsolutePath(), e);
        }
    }

    private static Set<ValidationMessage> validate(JsonSchema schema, String json) throws IOException {
        return schema.validate(MAPPER.readTree(json));
    }

    static Stream<Sample> samples() {
        return SamplePlans.demo().stream();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void test_fixtureRequest_conformsToTheRequestSchema(Sample sample) throws IOException {
        assertThat(validate(REQUEST, Fixtures.text(sample.name() + ".request.json"))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void test_encodedReport_conformsToTheReportSchema(Sample sample) throws IOException {
        String report = AftercareJson.standard().encodeReport(Aftercare.evaluate(sample.request()), "c");

        assertThat(validate(REPORT, report)).isEmpty();
        assertThat(validate(REPORT, Fixtures.text(sample.name() + ".report.json"))).isEmpty();
    }

    @Test
    void test_generatedRequestsAndTheirReports_conformToTheSchemas() throws IOException {
        Random random = new Random(20261122L);
        for (int i = 0; i < 60; i++) {
            EvaluationRequest request = WireRoundTripPropertiesTest.request(random);
            String encoded = AftercareJson.standard().encodeRequest(request, i % 2 == 0 ? null : "c" + i);
            assertThat(validate(REQUEST, encoded)).as(encoded).isEmpty();
            assertThat(validate(REPORT, AftercareJson.standard().encodeReport(Aftercare.evaluate(request), null))).isEmpty();
        }
    }

    @Test
    void test_baseOfTheMalformedTable_conforms_andItsMalformedVariantsDoNot() throws IOException {
        String base = MalformedRequestsTest.BASE;
        assertThat(validate(REQUEST, base)).isEmpty();

        assertThat(validate(REQUEST, base.replace("\"moud\": {", "\"moud\": {\"@class\": \"x\", "))).isNotEmpty();
        assertThat(validate(REQUEST, base.replace("\"asam3:2.1\"", "\"asam3:2.2\""))).isNotEmpty();
        assertThat(validate(REQUEST, base.replace("\"asOf\": \"2026-03-01T14:00:00Z\",", ""))).isNotEmpty();
        assertThat(validate(REQUEST, base.replace("\"type\": \"referral\"", "\"type\": \"java.lang.Runtime\""))).isNotEmpty();
        assertThat(validate(REQUEST, base.replace("\"drawSeed\": 7", "\"drawSeed\": \"7\""))).isNotEmpty();
        String withProgram = base.replace("\"preset\": \"ctn-0007-prize-bowl\",",
                "\"program\": " + MalformedRequestsTest.PROGRAM + ",");
        assertThat(validate(REQUEST, withProgram)).isEmpty();
        assertThat(validate(REQUEST, withProgram.replace("\"funding\"", "\"preset\": \"ctn-0007-prize-bowl\", \"funding\"")))
                .isNotEmpty();
    }

    @Test
    void test_encodedProblems_conformToTheProblemsSchema() throws IOException {
        String doc = MalformedRequestsTest.BASE.replace("\"ageYears\": 29", "\"ageYears\": -3");
        Decoded<EvaluationRequest> decoded = AftercareJson.standard().decodeRequest(doc.getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(validate(PROBLEMS, AftercareJson.standard().encodeProblems(decoded.problems()))).isEmpty();
    }

    @Test
    void test_schemaCodeLists_matchTheCode() throws IOException {
        JsonNode defs = MAPPER.readTree(Path.of("..", "docs", "schema", "evaluation-request.schema.json").toFile())
                .get("$defs");

        assertThat(strings(defs.at("/plan/properties/placement/properties/level/enum")))
                .containsExactlyElementsOf(Arrays.stream(AsamLevel.values()).map(AsamLevel::toString).toList());
        assertThat(strings(defs.at("/service/properties/modality/enum")))
                .containsExactlyElementsOf(Arrays.stream(Modality.values()).map(Modality::code).toList());
        assertThat(strings(defs.at("/event/oneOf/0/properties/results/items/properties/analyte/enum")))
                .containsExactlyElementsOf(Arrays.stream(Analyte.values()).map(Analyte::code).toList());
        assertThat(strings(defs.at("/incentive/properties/preset/enum")))
                .containsExactlyElementsOf(IncentivePresets.all().stream().map(IncentivePreset::name).toList());
        assertThat(strings(defs.at("/incentive/properties/funding/enum"))).containsExactlyElementsOf(FundingPolicies.names());
        String layerPattern = defs.at("/policy/properties/layers/items/pattern").asText();
        assertThat(StandardPolicies.overlayNames()).isNotEmpty().allSatisfy(name -> assertThat(name).matches(layerPattern));
    }

    private static List<String> strings(JsonNode array) {
        assertThat(array.isArray()).as("schema array").isTrue();
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
