package org.aftercare.medication;

import static org.aftercare.medication.Timelines.at;
import static org.aftercare.medication.Timelines.date;
import static org.aftercare.medication.Timelines.review;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.aftercare.Evaluation;
import org.aftercare.Severity;
import org.junit.jupiter.api.Test;

class SublocadeTest {
    private static final String START = "medication.sublocade.start-not-met";
    private static final String INTERVAL = "medication.sublocade.interval-too-short";

    /** {@code days} daily 16 mg SL doses ending the day before {@code injection}, then Sublocade 300 mg. */
    private static MedicationRecord.Builder leadIn(int days, String injection) {
        LocalDate injectionDay = date(injection.substring(0, 10));
        MedicationRecord.Builder b = MedicationRecord.builder()
                .regimen(Regimen.of(Formulation.BUPRENORPHINE_NALOXONE_SUBLINGUAL, RegimenPhase.INDUCTION,
                        injectionDay.minusDays(days)).withEnd(injectionDay))
                .regimen(Regimen.of(Formulation.SUBLOCADE_MONTHLY, RegimenPhase.MAINTENANCE, injectionDay));
        for (int d = days; d >= 1; d--) {
            b.dose(DoseEvent.administered(Formulation.BUPRENORPHINE_NALOXONE_SUBLINGUAL, Dose.ofMilligrams("16"),
                    at(injectionDay.minusDays(d) + "T09:00")));
        }
        return b.dose(DoseEvent.administered(Formulation.SUBLOCADE_MONTHLY, Dose.ofMilligrams("300"), at(injection)));
    }

