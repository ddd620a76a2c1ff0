package org.aftercare.medication;

import static org.aftercare.medication.Timelines.at;
import static org.aftercare.medication.Timelines.date;
import static org.aftercare.medication.Timelines.review;
import static org.assertj.core.api.Assertions.assertThat;

import org.aftercare.EffectivePeriod;
import org.aftercare.Evaluation;
import org.aftercare.OudMedication;
import org.aftercare.Policy;
import org.aftercare.Severity;
import org.aftercare.VerificationStatus;
import org.junit.jupiter.api.Test;

class TakeHomeTest {
    private static final String ABOVE = "medication.take-home.above-ladder";

    /** Methadone from treatment day 1 on {@code start}; six criteria assessed that day; one request. */
    private static MedicationRecord record(String start, int requestDay, int supplyDays, int closureDays) {
        return MedicationRecord.builder()
                .regimen(Regimen.of(Formulation.METHADONE_ORAL_LIQUID, RegimenPhase.MAINTENANCE, date(start)))
                .takeHomeCriteriaAssessment(new TakeHomeCriteriaAssessment(date(start), 8))
                .takeHomeRequest(TakeHomeRequest.of(OudMedication.METHADONE, date(start).plusDays(requestDay - 1L),
                        supplyDays, closureDays))
                .build();
    }

