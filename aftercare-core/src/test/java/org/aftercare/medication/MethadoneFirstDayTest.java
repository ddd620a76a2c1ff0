package org.aftercare.medication;

import static org.aftercare.medication.Timelines.at;
import static org.aftercare.medication.Timelines.date;
import static org.aftercare.medication.Timelines.review;
import static org.assertj.core.api.Assertions.assertThat;

import org.aftercare.Answer;
import org.aftercare.Evaluation;
import org.aftercare.Severity;
import org.aftercare.VerificationStatus;
import org.junit.jupiter.api.Test;

class MethadoneFirstDayTest {
    private static final String DAY_CAP = "medication.methadone.first-day-above-cap";
    private static final String DOSE_CAP = "medication.methadone.first-dose-above-cap";

    private static MedicationRecord.Builder firstDay(String day, String first, String second) {
        MedicationRecord.Builder b = MedicationRecord.builder()
                .regimen(Regimen.of(Formulation.METHADONE_ORAL_LIQUID, RegimenPhase.INDUCTION, date(day)))
                .dose(DoseEvent.administered(Formulation.METHADONE_ORAL_LIQUID, Dose.ofMilligrams(first), at(day + "T08:00")));
        if (second != null) {
            b.dose(DoseEvent.administered(Formulation.METHADONE_ORAL_LIQUID, Dose.ofMilligrams(second), at(day + "T12:00")));
        }
        return b;
    }

    @Test
    void under2024Rule_fiftyIsAllowed() {
        Evaluation e = review(firstDay("2024-04-02", "30", "20").build(), "2024-04-02T18:00");
        assertThat(e.findings(DAY_CAP)).isEmpty();
        assertThat(e.findings(DOSE_CAP)).isEmpty();
    }

    @Test
    void under2024Rule_fiftyFiveWithoutJustification_isError() {
        Evaluation e = review(firstDay("2024-04-02", "40", "15").build(), "2024-04-02T18:00");
        assertThat(e.findings(DAY_CAP)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.path()).isEqualTo("medication.doses[1].dose");
            assertThat(f.message()).isEqualTo("Methadone total on the first treatment day 2024-04-02 is 55 mg (doses 40 mg,"
                    + " 15 mg), above the 50 mg first-day cap in force on that date (layer us-federal-medication);"
                    + " no justification is documented (firstDayDoseJustification UNKNOWN)");
            assertThat(f.citation().edition()).startsWith("2024 final rule");
        });
        assertThat(e.findings(DOSE_CAP)).as("no separate initial-dose cap from 2024-04-02").isEmpty();
    }

    @Test
    void under2024Rule_documentedJustification_isWarning() {
        Evaluation e = review(firstDay("2024-04-02", "40", "20").firstDayDoseJustification(Answer.YES).build(),
                "2024-04-02T18:00");
        assertThat(e.findings(DAY_CAP)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).contains("is 60 mg").contains("a justification is documented");
            assertThat(f.restsOnUnverifiedSource()).isFalse();
        });
    }

    @Test
    void dayBefore2024Rule_fortyFiveIsAboveFortyCap() {
        Evaluation e = review(firstDay("2024-04-01", "30", "15").build(), "2024-04-01T18:00");
        assertThat(e.findings(DAY_CAP)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).contains("is 45 mg").contains("above the 40 mg first-day cap");
            assertThat(f.citation().edition()).startsWith("2001 rule");
        });
    }

    @Test
    void under2001Rule_fortyIsAllowed_andFirstDoseAboveThirtyIsError() {
        assertThat(review(firstDay("2023-05-01", "30", "10").build(), "2023-05-01T18:00").findings()).noneMatch(
                f -> f.code().startsWith("medication.methadone."));
        Evaluation e = review(firstDay("2023-05-01", "35", null).build(), "2023-05-01T18:00");
        assertThat(e.findings(DOSE_CAP)).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("medication.doses[0].dose");
            assertThat(f.message()).isEqualTo("First methadone dose of 35 mg on 2023-05-01 is above the 30 mg initial-dose"
                    + " cap in force on that date (layer us-federal-medication)");
        });
    }

    @Test
    void under2001Rule_justificationRestsOnUnverifiedClause_andSaysSo() {
        Evaluation e = review(firstDay("2023-05-01", "30", "20").firstDayDoseJustification(Answer.YES).build(),
                "2023-05-01T18:00");
        assertThat(e.findings(DAY_CAP)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.restsOnUnverifiedSource()).isTrue();
            assertThat(f.citations()).anyMatch(c -> c.status() == VerificationStatus.UNVERIFIED);
        });
    }

    @Test
    void programmeKeeping2001RulesUntilTheComplianceDate_isOneLayerAway() {
        var keeping2001 = MedicationPolicies.usDefault().withLayer(MedicationPolicies.part8Of2001UntilCompliance());
        assertThat(review(firstDay("2024-10-01", "30", "15").build(), "2024-10-01T18:00", keeping2001).findings(DAY_CAP))
                .singleElement().satisfies(f -> assertThat(f.message()).contains("above the 40 mg first-day cap")
                        .contains("layer medication-alt-part8-2001-until-compliance"));
        assertThat(review(firstDay("2024-10-02", "30", "15").build(), "2024-10-02T18:00", keeping2001).findings(DAY_CAP))
                .isEmpty();
    }

    @Test
    void capIsJudgedAsOfTheDoseDate_notTheEvaluationDate() {
        Evaluation e = review(firstDay("2024-03-30", "30", "15").build(), "2026-01-10T09:00");
        assertThat(e.findings(DAY_CAP)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("above the 40 mg first-day cap"));
    }
}
