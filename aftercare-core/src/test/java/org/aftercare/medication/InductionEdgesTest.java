package org.aftercare.medication;

import static org.aftercare.medication.Timelines.at;
import static org.aftercare.medication.Timelines.cowsEightTwoObjective;
import static org.aftercare.medication.Timelines.date;
import static org.aftercare.medication.Timelines.review;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.aftercare.Evaluation;
import org.aftercare.Severity;
import org.aftercare.screening.Analyte;
import org.aftercare.screening.AnalyteResult;
import org.aftercare.screening.DrugTest;
import org.aftercare.screening.Outcome;
import org.aftercare.screening.Specimen;
import org.junit.jupiter.api.Test;

/**
 * Induction findings' texts and their time windows: what is named when data is missing, and which assessments
 * count (only those after the last opioid use and before the first dose).
 */
class InductionEdgesTest {
    private static final String CHALLENGE = "medication.naltrexone.naloxone-challenge-positive";

    @Test
    void buprenorphine_missingCows_namesTheLastUseTheDoseAndTheThresholdInForce() {
        MedicationRecord r = MedicationRecord.builder()
                .regimen(Regimen.of(Formulation.BUPRENORPHINE_SUBLINGUAL, RegimenPhase.INDUCTION, date("2026-03-02")))
                .opioidExposure(OpioidExposure.lastUsed(OpioidKind.SHORT_ACTING, at("2026-03-01T21:00")))
                .cows(cowsEightTwoObjective(at("2026-03-01T20:00")))
                .dose(DoseEvent.administered(Formulation.BUPRENORPHINE_SUBLINGUAL, Dose.ofMilligrams("4"), at("2026-03-02T10:00")))
                .build();
        assertThat(review(r, "2026-03-02T11:00").findings("medication.buprenorphine.induction-cows-missing"))
                .singleElement().satisfies(f -> assertThat(f.message()).isEqualTo("No COWS assessment after the last"
                        + " opioid use at 2026-03-01T21:00-05:00 and before the first buprenorphine dose at"
                        + " 2026-03-02T10:00-05:00; the start threshold is COWS >= 8 with >= 2 objective signs (layer"
                        + " us-federal-medication)"));
    }

    /** XR-naltrexone on 2026-03-09 10:00, with the given exposure and nothing else. */
    private static MedicationRecord.Builder naltrexone(OpioidExposure exposure) {
        return MedicationRecord.builder()
                .regimen(Regimen.of(Formulation.NALTREXONE_XR_INJECTION, RegimenPhase.INDUCTION, date("2026-03-09")))
                .opioidExposure(exposure)
                .dose(DoseEvent.administered(Formulation.NALTREXONE_XR_INJECTION, Dose.ofMilligrams("380"),
                        at("2026-03-09T10:00")));
    }

    @Test
    void naltrexone_unknownLastUse_isReported_neverAPass() {
        Evaluation e = review(naltrexone(OpioidExposure.lastUseUnknown(OpioidKind.SHORT_ACTING)).build(), "2026-03-09T11:00");
        assertThat(e.findings("medication.induction.last-use-unknown")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.path()).isEqualTo("medication.opioidExposures[0].lastUse");
            assertThat(f.message()).isEqualTo("The last short-acting opioid use is not documented; the wait before the"
                    + " first naltrexone dose at 2026-03-09T10:00-04:00 cannot be shown to be met");
        });
    }

    @Test
    void naltrexone_noDrugTest_namesTheLastUse() {
        Evaluation e = review(naltrexone(OpioidExposure.lastUsed(OpioidKind.SHORT_ACTING, at("2026-03-01T20:00"))).build(),
                "2026-03-09T11:00");
        assertThat(e.findings("medication.naltrexone.no-drug-test-before-start")).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("medication.drugTests");
            assertThat(f.message()).isEqualTo("No valid drug test after the last opioid use at 2026-03-01T20:00-05:00 and"
                    + " before the first naltrexone dose at 2026-03-09T10:00-04:00");
        });
    }

    @Test
    void naltrexone_aPositiveNaloxoneChallengeBeforeTheLastUse_isNotRelevant() {
        MedicationRecord.Builder b = naltrexone(OpioidExposure.lastUsed(OpioidKind.SHORT_ACTING, at("2026-03-01T20:00")))
                .drugTest(DrugTest.of(Specimen.URINE, at("2026-03-09T09:00"), List.of(
                        AnalyteResult.of(Analyte.OPIATES, Outcome.NEGATIVE), AnalyteResult.of(Analyte.FENTANYL, Outcome.NEGATIVE))));
        MedicationRecord before = b.build().toBuilder().naloxoneChallenge(new NaloxoneChallenge(at("2026-03-01T19:00"), true))
                .build();
        assertThat(review(before, "2026-03-09T11:00").findings(CHALLENGE)).isEmpty();
        MedicationRecord after = b.build().toBuilder().naloxoneChallenge(new NaloxoneChallenge(at("2026-03-09T09:30"), true))
                .build();
        assertThat(review(after, "2026-03-09T11:00").findings(CHALLENGE)).singleElement().satisfies(f -> assertThat(
                f.message()).isEqualTo("The naloxone challenge at 2026-03-09T09:30-04:00 showed withdrawal signs before"
                        + " the first naltrexone dose at 2026-03-09T10:00-04:00"));
    }
}
