package org.aftercare.medication;

import static org.aftercare.medication.Timelines.at;
import static org.aftercare.medication.Timelines.cowsEightOneObjective;
import static org.aftercare.medication.Timelines.cowsEightTwoObjective;
import static org.aftercare.medication.Timelines.cowsSevenTwoObjective;
import static org.aftercare.medication.Timelines.date;
import static org.aftercare.medication.Timelines.review;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.aftercare.Evaluation;
import org.aftercare.Finding;
import org.aftercare.Policy;
import org.aftercare.PolicyLayer;
import org.aftercare.Severity;
import org.aftercare.VerificationStatus;
import org.junit.jupiter.api.Test;

class BuprenorphineInductionTest {
    private static final String TOO_EARLY = "medication.buprenorphine.induction-too-early";

    /** Heroin last used 2026-03-01 21:00 New York (02:00Z); COWS 8 with 2 objective signs at 07:30. */
    private static MedicationRecord.Builder heroinThenBuprenorphine(String doseLocal) {
        return MedicationRecord.builder()
                .regimen(Regimen.of(Formulation.BUPRENORPHINE_SUBLINGUAL, RegimenPhase.INDUCTION, date("2026-03-02")))
                .opioidExposure(OpioidExposure.lastUsed(OpioidKind.SHORT_ACTING, at("2026-03-01T21:00")))
                .cows(cowsEightTwoObjective(at("2026-03-02T07:30")))
                .dose(DoseEvent.administered(Formulation.BUPRENORPHINE_SUBLINGUAL, Dose.ofMilligrams("4"), at(doseLocal)));
    }