    @Test
    void before2025Label_sixDaysOfLeadInIsNotEnough_sevenIs() {
        assertThat(review(leadIn(7, "2024-06-10T10:00").build(), "2024-06-10T12:00").findings(START)).isEmpty();
        assertThat(review(leadIn(6, "2024-06-10T10:00").build(), "2024-06-10T12:00").findings(START)).singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(f.path()).isEqualTo("medication.doses[6].at");
                    assertThat(f.message()).isEqualTo("First Sublocade injection at 2024-06-10T10:00-04:00 follows 6"
                            + " qualifying day(s) of transmucosal buprenorphine; the label in force on 2024-06-10 requires"
                            + " at least 7 days of transmucosal buprenorphine at 8 mg/day or more (layer"
                            + " us-federal-medication)");
                });
    }

    @Test
    void from2025Label_oneDoseAndAnHourOfObservationIsEnough() {
        MedicationRecord rapid = MedicationRecord.builder()
                .regimen(Regimen.of(Formulation.BUPRENORPHINE_SUBLINGUAL, RegimenPhase.INDUCTION, date("2025-06-10"))
                        .withEnd(date("2025-06-11")))
                .regimen(Regimen.of(Formulation.SUBLOCADE_MONTHLY, RegimenPhase.MAINTENANCE, date("2025-06-10")))
                .dose(DoseEvent.administered(Formulation.BUPRENORPHINE_SUBLINGUAL, Dose.ofMilligrams("4"), at("2025-06-10T09:00")))
                .dose(DoseEvent.administered(Formulation.SUBLOCADE_MONTHLY, Dose.ofMilligrams("300"), at("2025-06-10T10:00")))
                .build();
        assertThat(review(rapid, "2025-06-10T12:00").findings(START)).isEmpty();
        MedicationRecord hurried = rapid.toBuilder().build();
        MedicationRecord tooSoon = MedicationRecord.builder()
                .regimen(hurried.regimens().get(0)).regimen(hurried.regimens().get(1))
                .dose(hurried.doses().get(0))
                .dose(DoseEvent.administered(Formulation.SUBLOCADE_MONTHLY, Dose.ofMilligrams("300"), at("2025-06-10T09:59")))
                .build();
        assertThat(review(tooSoon, "2025-06-10T12:00").findings(START)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("only 59 min before").contains("then 1 h of observation"));
    }

    @Test
    void twentySixDaysBetweenInjections_twentyFiveIsTooShort() {
        MedicationRecord r = leadIn(7, "2024-06-10T10:00")
                .dose(DoseEvent.administered(Formulation.SUBLOCADE_MONTHLY, Dose.ofMilligrams("300"), at("2024-07-05T10:00")))
                .build();
        assertThat(review(r, "2024-07-05T12:00").findings(INTERVAL)).singleElement().satisfies(f -> assertThat(f.message())
                .isEqualTo("Sublocade injection on 2024-07-05 came 25 days after the one on 2024-06-10; at least 26 days"
                        + " required (layer us-federal-medication)"));
        MedicationRecord ok = leadIn(7, "2024-06-10T10:00")
                .dose(DoseEvent.administered(Formulation.SUBLOCADE_MONTHLY, Dose.ofMilligrams("300"), at("2024-07-06T10:00")))
                .build();
        assertThat(review(ok, "2024-07-06T12:00").findings(INTERVAL)).isEmpty();
    }

    @Test
    void rapidStartSecondInjection_isAnOpenParameter_unlessALayerSetsIt() {
        MedicationRecord r = MedicationRecord.builder()
                .regimen(Regimen.of(Formulation.BUPRENORPHINE_SUBLINGUAL, RegimenPhase.INDUCTION, date("2025-06-10"))
                        .withEnd(date("2025-06-11")))
                .regimen(Regimen.of(Formulation.SUBLOCADE_MONTHLY, RegimenPhase.MAINTENANCE, date("2025-06-10")))
                .dose(DoseEvent.administered(Formulation.BUPRENORPHINE_SUBLINGUAL, Dose.ofMilligrams("4"), at("2025-06-10T08:00")))
                .dose(DoseEvent.administered(Formulation.SUBLOCADE_MONTHLY, Dose.ofMilligrams("300"), at("2025-06-10T10:00")))
                .dose(DoseEvent.administered(Formulation.SUBLOCADE_MONTHLY, Dose.ofMilligrams("300"), at("2025-06-16T10:00")))
                .build();
        Evaluation open = review(r, "2025-06-16T12:00");
        assertThat(open.findings(INTERVAL)).isEmpty();
        assertThat(open.findings("policy.threshold.not-in-force")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.message()).contains("medication.sublocade.rapid-start-second-min-interval");
        });
        Evaluation oneWeek = review(r, "2025-06-16T12:00",
                MedicationPolicies.usDefault().withLayer(MedicationPolicies.sublocadeRapidSecondOneWeek()));
        assertThat(oneWeek.findings(INTERVAL)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("came 6 days after").contains("at least 7 days"));
    }

    @Test
    void forecast_nextInjectionDueOneMonthAfterTheLast() {
        MedicationRecord r = leadIn(7, "2024-06-10T10:00").build();
        assertThat(MedicationForecasts.forecast(r, Timelines.context("2024-06-20T12:00", MedicationPolicies.usDefault())))
                .filteredOn(f -> f instanceof MedicationForecast.InjectionDue).singleElement()
                .isInstanceOfSatisfying(MedicationForecast.InjectionDue.class, f -> {
                    assertThat(f.formulation()).isEqualTo(Formulation.SUBLOCADE_MONTHLY);
                    assertThat(f.due()).isEqualTo(date("2024-07-10"));
                    assertThat(f.path()).isEqualTo("medication.regimens[1]");
                });
    }

    @Test
    void doseSequence_300Then300Then100() {
        String code = "medication.sublocade.dose-off-sequence";
        MedicationRecord onLabel = leadIn(7, "2024-06-10T10:00")
                .dose(DoseEvent.administered(Formulation.SUBLOCADE_MONTHLY, Dose.ofMilligrams("300"), at("2024-07-10T10:00")))
                .dose(DoseEvent.administered(Formulation.SUBLOCADE_MONTHLY, Dose.ofMilligrams("100"), at("2024-08-09T10:00")))
                .build();
        assertThat(review(onLabel, "2024-08-09T12:00").findings(code)).isEmpty();
        MedicationRecord early100 = leadIn(7, "2024-06-10T10:00")
                .dose(DoseEvent.administered(Formulation.SUBLOCADE_MONTHLY, Dose.ofMilligrams("100"), at("2024-07-10T10:00")))
                .build();
        assertThat(review(early100, "2024-07-10T12:00").findings(code)).singleElement().satisfies(f -> assertThat(
                f.message()).isEqualTo("Sublocade injection 2 on 2024-07-10 is 100 mg; the label's sequence is 300 mg for"
                        + " the first 2 injections, then 100 mg (up to 300 mg) (layer us-federal-medication)"));
    }

    @Test
    void overdue_onlyAfterTheTwoWeekGrace() {
        MedicationRecord r = leadIn(7, "2024-06-10T10:00").build();
        String code = "medication.sublocade.injection-overdue";
        assertThat(review(r, "2024-07-24T12:00").findings(code)).isEmpty();
        assertThat(review(r, "2024-07-25T12:00").findings(code)).singleElement().satisfies(f -> assertThat(f.message())
                .isEqualTo("Sublocade injection of 2024-06-10 was next due on 2024-07-10 (every P1M, layer"
                        + " us-federal-medication); today 2024-07-25 is past the 14 days late grace ending 2024-07-24"
                        + " (layer us-federal-medication)"));
    }
}
