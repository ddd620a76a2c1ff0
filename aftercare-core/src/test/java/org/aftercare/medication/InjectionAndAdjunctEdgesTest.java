package org.aftercare.medication;

import static org.aftercare.medication.Timelines.at;
import static org.aftercare.medication.Timelines.date;
import static org.aftercare.medication.Timelines.review;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An ended Brixadi regimen is no longer overdue; an adjunct without a course limit has no course finding. */
class InjectionAndAdjunctEdgesTest {

    @Test
    void brixadi_overdueOnlyWhileTheRegimenIsActive() {
        String code = "medication.brixadi.injection-overdue";
        Regimen weekly = Regimen.of(Formulation.BRIXADI_WEEKLY, RegimenPhase.MAINTENANCE, date("2026-03-02"));
        DoseEvent injection = DoseEvent.administered(Formulation.BRIXADI_WEEKLY, Dose.ofMilligrams("16"), at("2026-03-02T10:00"));
        MedicationRecord active = MedicationRecord.builder().regimen(weekly).dose(injection).build();
        assertThat(review(active, "2026-03-12T12:00").findings(code)).singleElement();
        MedicationRecord ended = MedicationRecord.builder().regimen(weekly.withEnd(date("2026-03-06"))).dose(injection).build();
        assertThat(review(ended, "2026-03-12T12:00").findings(code)).isEmpty();
    }

    @Test
    void loperamide_hasNoCourseLimit_soAnyCourseLengthPasses() {
        MedicationRecord r = MedicationRecord.builder()
                .adjunct(new AdjunctOrder(Adjunct.LOPERAMIDE, Dose.ofMilligrams("2"), 8, date("2026-03-02"), 30))
                .build();
        assertThat(review(r, "2026-03-02T09:00").findings()).isEmpty();
    }
}
