package org.aftercare.medication;

import static org.aftercare.medication.Timelines.at;
import static org.aftercare.medication.Timelines.date;
import static org.aftercare.medication.Timelines.review;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.aftercare.Policy;
import org.aftercare.Severity;
import org.junit.jupiter.api.Test;

/**
 * The edges of the Sublocade checks and of the injection-due forecast that the scenario tests in
 * {@link SublocadeTest} leave open: which lead-in days qualify, which transmucosal dose is the last one, the
 * maintenance dose range, an ended Sublocade regimen, and the earliest date of the next injection.
 */
class SublocadeEdgesTest {
    private static final String START = "medication.sublocade.start-not-met";
    private static final String SEQUENCE = "medication.sublocade.dose-off-sequence";
    private static final String OVERDUE = "medication.sublocade.injection-overdue";

    /** Seven days of sublingual doses (given per day) ending the day before a 300 mg injection at 10:00. */
    private static MedicationRecord.Builder leadIn(String injectionDay, String... dailyMilligrams) {
        LocalDate day = date(injectionDay);
        MedicationRecord.Builder b = MedicationRecord.builder()
                .regimen(Regimen.of(Formulation.BUPRENORPHINE_SUBLINGUAL, RegimenPhase.INDUCTION,
                        day.minusDays(dailyMilligrams.length)).withEnd(day))
                .regimen(Regimen.of(Formulation.SUBLOCADE_MONTHLY, RegimenPhase.MAINTENANCE, day));
        for (int d = 0; d < dailyMilligrams.length; d++) {
            b.dose(DoseEvent.administered(Formulation.BUPRENORPHINE_SUBLINGUAL, Dose.ofMilligrams(dailyMilligrams[d]),
                    at(day.minusDays(dailyMilligrams.length - d) + "T09:00")));
        }
        return b.dose(DoseEvent.administered(Formulation.SUBLOCADE_MONTHLY, Dose.ofMilligrams("300"),
                at(injectionDay + "T10:00")));
    }

    private static DoseEvent sublocade(String mg, String local) {
        return DoseEvent.administered(Formulation.SUBLOCADE_MONTHLY, Dose.ofMilligrams(mg), at(local));
    }

