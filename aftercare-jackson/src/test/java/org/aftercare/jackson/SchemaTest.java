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
import org.aftercare.Answer;
import org.aftercare.OudMedication;
import org.aftercare.care.AsamLevel;
import org.aftercare.care.Modality;
import org.aftercare.evaluation.Aftercare;
import org.aftercare.evaluation.EvaluationRequest;
import org.aftercare.evaluation.StandardPolicies;
import org.aftercare.incentive.FundingPolicies;
import org.aftercare.incentive.IncentivePreset;
import org.aftercare.incentive.IncentivePresets;
import org.aftercare.medication.Adjunct;
import org.aftercare.medication.CowsItem;
import org.aftercare.medication.DoseEventKind;
import org.aftercare.medication.Formulation;
import org.aftercare.medication.MedicationForecast;
import org.aftercare.medication.OpioidKind;
import org.aftercare.medication.RegimenPhase;
import org.aftercare.medication.ToleranceLossKind;
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

    static Stream<String> samples() {
        return Fixtures.sampleNames().stream();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void test_sampleRequest_conformsToTheRequestSchema(String name) throws IOException {
        assertThat(validate(REQUEST, Fixtures.requestText(name))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void test_encodedReport_conformsToTheReportSchema(String name) throws IOException {
        String report = AftercareJson.standard().encodeReport(Aftercare.evaluate(Fixtures.request(name)), "c");

        assertThat(validate(REPORT, report)).isEmpty();
        assertThat(validate(REPORT, Fixtures.reportText(name))).isEmpty();
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
    void test_medicationOnlyRequest_conforms_andItsMalformedVariantsDoNot() throws IOException {
        String med = MalformedRequestsTest.MEDICATION;
        assertThat(validate(REQUEST, med)).isEmpty();

        assertThat(validate(REQUEST, med.replace("\"resting-pulse\": 1", "\"resting-pulse\": 3"))).isNotEmpty();
        assertThat(validate(REQUEST, med.replace("\"tremor\": 0, ", ""))).isNotEmpty();
        assertThat(validate(REQUEST, med.replace("\"maintenance\"", "\"forever\""))).isNotEmpty();
        assertThat(validate(REQUEST, med.replace("\"methadone-oral-liquid\", \"phase\"", "\"methadone-spray\", \"phase\"")))
                .isNotEmpty();
        assertThat(validate(REQUEST, med.replace("\"qtcMilliseconds\": 430", "\"qtcMilliseconds\": 0"))).isNotEmpty();
        assertThat(validate(REQUEST, med.replace("\"supplyDays\": 2, \"closureDays\": 0", "\"supplyDays\": 0, \"closureDays\": 0")))
                .isNotEmpty();
        assertThat(validate(REQUEST, med.replace("2026-01-01T02:00:00Z", "1800-01-01T02:00:00Z"))).isNotEmpty();
        assertThat(validate(REQUEST, med.replace("\"left-moud\"", "\"moved-house\""))).isNotEmpty();
        assertThat(validate(REQUEST, med.replace("\"ondansetron\"", "\"aspirin\""))).isNotEmpty();
        assertThat(validate(REQUEST, med.replace("\"firstDayDoseJustification\": \"no\"", "\"firstDayDoseJustification\": true")))
                .isNotEmpty();
        String withoutRecord = med.substring(0, med.indexOf(",\n  \"medication\"")) + "\n}";
        assertThat(validate(REQUEST, withoutRecord)).isNotEmpty();
    }

    @Test
    void test_medicationOverrides_conformToTheRequestSchema() throws IOException {
        String request = MedicationOverridesTest.sampleWithOverrides(
                MedicationOverridesTest.threshold("medication.buprenorphine.induction.wait.short-acting", "\"PT8H\""),
                MedicationOverridesTest.threshold("medication.methadone.first-day-cap", "\"40 mg\""),
                MedicationOverridesTest.threshold("medication.urine.norbuprenorphine-ratio-cutoff", "\"0.02\""),
                MedicationOverridesTest.threshold("medication.methadone.qtc-error-ms", "500"),
                MedicationOverridesTest.threshold("medication.take-home.ladder-applies-to-buprenorphine", "true"),
                MedicationOverridesTest.threshold("medication.sublocade.interval", "\"P26D\""));

        assertThat(validate(REQUEST, request)).isEmpty();
        assertThat(validate(REQUEST, request.replace("\"medication.methadone.first-day-cap\"", "\"pharmacy.cap\"")))
                .isNotEmpty();
        assertThat(validate(REQUEST, request.replace("\"40 mg\"", "\"40mg\""))).isNotEmpty();
    }

    @Test
    void test_reportForecasts_conform_andMalformedForecastsDoNot() throws IOException {
        String report = Fixtures.reportText("methadone-take-home-virginia");
        assertThat(report).containsOnlyOnce("\"type\": \"take-home-step\"");
        assertThat(validate(REPORT, report)).isEmpty();

        assertThat(validate(REPORT, report.replace("\"take-home-step\"", "\"take-home\""))).isNotEmpty();
        assertThat(validate(REPORT, report.replace("\"take-home-step\"", "\"injection-due\""))).isNotEmpty();
        assertThat(validate(REPORT, report.replace("\"treatmentDay\": 31,", ""))).isNotEmpty();
        assertThat(validate(REPORT, report.replace("\"maxSupplyDays\": 14", "\"maxSupplyDays\": \"14\""))).isNotEmpty();
        assertThat(validate(REPORT, report.replace("\"date\": \"2026-02-04\"", "\"date\": \"2026-02-04T00:00:00Z\"")))
                .isNotEmpty();
        assertThat(validate(REPORT, report.replace("\"forecasts\": [", "\"forecasts\": [{\"type\": \"x\"}, ")))
                .isNotEmpty();
    }

    @Test
    void test_reportsWithEveryForecastType_conformToTheReportSchema() throws IOException {
        String bupe = Fixtures.requestText("buprenorphine-induction-too-early");
        String planned = bupe.substring(0, bupe.indexOf("\"doses\": [")) + "\"doses\": [ ]"
                + bupe.substring(bupe.indexOf("],", bupe.indexOf("\"doses\": [")) + 1);
        String injection = MalformedRequestsTest.MEDICATION
                .replace("\"medications\": [\"methadone\"]", "\"medications\": [\"buprenorphine\"]")
                .replace("\"methadone-oral-liquid\"", "\"sublocade-monthly\"")
                .replace("\"dose\": \"40 mg\"", "\"dose\": \"300 mg\"")
                .replace("\"medication\": \"methadone\", \"firstDay\"", "\"medication\": \"buprenorphine\", \"firstDay\"")
                .replace("{\"kind\": \"dispensed-take-home\"", "{\"kind\": \"administered\"")
                .replace(", \"supplyDays\": 2, \"closureDays\": 1}", "}");
        Set<String> types = new java.util.TreeSet<>();
        for (String request : List.of(planned, injection)) {
            String report = AftercareJson.standard().encodeReport(Aftercare.evaluate(Fixtures.accepted(request)), null);
            assertThat(validate(REPORT, report)).as(report).isEmpty();
            MAPPER.readTree(report).path("forecasts").forEach(f -> types.add(f.get("type").asText()));
        }
        String virginia = Fixtures.reportText("methadone-take-home-virginia");
        MAPPER.readTree(virginia).path("forecasts").forEach(f -> types.add(f.get("type").asText()));

        assertThat(types).containsExactly("earliest-induction", "injection-due", "take-home-step");
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

    @Test
    void test_schemaMedicationCodeLists_matchTheCode() throws IOException {
        JsonNode defs = MAPPER.readTree(Path.of("..", "docs", "schema", "evaluation-request.schema.json").toFile())
                .get("$defs");
        JsonNode medication = defs.get("medication").get("properties");

        assertThat(strings(defs.at("/formulation/enum"))).containsExactlyElementsOf(codes(Formulation.class));
        assertThat(strings(defs.at("/oudMedication/enum"))).containsExactlyElementsOf(codes(OudMedication.class));
        assertThat(strings(medication.at("/regimens/items/properties/phase/enum")))
                .containsExactlyElementsOf(codes(RegimenPhase.class));
        assertThat(strings(medication.at("/doses/items/properties/kind/enum")))
                .containsExactlyElementsOf(codes(DoseEventKind.class));
        assertThat(strings(medication.at("/opioidExposures/items/properties/kind/enum")))
                .containsExactlyElementsOf(codes(OpioidKind.class));
        assertThat(strings(medication.at("/toleranceLossEvents/items/properties/kind/enum")))
                .containsExactlyElementsOf(codes(ToleranceLossKind.class));
        assertThat(strings(medication.at("/adjunctOrders/items/properties/adjunct/enum")))
                .containsExactlyElementsOf(codes(Adjunct.class));
        assertThat(strings(medication.at("/firstDayDoseJustification/enum"))).containsExactlyElementsOf(codes(Answer.class));
        assertThat(strings(defs.at("/drugTest/properties/results/items/properties/analyte/enum")))
                .containsExactlyElementsOf(Arrays.stream(Analyte.values()).map(Analyte::code).toList());
        assertThat(medication.at("/drugTests/items/$ref").asText()).isEqualTo("#/$defs/drugTest");
        JsonNode scores = medication.at("/cowsAssessments/items/properties/scores");
        assertThat(strings(scores.get("required"))).containsExactlyElementsOf(codes(CowsItem.class));
        for (CowsItem item : CowsItem.values()) {
            List<Integer> allowed = new ArrayList<>();
            scores.at("/properties/" + code(item) + "/enum").forEach(n -> allowed.add(n.intValue()));
            assertThat(allowed).as(item.toString()).containsExactlyElementsOf(item.allowedScores());
        }
        JsonNode report = MAPPER.readTree(Path.of("..", "docs", "schema", "evaluation-report.schema.json").toFile());
        assertThat(strings(report.at("/$defs/formulation/enum"))).containsExactlyElementsOf(codes(Formulation.class));
        assertThat(strings(report.at("/$defs/forecast/oneOf/0/properties/bindingKind/enum")))
                .containsExactlyElementsOf(codes(OpioidKind.class));
        assertThat(report.at("/$defs/forecast/oneOf")).hasSize(MedicationForecast.class.getPermittedSubclasses().length);
    }

    @Test
    void test_doseStringPattern_acceptsWhatTheDecoderAccepts_andRejectsTheRest() throws IOException {
        String sample = Fixtures.requestText("buprenorphine-induction-too-early");
        for (String ok : new String[] {"4 mg", "0.72 mg", "300 mcg", "999999.9999 mg", "0.0001 mg", "10.5 mg"}) {
            String doc = sample.replace("\"dose\": \"4 mg\"", "\"dose\": \"" + ok + "\"");
            assertThat(validate(REQUEST, doc)).as(ok).isEmpty();
            assertThat(AftercareJson.standard().decodeRequest(doc.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                    .problems()).as(ok).isEmpty();
        }
        for (String bad : new String[] {"-4 mg", "4mg", "4 g", "0 mg", "0.0 mg", "04 mg", "4. mg", "1e3 mg", " 4 mg",
                "1000000 mg", "4 MG"}) {
            String doc = sample.replace("\"dose\": \"4 mg\"", "\"dose\": \"" + bad + "\"");
            assertThat(validate(REQUEST, doc)).as(bad).isNotEmpty();
            assertThat(AftercareJson.standard().decodeRequest(doc.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                    .problems()).as(bad).isNotEmpty();
        }
    }

    private static String code(Enum<?> e) {
        return e.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    private static List<String> codes(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(SchemaTest::code).toList();
    }

    private static List<String> strings(JsonNode array) {
        assertThat(array.isArray()).as("schema array").isTrue();
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
