package org.aftercare.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.aftercare.Citation;
import org.aftercare.Policy;
import org.aftercare.PolicyKey;
import org.aftercare.PolicyLayer;
import org.aftercare.VerificationStatus;
import org.aftercare.evaluation.Aftercare;
import org.aftercare.evaluation.EvaluationRequest;
import org.aftercare.medication.Dose;
import org.aftercare.medication.MedicationPolicyKeys;
import org.junit.jupiter.api.Test;

/** Requests may override the medication policy keys that have simple values, and the report cites the override. */
class MedicationOverridesTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String SAMPLE = "buprenorphine-induction-too-early";
    private static final String WAIT = "medication.buprenorphine.induction.wait.short-acting";
    private static final String CITATION = "{\"document\": \"Clinic induction protocol\", \"section\": \"3.1\", "
            + "\"edition\": \"2026-02\", \"status\": \"local\"}";
    /** One wire value per simple value type, with the value it decodes to. */
    private static final Map<Class<?>, Object[]> SIMPLE = Map.of(
            Duration.class, new Object[] {"\"PT8H\"", Duration.ofHours(8)},
            Period.class, new Object[] {"\"P3M\"", Period.ofMonths(3)},
            Integer.class, new Object[] {"7", 7},
            BigDecimal.class, new Object[] {"\"0.02\"", new BigDecimal("0.02")},
            Dose.class, new Object[] {"\"0.5 mg\"", Dose.ofMilligrams("0.5")},
            Boolean.class, new Object[] {"true", true});

    private final AftercareJson json = AftercareJson.standard();

    /** The buprenorphine sample with an overrides layer holding these thresholds (JSON objects). */
    static String sampleWithOverrides(String... thresholds) {
        String sample = Fixtures.requestText(SAMPLE);
        String layers = "\"layers\": [ ]";
        assertThat(sample).containsOnlyOnce(layers);
        return sample.replace(layers, layers + ", \"overrides\": {\"layer\": \"clinic:induction\", "
                + "\"description\": \"Clinic induction protocol\", \"thresholds\": [" + String.join(", ", thresholds)
                + "]}");
    }

    static String threshold(String key, String value) {
        return "{\"key\": \"" + key + "\", \"value\": " + value + ", \"citation\": " + CITATION + "}";
    }

    private JsonNode report(String request) throws Exception {
        return MAPPER.readTree(json.encodeReport(Aftercare.evaluate(Fixtures.accepted(request)), null));
    }

    private static JsonNode applied(JsonNode report, String key) {
        for (JsonNode a : report.get("appliedThresholds")) {
            if (a.get("key").asText().equals(key)) {
                return a;
            }
        }
        throw new AssertionError("no applied threshold " + key + " in " + report);
    }

    @Test
    void test_shorterWait_removesTheTooEarlyFinding_andTheAppliedThresholdCitesTheOverride() throws Exception {
        JsonNode stored = MAPPER.readTree(Fixtures.reportBytes(SAMPLE));
        assertThat(SampleFixturesTest.severities(stored, "medication.buprenorphine.induction-too-early"))
                .containsExactly("error");

        JsonNode report = report(sampleWithOverrides(threshold(WAIT, "\"PT8H\"")));

        assertThat(SampleFixturesTest.severities(report, "medication.buprenorphine.induction-too-early")).isEmpty();
        assertThat(SampleFixturesTest.severities(report, "medication.urine.no-test-on-regimen")).containsExactly("warning");
        assertThat(report.get("policy").asText()).isEqualTo("us-default+clinic:induction");
        JsonNode wait = applied(report, WAIT);
        assertThat(wait.get("value").asText()).isEqualTo("PT8H");
        assertThat(wait.get("layer").asText()).isEqualTo("clinic:induction");
        assertThat(wait.get("citation")).isEqualTo(MAPPER.readTree(CITATION));
    }

    @Test
    void test_longerWait_findingNamesTheOverrideLayerAndCitesIt() throws Exception {
        JsonNode report = report(sampleWithOverrides(threshold(WAIT, "\"PT16H\"")));

        JsonNode finding = SampleFixturesTest.finding(report, "medication.buprenorphine.induction-too-early");
        assertThat(finding.get("message").asText())
                .contains("at least 16 h is required (" + WAIT + ", layer clinic:induction)")
                .contains("earliest start 2026-03-02T13:00-05:00");
        assertThat(finding.get("citations")).contains(MAPPER.readTree(CITATION));
        assertThat(applied(report, WAIT).get("value").asText()).isEqualTo("PT16H");
    }

    @Test
    void test_overrideRequest_roundTripsByteForByte() {
        String request = sampleWithOverrides(threshold(WAIT, "\"PT8H\""),
                threshold("medication.methadone.first-day-cap", "\"40 mg\""),
                threshold("medication.urine.norbuprenorphine-ratio-cutoff", "\"0.02\""));

        String encoded = json.encodeRequest(Fixtures.accepted(request), null);

        assertThat(encoded).contains("\"value\": \"PT8H\"").contains("\"value\": \"40 mg\"").contains("\"value\": \"0.02\"");
        assertThat(json.encodeRequest(Fixtures.accepted(encoded), null)).isEqualTo(encoded);
    }

    @Test
    void test_javaPolicyWithAMedicationOverride_encodesAndDecodesToTheSameValue() {
        Citation c = Citation.of("Clinic induction protocol", "3.1", "2026-02", VerificationStatus.LOCAL);
        PolicyLayer layer = PolicyLayer.builder("clinic:induction", "Clinic induction protocol")
                .set(MedicationPolicyKeys.BUPRENORPHINE_WAIT_SHORT_ACTING, Duration.ofHours(8), c)
                .set(MedicationPolicyKeys.QTC_ERROR_MS, 480, c).build();
        EvaluationRequest sample = Fixtures.request(SAMPLE);
        EvaluationRequest request = EvaluationRequest.builder(sample.context().asOf(), sample.context().zone())
                .policy(sample.context().policy().withLayer(layer)).patient(sample.patient()).moud(sample.moud())
                .medication(sample.medication().orElseThrow()).build();

        EvaluationRequest back = Fixtures.accepted(json.encodeRequest(request, null));

        Policy policy = back.context().policy();
        LocalDate on = LocalDate.of(2026, 3, 2);
        assertThat(policy.resolve(MedicationPolicyKeys.BUPRENORPHINE_WAIT_SHORT_ACTING, on).orElseThrow().value())
                .isEqualTo(Duration.ofHours(8));
        assertThat(policy.resolve(MedicationPolicyKeys.QTC_ERROR_MS, on).orElseThrow().value()).isEqualTo(480);
        assertThat(policy.resolve(MedicationPolicyKeys.QTC_ERROR_MS, on).orElseThrow().layer()).isEqualTo("clinic:induction");
        assertThat(Aftercare.evaluate(back).evaluation()).isEqualTo(Aftercare.evaluate(request).evaluation());
    }

    @Test
    void test_everyMedicationKeyWithASimpleValue_isOverridableOnTheWire_andStructuredKeysAreNot() throws Exception {
        List<PolicyKey<?>> simple = new ArrayList<>();
        List<PolicyKey<?>> structured = new ArrayList<>();
        for (Field f : MedicationPolicyKeys.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == PolicyKey.class) {
                PolicyKey<?> key = (PolicyKey<?>) f.get(null);
                (SIMPLE.containsKey(key.type()) ? simple : structured).add(key);
            }
        }
        assertThat(simple).hasSizeGreaterThanOrEqualTo(25);
        assertThat(structured).isNotEmpty();

        for (PolicyKey<?> key : simple) {
            Object[] value = SIMPLE.get(key.type());
            String request = sampleWithOverrides(threshold(key.name(), (String) value[0]));
            Decoded<EvaluationRequest> decoded = json.decodeRequest(request.getBytes(StandardCharsets.UTF_8));
            assertThat(decoded.problems()).as(key.name()).isEmpty();
            Policy policy = ((Decoded.Accepted<EvaluationRequest>) decoded).value().context().policy();
            assertThat(policy.resolve(key, LocalDate.of(2026, 3, 2)).orElseThrow().value()).as(key.name())
                    .isEqualTo(value[1]);
            String encoded = json.encodeRequest(((Decoded.Accepted<EvaluationRequest>) decoded).value(), null);
            assertThat(encoded).as(key.name()).contains("\"value\": " + value[0]);
        }
        for (PolicyKey<?> key : structured) {
            String request = sampleWithOverrides(threshold(key.name(), "{}"));
            assertThat(json.decodeRequest(request.getBytes(StandardCharsets.UTF_8)).problems())
                    .as(key.name()).extracting(p -> p.pointer() + " " + p.code())
                    .containsExactly("/policy/overrides/thresholds/0/key json.unknown-code");
        }
    }

    @Test
    void test_outOfRangeAndMalformedValues_areReportedAtTheirPointers() {
        String request = sampleWithOverrides(threshold(WAIT, "\"PT-1H\""),
                threshold("medication.naltrexone.opioid-free.fentanyl", "\"P367D\""),
                threshold("medication.methadone.qtc-error-ms", "0"),
                threshold("medication.methadone.first-day-cap", "\"40mg\""),
                threshold("medication.methadone.first-dose-cap", "\"0 mg\""),
                threshold("medication.urine.norbuprenorphine-ratio-cutoff", "\"-0.1\""),
                threshold("medication.take-home.ladder-applies-to-buprenorphine", "\"yes\""),
                threshold("medication.sublocade.interval", "\"PT12H\""));

        assertThat(json.decodeRequest(request.getBytes(StandardCharsets.UTF_8)).problems())
                .extracting(p -> p.pointer() + " " + p.code())
                .containsExactly(
                        "/policy/overrides/thresholds/0/value json.out-of-range",
                        "/policy/overrides/thresholds/1/value json.out-of-range",
                        "/policy/overrides/thresholds/2/value json.out-of-range",
                        "/policy/overrides/thresholds/3/value json.invalid-value",
                        "/policy/overrides/thresholds/4/value json.invalid-value",
                        "/policy/overrides/thresholds/5/value json.out-of-range",
                        "/policy/overrides/thresholds/6/value json.wrong-type",
                        "/policy/overrides/thresholds/7/value json.invalid-value");
    }
}