    @Test
    void before2025Label_aDayBelowTheMinimumDailyDose_doesNotQualify() {
        // 8 mg/day is the label's minimum: 8 mg qualifies, 7.5 mg does not
        assertThat(review(leadIn("2024-06-10", "16", "16", "16", "8", "16", "16", "16").build(), "2024-06-10T12:00")
                .findings(START)).isEmpty();
        assertThat(review(leadIn("2024-06-10", "16", "16", "16", "7.5", "16", "16", "16").build(), "2024-06-10T12:00")
                .findings(START)).singleElement().satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(f.path()).isEqualTo("medication.doses[7].at");
                    assertThat(f.message()).isEqualTo("First Sublocade injection at 2024-06-10T10:00-04:00 follows 6"
                            + " qualifying day(s) of transmucosal buprenorphine; the label in force on 2024-06-10"
                            + " requires at least 7 days of transmucosal buprenorphine at 8 mg/day or more (layer"
                            + " us-federal-medication)");
                });
    }

    @Test
    void from2025Label_theObservationRunsFromTheLatestTransmucosalDose_notTheFirst() {
        MedicationRecord.Builder b = MedicationRecord.builder()
                .regimen(Regimen.of(Formulation.BUPRENORPHINE_SUBLINGUAL, RegimenPhase.INDUCTION, date("2025-06-10"))
                        .withEnd(date("2025-06-11")))
                .regimen(Regimen.of(Formulation.SUBLOCADE_MONTHLY, RegimenPhase.MAINTENANCE, date("2025-06-10")))
                .dose(DoseEvent.administered(Formulation.BUPRENORPHINE_SUBLINGUAL, Dose.ofMilligrams("4"), at("2025-06-10T06:00")))
                .dose(DoseEvent.administered(Formulation.BUPRENORPHINE_SUBLINGUAL, Dose.ofMilligrams("4"), at("2025-06-10T09:30")));
        MedicationRecord inOrder = b.dose(sublocade("300", "2025-06-10T10:00")).build();
        assertThat(review(inOrder, "2025-06-10T12:00").findings(START)).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("medication.doses[2].at");
            assertThat(f.message()).isEqualTo("First Sublocade injection at 2025-06-10T10:00-04:00 follows the last"
                    + " transmucosal dose only 30 min before; the label in force on 2025-06-10 requires at least 1 day"
                    + " of transmucosal buprenorphine at 4 mg/day or more, then 1 h of observation (layer"
                    + " us-federal-medication)");
        });
        // the same doses listed latest first: the latest is still the one the observation runs from
        MedicationRecord reversed = MedicationRecord.builder()
                .regimen(inOrder.regimens().get(0)).regimen(inOrder.regimens().get(1))
                .dose(inOrder.doses().get(1)).dose(inOrder.doses().get(0)).dose(inOrder.doses().get(2))
                .build();
        assertThat(review(reversed, "2025-06-10T12:00").findings(START)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("only 30 min before"));
    }

    @Test
    void maintenanceDoses_fromTheMaintenanceDoseUpToTheMaximumAreOnSequence() {
        MedicationRecord.Builder base = leadIn("2024-06-10", "16", "16", "16", "16", "16", "16", "16")
                .dose(sublocade("300", "2024-07-10T10:00"));
        for (String mg : new String[] {"100", "200", "300"}) {
            MedicationRecord r = base.build().toBuilder().dose(sublocade(mg, "2024-08-09T10:00")).build();
            assertThat(review(r, "2024-08-09T12:00").findings(SEQUENCE)).as(mg).isEmpty();
        }
        for (String mg : new String[] {"99.9", "300.1"}) {
            MedicationRecord r = base.build().toBuilder().dose(sublocade(mg, "2024-08-09T10:00")).build();
            assertThat(review(r, "2024-08-09T12:00").findings(SEQUENCE)).as(mg).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.WARNING);
                assertThat(f.path()).isEqualTo("medication.doses[9].dose");
                assertThat(f.message()).isEqualTo("Sublocade injection 3 on 2024-08-09 is " + mg + " mg; the label's"
                        + " sequence is 300 mg for the first 2 injections, then 100 mg (up to 300 mg) (layer"
                        + " us-federal-medication)");
            });
        }
    }

    @Test
    void overdue_isNotReported_onceTheSublocadeRegimenHasEnded() {
        MedicationRecord stillOn = leadIn("2024-06-10", "16", "16", "16", "16", "16", "16", "16").build();
        assertThat(review(stillOn, "2024-07-25T12:00").findings(OVERDUE)).singleElement();
        MedicationRecord.Builder switched = MedicationRecord.builder()
                .regimen(stillOn.regimens().get(0))
                .regimen(stillOn.regimens().get(1).withEnd(date("2024-07-01")))
                .regimen(Regimen.of(Formulation.BUPRENORPHINE_SUBLINGUAL, RegimenPhase.MAINTENANCE, date("2024-07-01")));
        stillOn.doses().forEach(switched::dose);
        assertThat(review(switched.build(), "2024-07-25T12:00").findings(OVERDUE)).isEmpty();
    }

    private static MedicationForecast.InjectionDue due(MedicationRecord r, String asOfLocal, Policy policy) {
        return MedicationForecasts.forecast(r, Timelines.context(asOfLocal, policy)).stream()
                .filter(f -> f instanceof MedicationForecast.InjectionDue).map(f -> (MedicationForecast.InjectionDue) f)
                .findFirst().orElseThrow();
    }

    @Test
    void forecast_afterASevenDayLeadIn_theNextInjectionIsEarliest26DaysLater() {
        MedicationRecord r = leadIn("2024-06-10", "16", "16", "16", "16", "16", "16", "16").build();
        MedicationForecast.InjectionDue due = due(r, "2024-06-20T12:00", MedicationPolicies.usDefault());
        assertThat(due.lastInjection()).isEqualTo(date("2024-06-10"));
        assertThat(due.earliest()).isEqualTo(date("2024-07-06"));
        assertThat(due.due()).isEqualTo(date("2024-07-10"));
        assertThat(due.latest()).isEqualTo(date("2024-07-24"));
    }

    /** A 2025-label rapid start: one 4 mg dose at 08:00, Sublocade at 10:00, and {@code more} monthly injections. */
    private static MedicationRecord rapidStart(String... more) {
        MedicationRecord.Builder b = MedicationRecord.builder()
                .regimen(Regimen.of(Formulation.BUPRENORPHINE_SUBLINGUAL, RegimenPhase.INDUCTION, date("2025-06-10"))
                        .withEnd(date("2025-06-11")))
                .regimen(Regimen.of(Formulation.SUBLOCADE_MONTHLY, RegimenPhase.MAINTENANCE, date("2025-06-10")))
                .dose(DoseEvent.administered(Formulation.BUPRENORPHINE_SUBLINGUAL, Dose.ofMilligrams("4"), at("2025-06-10T08:00")))
                .dose(sublocade("300", "2025-06-10T10:00"));
        for (String local : more) {
            b.dose(sublocade("300", local));
        }
        return b.build();
    }

    @Test
    void forecast_afterARapidStart_theSecondInjectionsMinimumIsTheOpenRapidStartKey() {
        // not set by the default policy: no earliest date rather than an assumed 26 days
        assertThat(due(rapidStart(), "2025-06-12T12:00", MedicationPolicies.usDefault()).earliest()).isNull();
        MedicationForecast.InjectionDue oneWeek = due(rapidStart(), "2025-06-12T12:00",
                MedicationPolicies.usDefault().withLayer(MedicationPolicies.sublocadeRapidSecondOneWeek()));
        assertThat(oneWeek.earliest()).isEqualTo(date("2025-06-17"));
        assertThat(oneWeek.due()).isEqualTo(date("2025-07-10"));
    }

    @Test
    void forecast_afterARapidStartsSecondInjection_theUsualMinimumApplies() {
        MedicationForecast.InjectionDue third = due(rapidStart("2025-07-10T10:00"), "2025-07-12T12:00",
                MedicationPolicies.usDefault());
        assertThat(third.lastInjection()).isEqualTo(date("2025-07-10"));
        assertThat(third.earliest()).isEqualTo(date("2025-08-05"));
        assertThat(third.due()).isEqualTo(date("2025-08-10"));
    }
}
