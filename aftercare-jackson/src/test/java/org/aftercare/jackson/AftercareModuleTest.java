package org.aftercare.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.List;
import org.aftercare.InvalidValueException;
import org.aftercare.care.AsamLevel;
import org.aftercare.care.Modality;
import org.aftercare.evaluation.Aftercare;
import org.aftercare.evaluation.AftercareReport;
import org.aftercare.evaluation.EvaluationRequest;
import org.aftercare.incentive.Money;
import org.aftercare.screening.Analyte;
import org.junit.jupiter.api.Test;

class AftercareModuleTest {
    private final ObjectMapper mapper = new ObjectMapper().registerModule(new AftercareModule());

    @Test
    void test_findAndRegisterModules_discoversTheModule() {
        ObjectMapper discovered = new ObjectMapper().findAndRegisterModules();

        assertThat(discovered.getRegisteredModuleIds()).contains(new AftercareModule().getTypeId());
        assertThat(ObjectMapper.findModules()).anyMatch(m -> m instanceof AftercareModule);
    }

    @Test
    void test_simpleValues_roundTripAsCanonicalStrings() throws Exception {
        assertThat(mapper.writeValueAsString(List.of(AsamLevel.V3_2_1, AsamLevel.V4_1_7)))
                .isEqualTo("[\"asam3:2.1\",\"asam4:1.7\"]");
        assertThat(mapper.writeValueAsString(Modality.MINDFULNESS_BASED_RELAPSE_PREVENTION))
                .isEqualTo("\"mindfulness-based-relapse-prevention\"");
        assertThat(mapper.writeValueAsString(Analyte.SIX_MAM)).isEqualTo("\"six-mam\"");
        assertThat(mapper.writeValueAsString(Money.of("997.5"))).isEqualTo("\"997.50\"");

        for (AsamLevel level : AsamLevel.values()) {
            assertThat(mapper.readValue(mapper.writeValueAsString(level), AsamLevel.class)).isEqualTo(level);
        }
        for (Modality m : Modality.values()) {
            assertThat(mapper.readValue(mapper.writeValueAsString(m), Modality.class)).isEqualTo(m);
        }
        for (Analyte a : Analyte.values()) {
            assertThat(mapper.readValue(mapper.writeValueAsString(a), Analyte.class)).isEqualTo(a);
        }
        assertThat(mapper.readValue("\"12.30\"", Money.class)).isEqualTo(Money.of("12.30"));
    }

    @Test
    void test_invalidValue_becomesInvalidFormatExceptionWithTheCauseKept() {
        assertThatThrownBy(() -> mapper.readValue("\"asam3:2.2\"", AsamLevel.class))
                .isInstanceOf(InvalidFormatException.class)
                .hasMessageContaining("level.code must be an ASAM 3 edition level code: \"2.2\"")
                .hasCauseInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> mapper.readValue("\"1.005\"", Money.class))
                .isInstanceOf(InvalidFormatException.class)
                .hasCauseInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> mapper.readValue("\"$5.00\"", Money.class))
                .isInstanceOf(InvalidFormatException.class);
    }

    @Test
    void test_wrongToken_isAMismatchedInput() {
        assertThatThrownBy(() -> mapper.readValue("5", Modality.class)).isInstanceOf(MismatchedInputException.class);
    }

    @Test
    void test_request_readThroughTheMapper_equalsTheDecodedRequest() throws Exception {
        byte[] json = Fixtures.requestBytes("leaving-3.7-co-occurring");

        EvaluationRequest viaMapper = mapper.readValue(json, EvaluationRequest.class);
        EvaluationRequest viaWire = Fixtures.accepted(json);

        assertThat(viaMapper.plan()).isEqualTo(viaWire.plan());
        assertThat(Aftercare.evaluate(viaMapper).evaluation()).isEqualTo(Aftercare.evaluate(viaWire).evaluation());
        assertThat(mapper.readValue(mapper.writeValueAsString(viaMapper), EvaluationRequest.class).plan())
                .isEqualTo(viaWire.plan());
    }

    @Test
    void test_rejectedRequest_throwsWithEveryProblem() {
        String json = MalformedRequestsTest.BASE.replace("\"ageYears\": 29", "\"ageYears\": 300")
                .replace("\"asam3:2.1\"", "\"asam3:9\"");

        assertThatThrownBy(() -> mapper.readValue(json, EvaluationRequest.class))
                .isInstanceOf(JsonMappingException.class)
                .hasMessageContaining("/patient/ageYears json.out-of-range")
                .hasMessageContaining("/plan/placement/level json.unknown-code");
    }

    @Test
    void test_report_writtenThroughTheMapper_isTheWireReportWithoutCorrelation() throws Exception {
        AftercareReport report = Aftercare.evaluate(Fixtures.request("step-down-3.5-to-2.1"));

        String viaMapper = mapper.writerWithDefaultPrettyPrinter().writeValueAsString(report);

        assertThat(mapper.readTree(viaMapper))
                .isEqualTo(mapper.readTree(AftercareJson.standard().encodeReport(report, null)));
        assertThat(viaMapper).doesNotContain("correlation").doesNotContain("org.aftercare");
    }
}