    @Test
    void elevenHoursAfterHeroin_isTooEarly() {
        Evaluation e = review(heroinThenBuprenorphine("2026-03-02T08:00").build(), "2026-03-02T09:00");
        List<Finding> found = e.findings(TOO_EARLY);
        assertThat(found).hasSize(1);
        Finding f = found.get(0);
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.path()).isEqualTo("medication.doses[0].at");
        assertThat(f.message()).isEqualTo("First buprenorphine dose at 2026-03-02T08:00-05:00 came 11 h after the last"
                + " short-acting opioid use at 2026-03-01T21:00-05:00; at least 12 h is required"
                + " (medication.buprenorphine.induction.wait.short-acting, layer us-federal-medication);"
                + " earliest start 2026-03-02T09:00-05:00");
        assertThat(f.citation().document()).isEqualTo("ASAM National Practice Guideline for the Treatment of OUD");
        assertThat(f.citation().status()).isEqualTo(VerificationStatus.VERIFIED);
    }

    @Test
    void oneMinuteShortOfTwelveHours_isTooEarly() {
        Evaluation e = review(heroinThenBuprenorphine("2026-03-02T08:59").build(), "2026-03-02T09:30");
        assertThat(e.findings(TOO_EARLY)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("came 11 h 59 min after"));
    }

    @Test
    void exactlyTwelveHoursAfterHeroin_isAllowed() {
        Evaluation e = review(heroinThenBuprenorphine("2026-03-02T09:00").build(), "2026-03-02T10:00");
        assertThat(e.findings(TOO_EARLY)).isEmpty();
        assertThat(e.findings("medication.buprenorphine.induction-cows-below-threshold")).isEmpty();
        assertThat(e.findings("medication.buprenorphine.induction-cows-missing")).isEmpty();
    }

    @Test
    void monoLabelLayer_allowsFourHours() {
        Evaluation e = review(heroinThenBuprenorphine("2026-03-02T01:00").build(), "2026-03-02T10:00",
                MedicationPolicies.usDefault().withLayer(MedicationPolicies.buprenorphineWaitsMonoLabel()));
        assertThat(e.findings(TOO_EARLY)).isEmpty();
        Evaluation early = review(heroinThenBuprenorphine("2026-03-02T00:59").build(), "2026-03-02T10:00",
                MedicationPolicies.usDefault().withLayer(MedicationPolicies.buprenorphineWaitsMonoLabel()));
        assertThat(early.findings(TOO_EARLY)).singleElement().satisfies(f -> {
            assertThat(f.message()).contains("at least 4 h is required").contains("layer medication-alt-bup-wait-mono-label");
            assertThat(f.citation().status()).isEqualTo(VerificationStatus.SECONDARY);
        });
    }

    @Test
    void everyKindMustWait_theLatestBinds() {
        MedicationRecord r = heroinThenBuprenorphine("2026-03-02T09:00")
                .opioidExposure(OpioidExposure.lastUsed(OpioidKind.METHADONE, at("2026-03-01T10:00")))
                .build();
        Evaluation e = review(r, "2026-03-02T10:00");
        assertThat(e.findings(TOO_EARLY)).singleElement().satisfies(f -> assertThat(f.message())
                .contains("came 23 h after the last methadone opioid use").contains("at least 1 d is required"));
    }

    @Test
    void cowsSeven_isBelowThreshold() {
        MedicationRecord r = MedicationRecord.builder()
                .regimen(Regimen.of(Formulation.BUPRENORPHINE_SUBLINGUAL, RegimenPhase.INDUCTION, date("2026-03-02")))
                .opioidExposure(OpioidExposure.lastUsed(OpioidKind.SHORT_ACTING, at("2026-03-01T21:00")))
                .cows(cowsSevenTwoObjective(at("2026-03-02T09:30")))
                .dose(DoseEvent.administered(Formulation.BUPRENORPHINE_SUBLINGUAL, Dose.ofMilligrams("4"),
                        at("2026-03-02T10:00")))
                .build();
        Evaluation e = review(r, "2026-03-02T11:00");
        assertThat(e.findings("medication.buprenorphine.induction-cows-below-threshold")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.path()).isEqualTo("medication.cowsAssessments[0]");
            assertThat(f.message()).isEqualTo("COWS 7 (mild) with 2 objective signs at 2026-03-02T09:30-05:00 is below the"
                    + " start threshold COWS >= 8 with >= 2 objective signs (layer us-federal-medication) for the first"
                    + " buprenorphine dose at 2026-03-02T10:00-05:00");
        });
    }

    @Test
    void cowsEightWithOneObjectiveSign_isBelowThreshold_butMeetsCowsTwelveLayerOnlyAtTwelve() {
        MedicationRecord r = heroinThenBuprenorphine("2026-03-02T10:00").build().toBuilder().build();
        MedicationRecord oneSign = MedicationRecord.builder()
                .regimen(r.regimens().get(0)).opioidExposure(r.opioidExposures().get(0))
                .cows(cowsEightOneObjective(at("2026-03-02T09:30"))).dose(r.doses().get(0)).build();
        assertThat(review(oneSign, "2026-03-02T11:00").findings("medication.buprenorphine.induction-cows-below-threshold"))
                .singleElement().satisfies(f -> assertThat(f.message()).startsWith("COWS 8 (mild) with 1 objective signs"));
        Evaluation twelve = review(r, "2026-03-02T11:00",
                MedicationPolicies.usDefault().withLayer(MedicationPolicies.cowsStartTwelve()));
        assertThat(twelve.findings("medication.buprenorphine.induction-cows-below-threshold")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("start threshold COWS >= 12 (layer medication-alt-cows-start-12)"));
    }

    @Test
    void missingCows_isReported_neverAPass() {
        MedicationRecord r = MedicationRecord.builder()
                .regimen(Regimen.of(Formulation.BUPRENORPHINE_SUBLINGUAL, RegimenPhase.INDUCTION, date("2026-03-02")))
                .opioidExposure(OpioidExposure.lastUsed(OpioidKind.SHORT_ACTING, at("2026-03-01T21:00")))
                .cows(cowsEightTwoObjective(at("2026-03-01T20:00")))
                .dose(DoseEvent.administered(Formulation.BUPRENORPHINE_SUBLINGUAL, Dose.ofMilligrams("4"),
                        at("2026-03-02T10:00")))
                .build();
        assertThat(review(r, "2026-03-02T11:00").findings("medication.buprenorphine.induction-cows-missing"))
                .singleElement().satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(f.path()).isEqualTo("medication.cowsAssessments");
                    assertThat(f.message()).contains("after the last opioid use at 2026-03-01T21:00-05:00");
                });
    }

    @Test
    void unknownLastUse_isReported_neverAPass() {
        MedicationRecord r = MedicationRecord.builder()
                .regimen(Regimen.of(Formulation.BUPRENORPHINE_SUBLINGUAL, RegimenPhase.INDUCTION, date("2026-03-02")))
                .opioidExposure(OpioidExposure.lastUseUnknown(OpioidKind.FENTANYL))
                .cows(cowsEightTwoObjective(at("2026-03-02T09:30")))
                .dose(DoseEvent.administered(Formulation.BUPRENORPHINE_SUBLINGUAL, Dose.ofMilligrams("4"),
                        at("2026-03-02T10:00")))
                .build();
        Evaluation e = review(r, "2026-03-02T11:00");
        assertThat(e.findings("medication.induction.last-use-unknown")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.path()).isEqualTo("medication.opioidExposures[0].lastUse");
            assertThat(f.message()).startsWith("The last fentanyl opioid use is not documented");
        });
        assertThat(e.findings(TOO_EARLY)).isEmpty();
    }

    @Test
    void noExposureAtAll_isReported() {
        MedicationRecord r = MedicationRecord.builder()
                .regimen(Regimen.of(Formulation.BUPRENORPHINE_SUBLINGUAL, RegimenPhase.INDUCTION, date("2026-03-02")))
                .cows(cowsEightTwoObjective(at("2026-03-02T09:30")))
                .dose(DoseEvent.administered(Formulation.BUPRENORPHINE_SUBLINGUAL, Dose.ofMilligrams("4"),
                        at("2026-03-02T10:00")))
                .build();
        assertThat(review(r, "2026-03-02T11:00").findings("medication.induction.last-use-unknown")).singleElement()
                .satisfies(f -> assertThat(f.path()).isEqualTo("medication.opioidExposures"));
    }

    @Test
    void unknownKind_isReported() {
        MedicationRecord r = heroinThenBuprenorphine("2026-03-02T10:00")
                .opioidExposure(OpioidExposure.lastUsed(OpioidKind.UNKNOWN, at("2026-03-01T22:00"))).build();
        assertThat(review(r, "2026-03-02T11:00").findings("medication.induction.opioid-kind-unknown")).singleElement()
                .satisfies(f -> assertThat(f.path()).isEqualTo("medication.opioidExposures[1].kind"));
    }

    private static MedicationRecord fromMethadone(String lastMethadoneMg) {
        return MedicationRecord.builder()
                .regimen(Regimen.of(Formulation.METHADONE_ORAL_LIQUID, RegimenPhase.TAPER, date("2026-01-05"))
                        .withEnd(date("2026-03-02")))
                .regimen(Regimen.of(Formulation.BUPRENORPHINE_SUBLINGUAL, RegimenPhase.INDUCTION, date("2026-03-02")))
                .dose(DoseEvent.administered(Formulation.METHADONE_ORAL_LIQUID, Dose.ofMilligrams(lastMethadoneMg),
                        at("2026-02-28T09:00")))
                .opioidExposure(OpioidExposure.lastUsed(OpioidKind.METHADONE, at("2026-02-28T09:00")))
                .cows(cowsEightTwoObjective(at("2026-03-02T09:30")))
                .dose(DoseEvent.administered(Formulation.BUPRENORPHINE_SUBLINGUAL, Dose.ofMilligrams("2"),
                        at("2026-03-02T10:00")))
                .build();
    }

    @Test
    void switchFromMethadone_fortyIsUsuallyTolerated_fortyFiveIsWarned_thirtyLayerIsStricter() {
        String code = "medication.buprenorphine.switch-from-high-methadone-dose";
        assertThat(review(fromMethadone("40"), "2026-03-02T11:00").findings(code)).isEmpty();
        assertThat(review(fromMethadone("45"), "2026-03-02T11:00").findings(code)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.path()).isEqualTo("medication.doses[0].dose");
            assertThat(f.message()).contains("follows methadone 45 mg/day on 2026-02-28, above the 40 mg/day switch threshold");
        });
        assertThat(review(fromMethadone("35"), "2026-03-02T11:00",
                MedicationPolicies.usDefault().withLayer(MedicationPolicies.methadoneSwitchThirty())).findings(code))
                .singleElement().satisfies(f -> assertThat(f.message()).contains("layer medication-alt-methadone-switch-30-mg"));
        assertThat(review(fromMethadone("45"), "2026-03-02T11:00").findings(TOO_EARLY)).isEmpty();
    }

    @Test
    void lowDoseInduction_needsNoWait() {
        MedicationRecord r = MedicationRecord.builder()
                .regimen(Regimen.of(Formulation.BUPRENORPHINE_NALOXONE_SUBLINGUAL, RegimenPhase.LOW_DOSE_INDUCTION,
                        date("2026-03-02")))
                .opioidExposure(OpioidExposure.lastUsed(OpioidKind.FENTANYL, at("2026-03-02T07:00")))
                .dose(DoseEvent.administered(Formulation.BUPRENORPHINE_NALOXONE_SUBLINGUAL, Dose.ofMilligrams("0.5"),
                        at("2026-03-02T08:00")))
                .build();
        Evaluation e = review(r, "2026-03-02T11:00");
        assertThat(e.findings()).noneMatch(f -> f.code().startsWith("medication.buprenorphine.")
                || f.code().startsWith("medication.induction."));
    }

    private static MedicationRecord lowDose(String... dailyMg) {
        MedicationRecord.Builder b = MedicationRecord.builder()
                .regimen(Regimen.of(Formulation.BUPRENORPHINE_NALOXONE_SUBLINGUAL, RegimenPhase.LOW_DOSE_INDUCTION,
                        date("2026-03-02")));
        for (int d = 0; d < dailyMg.length; d++) {
            b.dose(DoseEvent.administered(Formulation.BUPRENORPHINE_NALOXONE_SUBLINGUAL, Dose.ofMilligrams(dailyMg[d]),
                    at(date("2026-03-02").plusDays(d) + "T09:00")));
        }
        return b.build();
    }

    @Test
    void lowDoseSchedule_isData_andEachDayIsCheckedAgainstIt() {
        String code = "medication.buprenorphine.low-dose-above-schedule";
        assertThat(review(lowDose("0.5", "1", "2", "4", "6", "12", "16"), "2026-03-09T12:00").findings(code)).isEmpty();
        assertThat(review(lowDose("0.5", "2"), "2026-03-03T12:00").findings(code)).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("medication.doses[1].dose");
            assertThat(f.message()).isEqualTo("Low-dose induction day 2 (2026-03-03) buprenorphine total 2 mg is above"
                    + " the schedule's 1 mg for that day (layer us-federal-medication)");
        });
        assertThat(review(lowDose("4", "8"), "2026-03-03T12:00",
                MedicationPolicies.usDefault().withLayer(MedicationPolicies.lowDoseRapid())).findings(code)).isEmpty();
    }

    @Test
    void missingThreshold_isReportedByTheKernel_neverAPass() {
        Policy bare = Policy.of("bare", List.of(
                PolicyLayer.builder("empty", "no medication thresholds").build()));
        Evaluation e = review(heroinThenBuprenorphine("2026-03-02T08:00").build(), "2026-03-02T09:00", bare);
        assertThat(e.findings("policy.threshold.not-in-force")).extracting(Finding::message)
                .anyMatch(m -> m.contains("medication.buprenorphine.induction.wait.short-acting"))
                .anyMatch(m -> m.contains("medication.buprenorphine.induction.cows-start"));
    }
}
