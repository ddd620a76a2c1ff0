package org.aftercare.medication;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.aftercare.Evaluation;
import org.aftercare.EvaluationContext;
import org.aftercare.OudMedication;
import org.aftercare.PatientContext;
import org.aftercare.Policy;
import org.aftercare.RuleContext;
import org.aftercare.Severity;
import org.junit.jupiter.api.Test;

/** The demo scenarios offered to the examples module, kept compiling and passing here. */
class MedicationDemoTest {
    private static final ZoneId CLINIC = ZoneId.of("America/New_York");

    private static Instant local(String dateTime) {
        return LocalDateTime.parse(dateTime).atZone(CLINIC).toInstant();
    }

    private static Evaluation review(MedicationRecord record, Instant asOf, Policy policy) {
        RuleContext ctx = RuleContext.of(EvaluationContext.of(asOf, CLINIC, policy));
        MedicationReview.evaluate(record, PatientContext.builder().ageYears(34).build(), ctx);
        return ctx.toEvaluation();
    }

    @Test
    void buprenorphineInduction_tooEarly_thenOk() {
        // Heroin last used at 21:00; the patient arrives next morning.
        MedicationRecord planned = MedicationRecord.builder()
                .regimen(Regimen.of(Formulation.BUPRENORPHINE_NALOXONE_SUBLINGUAL, RegimenPhase.INDUCTION,
                        LocalDate.of(2026, 3, 2)))
                .opioidExposure(OpioidExposure.lastUsed(OpioidKind.SHORT_ACTING, local("2026-03-01T21:00")))
                .build();
        RuleContext morning = RuleContext.of(EvaluationContext.of(local("2026-03-02T07:00"), CLINIC,
                MedicationPolicies.usDefault()));
        MedicationForecast.EarliestInduction earliest =
                (MedicationForecast.EarliestInduction) MedicationForecasts.forecast(planned, morning).get(0);
        assertThat(earliest.earliest()).isEqualTo(local("2026-03-02T09:00")); // 12 h (ASAM 2020 [V])

        // COWS 9 with 3 objective signs at 07:45, first 4 mg at 08:00: one hour too early.
        MedicationRecord.Builder assessed = planned.toBuilder()
                .cows(CowsAssessment.of(local("2026-03-02T07:45"), 1, 1, 1, 0, 2, 0, 2, 0, 0, 2, 0));
        MedicationRecord early = assessed.build().toBuilder()
                .dose(DoseEvent.administered(Formulation.BUPRENORPHINE_NALOXONE_SUBLINGUAL, Dose.ofMilligrams("4"),
                        local("2026-03-02T08:00")))
                .build();
        Evaluation tooEarly = review(early, local("2026-03-02T08:05"), MedicationPolicies.usDefault());
        assertThat(tooEarly.findings(Severity.ERROR)).extracting(f -> f.code())
                .containsExactly("medication.buprenorphine.induction-too-early");

        // Same COWS, first dose at the forecast instant: no errors.
        MedicationRecord onTime = assessed.build().toBuilder()
                .dose(DoseEvent.administered(Formulation.BUPRENORPHINE_NALOXONE_SUBLINGUAL, Dose.ofMilligrams("4"),
                        earliest.earliest()))
                .build();
        assertThat(review(onTime, local("2026-03-02T09:05"), MedicationPolicies.usDefault()).hasErrors()).isFalse();
    }

    @Test
    void methadoneTakeHome_inVirginia_strictestWins() {
        // Methadone since 2026-01-05; on treatment day 10 the clinic asks for a 7-day supply incl. one closure day.
        MedicationRecord record = MedicationRecord.builder()
                .regimen(Regimen.of(Formulation.METHADONE_ORAL_LIQUID, RegimenPhase.MAINTENANCE, LocalDate.of(2026, 1, 5)))
                .takeHomeCriteriaAssessment(new TakeHomeCriteriaAssessment(LocalDate.of(2026, 1, 13), 6))
                .takeHomeRequest(TakeHomeRequest.of(OudMedication.METHADONE, LocalDate.of(2026, 1, 14), 7, 1))
                .build();
        Policy virginia = MedicationPolicies.usDefault().withLayer(MedicationPolicies.virginia());
        Evaluation e = review(record, local("2026-01-14T09:00"), virginia);
        assertThat(e.findings("medication.take-home.above-ladder")).singleElement().satisfies(f -> {
            // federal 2024 ladder: 7 days beyond closure days (8 with the closure day); Virginia: 5 days including it
            assertThat(f.message()).contains("exceeds the 5 days allowed").endsWith("winner: virginia-12vac35-105-990");
            assertThat(f.restsOnUnverifiedSource()).isTrue(); // Virginia's effective date is not confirmed
        });
        // The forecast says when a larger supply becomes possible: treatment day 31, 14 days (Virginia).
        assertThat(MedicationForecasts.forecast(record, RuleContext.of(EvaluationContext.of(local("2026-01-14T09:00"),
                CLINIC, virginia)))).singleElement().isEqualTo(new MedicationForecast.TakeHomeStep(OudMedication.METHADONE,
                0, LocalDate.of(2026, 2, 4), 31, 14, MedicationPolicies.VIRGINIA,
                MedicationPolicies.virginia().thresholds().get(0).citation()));
    }
}
