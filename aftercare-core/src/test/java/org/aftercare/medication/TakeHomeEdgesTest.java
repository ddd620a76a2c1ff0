package org.aftercare.medication;

import static org.aftercare.medication.Timelines.date;
import static org.aftercare.medication.Timelines.review;
import static org.assertj.core.api.Assertions.assertThat;

import org.aftercare.Citation;
import org.aftercare.OudMedication;
import org.aftercare.Policy;
import org.junit.jupiter.api.Test;

/** Take-home edges that {@link TakeHomeTest} leaves open: assessments listed out of date order, each citation once. */
class TakeHomeEdgesTest {
    private static final String ABOVE = "medication.take-home.above-ladder";
    private static final String CRITERIA = "medication.take-home.criteria-not-documented";

    private static MedicationRecord.Builder methadone(int supplyDays, int closureDays) {
        return MedicationRecord.builder()
                .regimen(Regimen.of(Formulation.METHADONE_ORAL_LIQUID, RegimenPhase.MAINTENANCE, date("2026-01-05")))
                .takeHomeRequest(TakeHomeRequest.of(OudMedication.METHADONE, date("2026-01-20"), supplyDays, closureDays));
    }

    @Test
    void theLatestAssessmentCounts_evenWhenAnOlderOneIsListedAfterIt() {
        MedicationRecord newerFirst = methadone(3, 1)
                .takeHomeCriteriaAssessment(new TakeHomeCriteriaAssessment(date("2026-01-19"), 8))
                .takeHomeCriteriaAssessment(new TakeHomeCriteriaAssessment(date("2026-01-18"), 4))
                .build();
        assertThat(review(newerFirst, "2026-01-20T09:00").findings(CRITERIA)).isEmpty();
        MedicationRecord newerShort = methadone(3, 1)
                .takeHomeCriteriaAssessment(new TakeHomeCriteriaAssessment(date("2026-01-19"), 4))
                .takeHomeCriteriaAssessment(new TakeHomeCriteriaAssessment(date("2026-01-18"), 8))
                .build();
        assertThat(review(newerShort, "2026-01-20T09:00").findings(CRITERIA)).singleElement()
                .satisfies(f -> assertThat(f.path()).isEqualTo("medication.takeHomeCriteriaAssessments[0].criteriaDocumented"));
    }

    @Test
    void aboveLadder_citesTheWinnerFirst_andEachLayersLadderOnce() {
        // treatment day 16 under the 2024 ladder allows 14 days: ask for 15
        MedicationRecord fifteen = methadone(15, 0)
                .takeHomeCriteriaAssessment(new TakeHomeCriteriaAssessment(date("2026-01-05"), 8)).build();
        assertThat(review(fifteen, "2026-01-20T09:00").findings(ABOVE)).singleElement().satisfies(f -> {
            assertThat(f.message()).endsWith("winner: us-federal-medication");
            assertThat(f.citations()).extracting(Citation::document).containsExactly("42 CFR 8.12");
        });
        Policy va = MedicationPolicies.usDefault().withLayer(MedicationPolicies.virginia());
        assertThat(review(fifteen, "2026-01-20T09:00", va).findings(ABOVE)).singleElement().satisfies(f -> {
            assertThat(f.message()).endsWith("winner: virginia-12vac35-105-990");
            assertThat(f.citations()).extracting(Citation::document).containsExactly("12VAC35-105-990", "42 CFR 8.12");
        });
    }

    @Test
    void wholeWindowReading_leavesOutTheClosureDaysOfEarlierDispensings() {
        // 4 days dispensed on 2026-01-07, 1 of them a closure day: 3 count against the 7-day window
        Policy whole = MedicationPolicies.usDefault().withLayer(MedicationPolicies.takeHome2024WholeWindow());
        MedicationRecord.Builder b = MedicationRecord.builder()
                .regimen(Regimen.of(Formulation.METHADONE_ORAL_LIQUID, RegimenPhase.MAINTENANCE, date("2026-01-05")))
                .takeHomeCriteriaAssessment(new TakeHomeCriteriaAssessment(date("2026-01-05"), 6))
                .dose(DoseEvent.takeHome(Formulation.METHADONE_ORAL_LIQUID, Dose.ofMilligrams("60"),
                        Timelines.at("2026-01-07T09:00"), 4, 1));
        MedicationRecord four = b.build().toBuilder()
                .takeHomeRequest(TakeHomeRequest.of(OudMedication.METHADONE, date("2026-01-14"), 4, 0)).build();
        assertThat(review(four, "2026-01-14T09:00", whole).findings(ABOVE)).isEmpty();
        MedicationRecord five = b.build().toBuilder()
                .takeHomeRequest(TakeHomeRequest.of(OudMedication.METHADONE, date("2026-01-14"), 5, 0)).build();
        assertThat(review(five, "2026-01-14T09:00", whole).findings(ABOVE)).singleElement().satisfies(f -> assertThat(
                f.message()).contains("exceeds the 4 days allowed").contains("3 already dispensed in the window"));
    }
}