    @Test
    void under2024_fourteenDaysOnTreatmentDay14_isAboveTheSevenDayTier() {
        Evaluation e = review(record("2026-01-05", 14, 14, 0), "2026-01-18T09:00");
        assertThat(e.findings(ABOVE)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.path()).isEqualTo("medication.takeHomeRequests[0].supplyDays");
            assertThat(f.message()).isEqualTo("Take-home supply of 14 days (0 closure) of methadone from 2026-01-18,"
                    + " treatment day 14, exceeds the 7 days allowed; strictest wins among: us-federal-medication 7 days"
                    + " (day 1+: 7 days per dispensing beyond closure days); winner: us-federal-medication");
            assertThat(f.citation().status()).isEqualTo(VerificationStatus.SECONDARY);
        });
    }

    @Test
    void under2024_fourteenDaysOnTreatmentDay15_isAllowed() {
        assertThat(review(record("2026-01-05", 15, 14, 0), "2026-01-19T09:00").findings(ABOVE)).isEmpty();
    }

    @Test
    void under2024_sevenPlusClosureDaysOnDay14_isAllowed_eightWithoutClosureIsNot() {
        assertThat(review(record("2026-01-05", 14, 8, 1), "2026-01-18T09:00").findings(ABOVE)).isEmpty();
        assertThat(review(record("2026-01-05", 14, 8, 0), "2026-01-18T09:00").findings(ABOVE)).hasSize(1);
    }

    @Test
    void under2001_in2023_fourteenDaysIsAboveOnDay14AndDay15() {
        assertThat(review(record("2023-01-02", 14, 14, 0), "2023-01-15T09:00").findings(ABOVE)).singleElement()
                .satisfies(f -> {
                    assertThat(f.message()).contains("treatment day 14, exceeds the 1 day allowed")
                            .contains("day 1+: 1 day per 7 days beyond closure days");
                    assertThat(f.citation().status()).isEqualTo(VerificationStatus.VERIFIED);
                    assertThat(f.citation().edition()).startsWith("2001 rule, 66 FR 4098");
                });
        assertThat(review(record("2023-01-02", 15, 14, 0), "2023-01-16T09:00").findings(ABOVE)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("treatment day 15, exceeds the 1 day allowed"));
    }

    @Test
    void under2001_oneTakeHomePerWeek_secondWithinSevenDaysIsAbove() {
        MedicationRecord r = MedicationRecord.builder()
                .regimen(Regimen.of(Formulation.METHADONE_ORAL_LIQUID, RegimenPhase.MAINTENANCE, date("2023-01-02")))
                .takeHomeCriteriaAssessment(new TakeHomeCriteriaAssessment(date("2023-01-02"), 8))
                .dose(DoseEvent.takeHome(Formulation.METHADONE_ORAL_LIQUID, Dose.ofMilligrams("60"),
                        at("2023-02-01T09:00"), 1, 0))
                .takeHomeRequest(TakeHomeRequest.of(OudMedication.METHADONE, date("2023-02-07"), 1, 0))
                .takeHomeRequest(TakeHomeRequest.of(OudMedication.METHADONE, date("2023-02-08"), 1, 0))
                .build();
        Evaluation e = review(r, "2023-02-07T09:00");
        assertThat(e.findings(ABOVE)).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("medication.takeHomeRequests[0].supplyDays");
            assertThat(f.message()).contains("exceeds the 0 days allowed").contains("1 already dispensed in the window");
        });
    }

    @Test
    void virginiaOverlay_strictestWins_andNamesTheWinner() {
        Policy va = MedicationPolicies.usDefault().withLayer(MedicationPolicies.virginia());
        Evaluation e = review(record("2026-01-05", 10, 7, 1), "2026-01-14T09:00", va);
        assertThat(e.findings(ABOVE)).singleElement().satisfies(f -> {
            assertThat(f.message()).contains("exceeds the 5 days allowed")
                    .contains("us-federal-medication 8 days").contains("virginia-12vac35-105-990 5 days")
                    .endsWith("winner: virginia-12vac35-105-990");
            assertThat(f.citation().document()).isEqualTo("12VAC35-105-990");
            assertThat(f.citation().status()).as("effective date unknown").isEqualTo(VerificationStatus.UNVERIFIED);
            assertThat(f.citations()).hasSize(2);
        });
        assertThat(review(record("2026-01-05", 10, 5, 1), "2026-01-14T09:00", va).findings(ABOVE)).isEmpty();
    }

    @Test
    void virginiaOverlay_firstWeekAllowsClosureDosesOnly() {
        Policy va = MedicationPolicies.usDefault().withLayer(MedicationPolicies.virginia());
        assertThat(review(record("2026-01-05", 6, 2, 2), "2026-01-10T09:00", va).findings(ABOVE)).isEmpty();
        assertThat(review(record("2026-01-05", 6, 2, 1), "2026-01-10T09:00", va).findings(ABOVE)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("2 days (1 closure)").contains("exceeds the 1 day allowed")
                        .contains("virginia-12vac35-105-990 1 day (day 1+: 0 days per dispensing beyond closure days)"));
    }

    @Test
    void virginiaOverlay_withConfirmedPeriod_citesVerifiedText_andIsNotInForceBefore() {
        Policy va = MedicationPolicies.usDefault().withLayer(
                MedicationPolicies.virginia(EffectivePeriod.from(date("2026-01-01"))));
        assertThat(review(record("2026-01-05", 10, 7, 0), "2026-01-14T09:00", va).findings(ABOVE)).singleElement()
                .satisfies(f -> assertThat(f.citation().status()).isEqualTo(VerificationStatus.VERIFIED));
        assertThat(review(record("2025-11-03", 10, 7, 0), "2025-11-12T09:00", va).findings(ABOVE)).isEmpty();
    }

    @Test
    void wholeWindowReading_countsEarlierDispensingsInTheTier() {
        MedicationRecord r = MedicationRecord.builder()
                .regimen(Regimen.of(Formulation.METHADONE_ORAL_LIQUID, RegimenPhase.MAINTENANCE, date("2026-01-05")))
                .takeHomeCriteriaAssessment(new TakeHomeCriteriaAssessment(date("2026-01-05"), 6))
                .dose(DoseEvent.takeHome(Formulation.METHADONE_ORAL_LIQUID, Dose.ofMilligrams("60"),
                        at("2026-01-07T09:00"), 4, 0))
                .takeHomeRequest(TakeHomeRequest.of(OudMedication.METHADONE, date("2026-01-14"), 4, 0))
                .build();
        assertThat(review(r, "2026-01-14T09:00").findings(ABOVE)).as("per dispensing").isEmpty();
        Evaluation whole = review(r, "2026-01-14T09:00",
                MedicationPolicies.usDefault().withLayer(MedicationPolicies.takeHome2024WholeWindow()));
        assertThat(whole.findings(ABOVE)).singleElement().satisfies(f -> assertThat(f.message())
                .contains("exceeds the 3 days allowed").contains("4 already dispensed in the window")
                .endsWith("winner: medication-alt-take-home-2024-whole-window"));
    }

    @Test
    void criteriaNotDocumented_isError_butClosureOnlySupplyNeedsNone() {
        MedicationRecord none = MedicationRecord.builder()
                .regimen(Regimen.of(Formulation.METHADONE_ORAL_LIQUID, RegimenPhase.MAINTENANCE, date("2026-01-05")))
                .takeHomeRequest(TakeHomeRequest.of(OudMedication.METHADONE, date("2026-01-20"), 3, 1))
                .takeHomeRequest(TakeHomeRequest.of(OudMedication.METHADONE, date("2026-01-24"), 1, 1))
                .build();
        assertThat(review(none, "2026-01-20T09:00").findings("medication.take-home.criteria-not-documented"))
                .singleElement().satisfies(f -> {
                    assertThat(f.path()).isEqualTo("medication.takeHomeCriteriaAssessments");
                    assertThat(f.message()).contains("6 criteria must be documented")
                            .contains("medication.takeHomeRequests[0].supplyDays");
                });
        MedicationRecord partial = none.toBuilder()
                .takeHomeCriteriaAssessment(new TakeHomeCriteriaAssessment(date("2026-01-19"), 5)).build();
        assertThat(review(partial, "2026-01-20T09:00").findings("medication.take-home.criteria-not-documented"))
                .singleElement().satisfies(f -> assertThat(f.message()).contains("documents 5 of the 6 required"));
    }

    @Test
    void criteriaAreJudgedByTheLatestAssessmentOnOrBeforeTheFirstDay_theLastListedOfOneDate() {
        MedicationRecord base = MedicationRecord.builder()
                .regimen(Regimen.of(Formulation.METHADONE_ORAL_LIQUID, RegimenPhase.MAINTENANCE, date("2026-01-05")))
                .takeHomeRequest(TakeHomeRequest.of(OudMedication.METHADONE, date("2026-01-20"), 3, 1))
                .takeHomeCriteriaAssessment(new TakeHomeCriteriaAssessment(date("2026-01-18"), 8))
                .takeHomeCriteriaAssessment(new TakeHomeCriteriaAssessment(date("2026-01-19"), 6))
                .takeHomeCriteriaAssessment(new TakeHomeCriteriaAssessment(date("2026-01-19"), 4))
                .takeHomeCriteriaAssessment(new TakeHomeCriteriaAssessment(date("2026-01-21"), 8))
                .build();
        assertThat(review(base, "2026-01-20T09:00").findings("medication.take-home.criteria-not-documented"))
                .singleElement().satisfies(f -> {
                    assertThat(f.path()).isEqualTo("medication.takeHomeCriteriaAssessments[2].criteriaDocumented");
                    assertThat(f.message()).isEqualTo("The take-home criteria assessment of 2026-01-19 documents 4 of"
                            + " the 6 required criteria (layer us-federal-medication) for the 3-day supply at"
                            + " medication.takeHomeRequests[0].supplyDays");
                });
        MedicationRecord enoughLast = base.toBuilder()
                .takeHomeCriteriaAssessment(new TakeHomeCriteriaAssessment(date("2026-01-19"), 6)).build();
        assertThat(review(enoughLast, "2026-01-20T09:00").findings("medication.take-home.criteria-not-documented"))
                .isEmpty();
    }

    @Test
    void under2024_ladderDoesNotApplyToBuprenorphine_butDidUnder2001WithUnverifiedCitation() {
        MedicationRecord r = MedicationRecord.builder()
                .regimen(Regimen.of(Formulation.BUPRENORPHINE_NALOXONE_SUBLINGUAL, RegimenPhase.MAINTENANCE,
                        date("2026-01-05")))
                .takeHomeRequest(TakeHomeRequest.of(OudMedication.BUPRENORPHINE, date("2026-01-10"), 28, 0))
                .build();
        Evaluation e = review(r, "2026-01-10T09:00");
        assertThat(e.findings("medication.take-home.ladder-not-applicable")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
        assertThat(e.findings(ABOVE)).isEmpty();
        MedicationRecord old = MedicationRecord.builder()
                .regimen(Regimen.of(Formulation.BUPRENORPHINE_NALOXONE_SUBLINGUAL, RegimenPhase.MAINTENANCE,
                        date("2023-01-02")))
                .takeHomeCriteriaAssessment(new TakeHomeCriteriaAssessment(date("2023-01-02"), 8))
                .takeHomeRequest(TakeHomeRequest.of(OudMedication.BUPRENORPHINE, date("2023-01-10"), 28, 0))
                .build();
        assertThat(review(old, "2023-01-10T09:00").findings(ABOVE)).singleElement();
    }

    @Test
    void requestBeforeRegimenStart_isReported() {
        MedicationRecord r = MedicationRecord.builder()
                .regimen(Regimen.of(Formulation.METHADONE_ORAL_LIQUID, RegimenPhase.MAINTENANCE, date("2026-01-05")))
                .takeHomeRequest(TakeHomeRequest.of(OudMedication.METHADONE, date("2026-01-04"), 1, 0))
                .build();
        assertThat(review(r, "2026-01-04T09:00").findings("medication.take-home.no-active-regimen")).singleElement()
                .satisfies(f -> assertThat(f.path()).isEqualTo("medication.takeHomeRequests[0].supplyDays"));
    }
}
