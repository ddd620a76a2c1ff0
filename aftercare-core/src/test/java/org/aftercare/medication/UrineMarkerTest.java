package org.aftercare.medication;

import static org.aftercare.medication.Timelines.at;
import static org.aftercare.medication.Timelines.date;
import static org.aftercare.medication.Timelines.review;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.aftercare.Answer;
import org.aftercare.EvaluationContext;
import org.aftercare.PatientContext;
import org.aftercare.RuleContext;
import org.aftercare.Severity;
import org.aftercare.screening.Analyte;
import org.aftercare.screening.AnalyteResult;
import org.aftercare.screening.DrugTest;
import org.aftercare.screening.Outcome;
import org.aftercare.screening.Specimen;
import org.junit.jupiter.api.Test;

class UrineMarkerTest {

    private static MedicationRecord on(Formulation formulation, AnalyteResult... results) {
        return MedicationRecord.builder()
                .regimen(Regimen.of(formulation, RegimenPhase.MAINTENANCE, date("2026-01-05")))
                .drugTest(DrugTest.of(Specimen.URINE, at("2026-02-02T09:00"), List.of(results)))
                .build();
    }

    @Test
    void methadoneWithoutEddp_isWarning() {
        MedicationRecord r = on(Formulation.METHADONE_ORAL_LIQUID, AnalyteResult.of(Analyte.METHADONE, Outcome.POSITIVE),
                AnalyteResult.of(Analyte.EDDP, Outcome.NEGATIVE));
        assertThat(review(r, "2026-02-03T09:00").findings("medication.urine.methadone-without-eddp")).singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    assertThat(f.path()).isEqualTo("medication.drugTests[0].results.eddp");
                    assertThat(f.message()).isEqualTo("Specimen collected at 2026-02-02T14:00:00Z is positive for methadone"
                            + " and negative for EDDP: methadone was probably added to the sample");
                });
        RuleContext ctx = RuleContext.of(EvaluationContext.of(at("2026-02-03T09:00"), Timelines.CLINIC,
                MedicationPolicies.usDefault()));
        MedicationReview.evaluate(r, PatientContext.builder().pregnant(Answer.YES).build(), ctx);
        assertThat(ctx.toEvaluation().findings("medication.urine.methadone-without-eddp")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("pregnancy is documented"));
    }

    @Test
    void methadoneAndEddpBothPresent_isClean() {
        MedicationRecord r = on(Formulation.METHADONE_ORAL_LIQUID, AnalyteResult.of(Analyte.METHADONE, Outcome.POSITIVE),
                AnalyteResult.of(Analyte.EDDP, Outcome.POSITIVE));
        assertThat(review(r, "2026-02-03T09:00").findings()).noneMatch(f -> f.code().startsWith("medication.urine."));
    }

    @Test
    void prescribedMedicationAbsent_isWarning() {
        MedicationRecord r = on(Formulation.METHADONE_ORAL_LIQUID, AnalyteResult.of(Analyte.METHADONE, Outcome.NEGATIVE),
                AnalyteResult.of(Analyte.EDDP, Outcome.NEGATIVE));
        assertThat(review(r, "2026-02-03T09:00").findings("medication.urine.prescribed-medication-absent")).singleElement()
                .satisfies(f -> assertThat(f.message()).endsWith("is negative for methadone and eddp: the prescribed"
                        + " medication is absent"));
    }

    @Test
    void metaboliteNotReported_isInfo_neverAPass() {
        MedicationRecord r = on(Formulation.BUPRENORPHINE_SUBLINGUAL, AnalyteResult.of(Analyte.BUPRENORPHINE, Outcome.POSITIVE));
        assertThat(review(r, "2026-02-03T09:00").findings("medication.urine.marker-not-reported")).singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.INFO);
                    assertThat(f.path()).isEqualTo("medication.drugTests[0].results.norbuprenorphine");
                });
    }

    @Test
    void buprenorphineWithoutNorbuprenorphine_isWarning() {
        MedicationRecord r = on(Formulation.BUPRENORPHINE_SUBLINGUAL, AnalyteResult.of(Analyte.BUPRENORPHINE, Outcome.POSITIVE),
                AnalyteResult.of(Analyte.NORBUPRENORPHINE, Outcome.NEGATIVE));
        assertThat(review(r, "2026-02-03T09:00").findings("medication.urine.buprenorphine-without-norbuprenorphine"))
                .singleElement();
    }

    private static MedicationRecord ratio(String norbup, String bup) {
        return on(Formulation.BUPRENORPHINE_NALOXONE_SUBLINGUAL,
                AnalyteResult.of(Analyte.BUPRENORPHINE, Outcome.POSITIVE, new BigDecimal(bup)),
                AnalyteResult.of(Analyte.NORBUPRENORPHINE, Outcome.POSITIVE, new BigDecimal(norbup)));
    }

    @Test
    void ratioJustBelowPointTwo_isFlagged_ratioAtPointTwoIsNot() {
        String code = "medication.urine.norbuprenorphine-ratio-low";
        assertThat(review(ratio("19.9", "100"), "2026-02-03T09:00").findings(code)).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("Specimen collected at 2026-02-02T14:00:00Z: norbuprenorphine 19.9 ng/mL /"
                    + " buprenorphine 100 ng/mL = ratio 0.199, below the cutoff 0.2 (layer us-federal-medication):"
                    + " suspected adulteration");
            assertThat(f.citation().document()).isEqualTo("Accurso AJ et al.");
        });
        assertThat(review(ratio("20", "100"), "2026-02-03T09:00").findings(code)).isEmpty();
    }

    @Test
    void ratioCutoffPointZeroTwoLayer_flagsOnlyBelowIt() {
        String code = "medication.urine.norbuprenorphine-ratio-low";
        var policy = MedicationPolicies.usDefault().withLayer(MedicationPolicies.norbuprenorphineRatioTwoHundredths());
        assertThat(review(ratio("19.9", "100"), "2026-02-03T09:00", policy).findings(code)).isEmpty();
        assertThat(review(ratio("1.99", "100"), "2026-02-03T09:00", policy).findings(code)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("below the cutoff 0.02 (layer medication-alt-norbup-ratio-0-02)"));
    }

    @Test
    void fentanylOnMoud_isWarning() {
        MedicationRecord r = on(Formulation.METHADONE_ORAL_LIQUID, AnalyteResult.of(Analyte.METHADONE, Outcome.POSITIVE),
                AnalyteResult.of(Analyte.EDDP, Outcome.POSITIVE), AnalyteResult.of(Analyte.NORFENTANYL, Outcome.POSITIVE));
        assertThat(review(r, "2026-02-03T09:00").findings("medication.urine.fentanyl-present")).singleElement()
                .satisfies(f -> assertThat(f.restsOnUnverifiedSource()).isTrue());
    }

    @Test
    void noTestOnAnActiveRegimen_isWarning_invalidSpecimensDoNotCount() {
        MedicationRecord r = MedicationRecord.builder()
                .regimen(Regimen.of(Formulation.NALTREXONE_ORAL, RegimenPhase.MAINTENANCE, date("2026-01-05")))
                .drugTest(DrugTest.missed(Specimen.URINE, at("2026-01-20T09:00")))
                .build();
        assertThat(review(r, "2026-02-03T09:00").findings("medication.urine.no-test-on-regimen")).singleElement()
                .satisfies(f -> assertThat(f.message()).isEqualTo("naltrexone regimen active since 2026-01-05 has no valid"
                        + " drug test collected from then to 2026-02-03"));
    }
}
