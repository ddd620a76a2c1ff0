package org.aftercare.medication;

import static org.aftercare.medication.Timelines.at;
import static org.aftercare.medication.Timelines.context;
import static org.aftercare.medication.Timelines.date;
import static org.aftercare.medication.Timelines.review;
import static org.assertj.core.api.Assertions.assertThat;

import org.aftercare.Severity;
import org.junit.jupiter.api.Test;

class BrixadiTest {
    private static final String WINDOW = "medication.brixadi.injection-outside-window";

    private static MedicationRecord weekly(String second) {
        MedicationRecord.Builder b = MedicationRecord.builder()
                .regimen(Regimen.of(Formulation.BRIXADI_WEEKLY, RegimenPhase.MAINTENANCE, date("2026-03-02")))
                .dose(DoseEvent.administered(Formulation.BRIXADI_WEEKLY, Dose.ofMilligrams("16"), at("2026-03-02T10:00")));
        if (second != null) {
            b.dose(DoseEvent.administered(Formulation.BRIXADI_WEEKLY, Dose.ofMilligrams("16"), at(second + "T10:00")));
        }
        return b.build();
    }

    @Test
    void weekly_fiveToNineDaysIsInTheWindow() {
        assertThat(review(weekly("2026-03-07"), "2026-03-10T12:00").findings(WINDOW)).isEmpty();
        assertThat(review(weekly("2026-03-11"), "2026-03-11T12:00").findings(WINDOW)).isEmpty();
        assertThat(review(weekly("2026-03-06"), "2026-03-06T12:00").findings(WINDOW)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).isEqualTo("Brixadi weekly injection on 2026-03-06 is before the window 2026-03-07 to"
                    + " 2026-03-11 after the injection of 2026-03-02 (every 7 days, up to 2 days early or late, layer"
                    + " us-federal-medication)");
        });
        assertThat(review(weekly("2026-03-12"), "2026-03-12T12:00").findings(WINDOW)).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    }

    @Test
    void weekly_overdueAfterTheWindow_andForecastGivesTheDueDate() {
        String code = "medication.brixadi.injection-overdue";
        assertThat(review(weekly(null), "2026-03-11T12:00").findings(code)).isEmpty();
        assertThat(review(weekly(null), "2026-03-12T12:00").findings(code)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("next due on 2026-03-09; its window ended 2026-03-11"));
        assertThat(MedicationForecasts.forecast(weekly(null), context("2026-03-05T12:00", MedicationPolicies.usDefault())))
                .singleElement().isInstanceOfSatisfying(MedicationForecast.InjectionDue.class,
                        f -> assertThat(f.due()).isEqualTo(date("2026-03-09")));
    }

    @Test
    void monthly_twentyOneToThirtyFiveDays() {
        MedicationRecord r = MedicationRecord.builder()
                .regimen(Regimen.of(Formulation.BRIXADI_MONTHLY, RegimenPhase.MAINTENANCE, date("2026-03-02")))
                .dose(DoseEvent.administered(Formulation.BRIXADI_MONTHLY, Dose.ofMilligrams("96"), at("2026-03-02T10:00")))
                .dose(DoseEvent.administered(Formulation.BRIXADI_MONTHLY, Dose.ofMilligrams("96"), at("2026-03-22T10:00")))
                .build();
        assertThat(review(r, "2026-03-22T12:00").findings(WINDOW)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("before the window 2026-03-23 to 2026-04-06"));
    }
}
