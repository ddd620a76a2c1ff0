package org.aftercare.medication;

import static org.aftercare.medication.Timelines.at;
import static org.aftercare.medication.Timelines.date;
import static org.aftercare.medication.Timelines.review;
import static org.assertj.core.api.Assertions.assertThat;

import org.aftercare.Evaluation;
import org.aftercare.OudMedication;
import org.aftercare.Policy;
import org.aftercare.Severity;
import org.junit.jupiter.api.Test;

class MethadoneRestartAndTitrationTest {
    private static final String RESTART = "medication.methadone.restart-dose-above-limit";
    private static final Policy ONTARIO = MedicationPolicies.usDefault().withLayer(MedicationPolicies.missedDosesOntario());

    /** 80 mg daily, then {@code missed} missed days from 2026-03-02, then a restart dose. */
    private static MedicationRecord.Builder missedThenRestart(int missed, String restartMg) {
        MedicationRecord.Builder b = MedicationRecord.builder()
                .regimen(Regimen.of(Formulation.METHADONE_ORAL_LIQUID, RegimenPhase.MAINTENANCE, date("2026-01-05")))
                .dose(DoseEvent.administered(Formulation.METHADONE_ORAL_LIQUID, Dose.ofMilligrams("80"), at("2026-03-01T09:00")));
        for (int d = 0; d < missed; d++) {
            b.dose(DoseEvent.missed(Formulation.METHADONE_ORAL_LIQUID, Dose.ofMilligrams("80"), at("2026-03-0" + (2 + d) + "T09:00")));
        }
        if (restartMg != null) {
            b.dose(DoseEvent.administered(Formulation.METHADONE_ORAL_LIQUID, Dose.ofMilligrams(restartMg),
                    at("2026-03-0" + (2 + missed) + "T09:00")));
        }
        return b;
    }

    @Test
    void australia_twoMissedDays_usualDoseIsFine() {
        assertThat(review(missedThenRestart(2, "80").build(), "2026-03-04T12:00").findings(RESTART)).isEmpty();
    }

