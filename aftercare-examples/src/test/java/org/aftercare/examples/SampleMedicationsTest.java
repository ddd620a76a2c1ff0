package org.aftercare.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import org.aftercare.Finding;
import org.aftercare.OudMedication;
import org.aftercare.Severity;
import org.aftercare.evaluation.Aftercare;
import org.aftercare.evaluation.AftercareReport;
import org.aftercare.medication.MedicationForecast;
import org.aftercare.medication.MedicationPolicies;
import org.junit.jupiter.api.Test;

class SampleMedicationsTest {

    @Test
    void buprenorphineElevenHoursAfterHeroinIsTooEarly() {
        AftercareReport r = Aftercare.evaluate(SampleMedications.buprenorphineInductionTooEarly().request());
        assertThat(r.evaluation().findings()).extracting(Finding::severity, Finding::code, Finding::path).containsExactly(
                tuple(Severity.ERROR, "medication.buprenorphine.induction-too-early", "medication.doses[0].at"),
                tuple(Severity.WARNING, "medication.urine.no-test-on-regimen", "medication.regimens[0]"));
        assertThat(r.evaluation().findings().get(0).message()).isEqualTo("First buprenorphine dose at 2026-03-02T08:00-05:00 "
                + "came 11 h after the last short-acting opioid use at 2026-03-01T21:00-05:00; at least 12 h is required "
                + "(medication.buprenorphine.induction.wait.short-acting, layer us-federal-medication); earliest start "
                + "2026-03-02T09:00-05:00");
        assertThat(r.evaluation().hasErrors()).isTrue();
    }

    @Test
    void virginiaLadderWinsOverTheFederalOneAndTheForecastNamesTheNextStep() {
        AftercareReport r = Aftercare.evaluate(SampleMedications.methadoneTakeHomeInVirginia().request());
        assertThat(r.evaluation().findings()).extracting(Finding::severity, Finding::code).containsExactly(
                tuple(Severity.ERROR, "medication.take-home.above-ladder"),
                tuple(Severity.WARNING, "medication.urine.no-test-on-regimen"));
        Finding ladder = r.evaluation().findings().get(0);
        assertThat(ladder.message()).contains("exceeds the 5 days allowed").endsWith("winner: " + MedicationPolicies.VIRGINIA);
        assertThat(ladder.restsOnUnverifiedSource()).isTrue();
        assertThat(r.forecasts()).singleElement().isInstanceOfSatisfying(MedicationForecast.TakeHomeStep.class, step -> {
            assertThat(step.medication()).isEqualTo(OudMedication.METHADONE);
            assertThat(step.date()).isEqualTo(LocalDate.of(2026, 2, 4));
            assertThat(step.treatmentDay()).isEqualTo(31);
            assertThat(step.maxSupplyDays()).isEqualTo(14);
            assertThat(step.layer()).isEqualTo(MedicationPolicies.VIRGINIA);
        });
    }
}
