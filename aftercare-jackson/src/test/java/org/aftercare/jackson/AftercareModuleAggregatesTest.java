package org.aftercare.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import org.aftercare.Answer;
import org.aftercare.Citation;
import org.aftercare.MoudStatus;
import org.aftercare.OudMedication;
import org.aftercare.PatientContext;
import org.aftercare.SupportNeed;
import org.aftercare.VerificationStatus;
import org.aftercare.evaluation.Aftercare;
import org.aftercare.evaluation.AftercareReport;
import org.aftercare.evaluation.EvaluationRequest;
import org.aftercare.medication.Dose;
import org.aftercare.medication.MedicationForecast;
import org.aftercare.medication.MedicationRecord;
import org.aftercare.screening.Analyte;
import org.aftercare.screening.AnalyteResult;
import org.aftercare.screening.DrugTest;
import org.aftercare.screening.Outcome;
import org.aftercare.screening.Specimen;
import org.junit.jupiter.api.Test;

/** A plain ObjectMapper with the discovered module reads and writes the domain aggregates in their wire shape. */
class AftercareModuleAggregatesTest {
    private final ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();

    private <T> T roundTrip(T value, Class<T> type) throws Exception {
        return mapper.readValue(mapper.writeValueAsString(value), type);
    }

    @Test
    void patientContextMoudStatusCitationAndDoseRoundTrip() throws Exception {
        PatientContext patient = PatientContext.builder().ageYears(17).opioidUseDisorder(Answer.YES)
                .needs(SupportNeed.HOUSING, SupportNeed.PARENTING).build();
        assertThat(roundTrip(patient, PatientContext.class)).isEqualTo(patient);
        MoudStatus moud = MoudStatus.receiving(OudMedication.METHADONE, OudMedication.NALTREXONE);
        assertThat(roundTrip(moud, MoudStatus.class)).isEqualTo(moud);
        Citation c = Citation.of("42 CFR 8.12", "(i)(3)", "2024 final rule", VerificationStatus.SECONDARY);
        assertThat(roundTrip(c, Citation.class)).isEqualTo(c);
        assertThat(mapper.writeValueAsString(Dose.ofMilligrams("0.72"))).isEqualTo("\"0.72 mg\"");
        assertThat(mapper.readValue("\"16 mg\"", Dose.class)).isEqualTo(Dose.ofMilligrams("16"));
    }

    @Test
    void drugTestRoundTrips() throws Exception {
        DrugTest test = DrugTest.of(Specimen.URINE, Instant.parse("2026-03-02T14:00:00Z"), List.of(
                AnalyteResult.of(Analyte.METHADONE, Outcome.POSITIVE), AnalyteResult.of(Analyte.EDDP, Outcome.NEGATIVE)));
        assertThat(roundTrip(test, DrugTest.class)).isEqualTo(test);
    }

    @Test
    void medicationRecordOfASampleRoundTrips() throws Exception {
        MedicationRecord record = Fixtures.request("methadone-take-home-virginia").medication().orElseThrow();
        assertThat(roundTrip(record, MedicationRecord.class)).isEqualTo(record);
    }

    @Test
    void everyProblemOfABadAggregateIsInOneMappingError() {
        assertThatThrownBy(() -> mapper.readValue("{\"ageYears\": 131, \"opioidUseDisorder\": \"maybe\"}",
                PatientContext.class))
                .isInstanceOf(JsonMappingException.class)
                .hasMessageContaining("Failed to deserialize PatientContext")
                .hasMessageContaining("/ageYears")
                .hasMessageContaining("/opioidUseDisorder");
    }

    @Test
    void planAndForecastAreWrittenInTheirWireShape() throws Exception {
        EvaluationRequest request = Fixtures.request("methadone-take-home-virginia");
        AftercareReport report = Aftercare.evaluate(request);
        MedicationForecast forecast = report.forecasts().get(0);
        assertThat(mapper.readTree(mapper.writeValueAsString(forecast)).get("type").asText()).isEqualTo("take-home-step");
        EvaluationRequest withPlan = Fixtures.request("step-down-3.5-to-2.1");
        assertThat(mapper.readTree(mapper.writeValueAsString(withPlan.plan().orElseThrow())).get("placement").get("level")
                .asText()).isEqualTo("asam3:2.1");
        assertThat(mapper.readTree(mapper.writeValueAsString(report.evaluation().findings().get(0))).get("code").asText())
                .isEqualTo("medication.take-home.above-ladder");
    }
}