    @Test
    void australia_threeMissedDays_halfDoseIsTheLimit() {
        assertThat(review(missedThenRestart(3, "40").build(), "2026-03-05T12:00").findings(RESTART)).isEmpty();
        assertThat(review(missedThenRestart(3, "45").build(), "2026-03-05T12:00").findings(RESTART)).singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(f.path()).isEqualTo("medication.doses[4].dose");
                    assertThat(f.message()).isEqualTo("After 3 consecutive missed methadone days (2026-03-02 to"
                            + " 2026-03-04), the restart dose of 45 mg on 2026-03-05 is above the 40 mg limit (3+ missed"
                            + " days: REDUCE to 0.5 of the last dose; last dose 80 mg, layer us-federal-medication)");
                    assertThat(f.citation().section()).isEqualTo("s3.5");
                });
    }

    @Test
    void australia_fourMissedDays_lowerOfHalfAndForty() {
        MedicationRecord r = MedicationRecord.builder()
                .regimen(Regimen.of(Formulation.METHADONE_ORAL_LIQUID, RegimenPhase.MAINTENANCE, date("2026-01-05")))
                .dose(DoseEvent.administered(Formulation.METHADONE_ORAL_LIQUID, Dose.ofMilligrams("120"), at("2026-03-01T09:00")))
                .dose(DoseEvent.missed(Formulation.METHADONE_ORAL_LIQUID, Dose.ofMilligrams("120"), at("2026-03-02T09:00")))
                .dose(DoseEvent.missed(Formulation.METHADONE_ORAL_LIQUID, Dose.ofMilligrams("120"), at("2026-03-03T09:00")))
                .dose(DoseEvent.missed(Formulation.METHADONE_ORAL_LIQUID, Dose.ofMilligrams("120"), at("2026-03-04T09:00")))
                .dose(DoseEvent.missed(Formulation.METHADONE_ORAL_LIQUID, Dose.ofMilligrams("120"), at("2026-03-05T09:00")))
                .dose(DoseEvent.administered(Formulation.METHADONE_ORAL_LIQUID, Dose.ofMilligrams("45"), at("2026-03-06T09:00")))
                .build();
        assertThat(review(r, "2026-03-06T12:00").findings(RESTART)).singleElement().satisfies(f -> assertThat(f.message())
                .contains("restart dose of 45 mg on 2026-03-06 is above the 40 mg limit")
                .contains("the lower of 0.5 of the last dose and 40 mg"));
        Evaluation ontario = review(r, "2026-03-06T12:00", ONTARIO);
        assertThat(ontario.findings(RESTART)).as("Ontario: the higher of 60 mg and 30 mg").isEmpty();
    }

    @Test
    void fiveMissedDays_isANewInduction() {
        assertThat(review(missedThenRestart(5, "50").build(), "2026-03-07T12:00").findings(RESTART)).isEmpty();
        assertThat(review(missedThenRestart(5, "55").build(), "2026-03-07T12:00").findings(RESTART)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("above the 50 mg limit (5+ missed days: REINDUCE")
                        .contains("as a new induction, the first-day cap applies"));
        assertThat(review(missedThenRestart(5, "35").build(), "2026-03-07T12:00", ONTARIO).findings(RESTART))
                .singleElement().satisfies(f -> assertThat(f.message()).contains("above the 30 mg limit")
                        .contains("layer medication-alt-missed-dose-ontario"));
    }

    @Test
    void takeHomeAfterThreeMissedDays_isSuspendedUntilASupervisedDose() {
        MedicationRecord r = missedThenRestart(3, null)
                .takeHomeCriteriaAssessment(new TakeHomeCriteriaAssessment(date("2026-02-01"), 6))
                .takeHomeRequest(TakeHomeRequest.of(OudMedication.METHADONE, date("2026-03-05"), 2, 0))
                .build();
        String code = "medication.take-home.suspended-after-missed-doses";
        assertThat(review(r, "2026-03-05T08:00").findings(code)).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("medication.takeHomeRequests[0].supplyDays");
            assertThat(f.message()).contains("follows 3 consecutive missed methadone days (2026-03-02 to 2026-03-04)");
        });
        MedicationRecord dosed = r.toBuilder().dose(DoseEvent.administered(Formulation.METHADONE_ORAL_LIQUID,
                Dose.ofMilligrams("40"), at("2026-03-05T09:00"))).build();
        assertThat(review(dosed, "2026-03-05T12:00").findings(code)).isEmpty();
        MedicationRecord twoMissed = missedThenRestart(2, null)
                .takeHomeCriteriaAssessment(new TakeHomeCriteriaAssessment(date("2026-02-01"), 6))
                .takeHomeRequest(TakeHomeRequest.of(OudMedication.METHADONE, date("2026-03-04"), 2, 0)).build();
        assertThat(review(twoMissed, "2026-03-04T08:00").findings(code)).isEmpty();
    }

    private static MedicationRecord titration(String... dailyMg) {
        MedicationRecord.Builder b = MedicationRecord.builder()
                .regimen(Regimen.of(Formulation.METHADONE_ORAL_LIQUID, RegimenPhase.STABILIZATION, date("2026-03-02")));
        for (int d = 0; d < dailyMg.length; d++) {
            b.dose(DoseEvent.administered(Formulation.METHADONE_ORAL_LIQUID, Dose.ofMilligrams(dailyMg[d]),
                    at(date("2026-03-02").plusDays(d) + "T09:00")));
        }
        return b.build();
    }

    @Test
    void asam_tenMilligramsAfterSevenDays_isFine_fifteenIsTooLarge_sixDaysIsTooSoon() {
        String step = "medication.methadone.titration-step-too-large";
        String soon = "medication.methadone.titration-too-soon";
        Evaluation ok = review(titration("30", "30", "30", "30", "30", "30", "30", "40"), "2026-03-10T12:00");
        assertThat(ok.findings(step)).isEmpty();
        assertThat(ok.findings(soon)).isEmpty();
        Evaluation large = review(titration("30", "30", "30", "30", "30", "30", "30", "45"), "2026-03-10T12:00");
        assertThat(large.findings(step)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.path()).isEqualTo("medication.doses[7].dose");
            assertThat(f.message()).isEqualTo("Methadone raised from 30 mg to 45 mg on 2026-03-09 (+15 mg), above the"
                    + " 10 mg step (at most +10 mg every 7 days, layer us-federal-medication)");
        });
        Evaluation early = review(titration("30", "30", "30", "30", "30", "30", "40"), "2026-03-10T12:00");
        assertThat(early.findings(soon)).singleElement().satisfies(f -> assertThat(f.message())
                .contains("6 days after the previous increase or first day (2026-03-02)"));
    }

    @Test
    void threeDayLayer_allowsFasterTitration() {
        Policy fast = MedicationPolicies.usDefault().withLayer(MedicationPolicies.methadoneTitrationThreeDay());
        Evaluation e = review(titration("30", "30", "30", "45", "45", "45", "60"), "2026-03-10T12:00", fast);
        assertThat(e.findings()).noneMatch(f -> f.code().startsWith("medication.methadone.titration"));
        Evaluation tooSoon = review(titration("30", "30", "45"), "2026-03-10T12:00", fast);
        assertThat(tooSoon.findings("medication.methadone.titration-too-soon")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("at most +15 mg every 3 days (layer medication-alt-methadone-titration-3-day)"));
    }
}
