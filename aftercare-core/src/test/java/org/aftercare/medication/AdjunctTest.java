package org.aftercare.medication;

import static org.aftercare.medication.Timelines.date;
import static org.aftercare.medication.Timelines.review;
import static org.assertj.core.api.Assertions.assertThat;

import org.aftercare.Evaluation;
import org.aftercare.Severity;
import org.junit.jupiter.api.Test;

class AdjunctTest {
    private static final String ABOVE = "medication.adjunct.above-limit";

    private static MedicationRecord lofexidine(String mg, int perDay, int days) {
        return MedicationRecord.builder()
                .adjunct(new AdjunctOrder(Adjunct.LOFEXIDINE, Dose.ofMilligrams(mg), perDay, date("2026-03-02"), days))
                .build();
    }

    @Test
    void lofexidine_labelLimitsAreTheEdges() {
        assertThat(review(lofexidine("0.72", 4, 14), "2026-03-02T09:00").findings()).isEmpty();
        Evaluation e = review(lofexidine("0.9", 4, 15), "2026-03-02T09:00");
        assertThat(e.findings(ABOVE)).extracting(f -> f.path() + " " + f.message()).containsExactlyInAnyOrder(
                "medication.adjunctOrders[0].dosesPerDay lofexidine 0.9 mg up to 4 times a day allows 3.6 mg a day,"
                        + " above the 2.88 mg daily limit (layer us-federal-medication)",
                "medication.adjunctOrders[0].dose lofexidine dose of 0.9 mg is above the 0.72 mg single-dose limit"
                        + " (layer us-federal-medication)");
        assertThat(e.findings("medication.adjunct.course-too-long")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).contains("ordered for 15 days").contains("14 days course limit");
        });
    }

    @Test
    void clonidine_hasNoDefaultLimit_andSaysSo_untilALayerSetsOne() {
        MedicationRecord r = MedicationRecord.builder()
                .adjunct(new AdjunctOrder(Adjunct.CLONIDINE, Dose.ofMilligrams("0.3"), 4, date("2026-03-02"), 5))
                .build();
        assertThat(review(r, "2026-03-02T09:00").findings("policy.threshold.not-in-force")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
        assertThat(review(r, "2026-03-02T09:00",
                MedicationPolicies.usDefault().withLayer(MedicationPolicies.clonidineZeroPointEight())).findings(ABOVE))
                .singleElement().satisfies(f -> assertThat(f.message()).contains("allows 1.2 mg a day, above the 0.8 mg"));
    }

    @Test
    void sedatingAdjunctWithBuprenorphine_isFlaggedNotBlocked_andLofexidineWithMethadoneNeedsAnEcg() {
        MedicationRecord r = MedicationRecord.builder()
                .regimen(Regimen.of(Formulation.BUPRENORPHINE_NALOXONE_SUBLINGUAL, RegimenPhase.MAINTENANCE, date("2026-03-04")))
                .adjunct(new AdjunctOrder(Adjunct.HYDROXYZINE, Dose.ofMilligrams("25"), 3, date("2026-03-02"), 5))
                .build();
        assertThat(review(r, "2026-03-02T09:00").findings("medication.adjunct.sedating-with-agonist")).singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    assertThat(f.message()).contains("overlaps an opioid agonist from 2026-03-04");
                    assertThat(f.restsOnUnverifiedSource()).isTrue();
                });
        MedicationRecord m = MedicationRecord.builder()
                .regimen(Regimen.of(Formulation.METHADONE_ORAL_LIQUID, RegimenPhase.TAPER, date("2026-01-05")))
                .adjunct(new AdjunctOrder(Adjunct.LOFEXIDINE, Dose.ofMilligrams("0.54"), 4, date("2026-03-02"), 7))
                .build();
        assertThat(review(m, "2026-03-02T09:00").findings("medication.adjunct.lofexidine-with-methadone")).hasSize(1);
    }

    @Test
    void loperamideSixteenIsTheDailyLimit() {
        MedicationRecord ok = MedicationRecord.builder()
                .adjunct(new AdjunctOrder(Adjunct.LOPERAMIDE, Dose.ofMilligrams("2"), 8, date("2026-03-02"), 3)).build();
        MedicationRecord over = MedicationRecord.builder()
                .adjunct(new AdjunctOrder(Adjunct.LOPERAMIDE, Dose.ofMilligrams("2"), 9, date("2026-03-02"), 3)).build();
        assertThat(review(ok, "2026-03-02T09:00").findings(ABOVE)).isEmpty();
        assertThat(review(over, "2026-03-02T09:00").findings(ABOVE)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("allows 18 mg a day, above the 16 mg daily limit"));
    }
}
