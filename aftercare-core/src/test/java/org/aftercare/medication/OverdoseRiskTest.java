package org.aftercare.medication;

import static org.aftercare.medication.Timelines.at;
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

class OverdoseRiskTest {
    private static final String NALOXONE = "medication.overdose-risk.naloxone";

    private static MedicationRecord released(String date) {
        return MedicationRecord.builder()
                .toleranceLoss(new ToleranceLossEvent(ToleranceLossKind.RELEASE_FROM_INCARCERATION, date(date)))
                .build();
    }

    @Test
    void releaseFromIncarceration_promptsThroughDayFourteen_notDayFifteen() {
        assertThat(review(released("2026-03-01"), "2026-03-14T09:00").findings(NALOXONE)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.path()).isEqualTo("medication.toleranceLossEvents[0].date");
            assertThat(f.message()).isEqualTo("Released from incarceration on 2026-03-01; today 2026-03-14 is day 14 of"
                    + " the 14 days high-risk window ending 2026-03-14 (layer us-federal-medication): tolerance is likely"
                    + " lower; offer naloxone");
            assertThat(f.citation().document()).isEqualTo("Penn State Evidence-to-Impact brief");
        });
        assertThat(review(released("2026-03-01"), "2026-03-15T09:00").findings(NALOXONE)).isEmpty();
        assertThat(review(released("2026-03-01"), "2026-02-28T09:00").findings(NALOXONE)).isEmpty();
    }

    @Test
    void completedWithdrawalManagement_promptsForOneMonth() {
        MedicationRecord r = MedicationRecord.builder()
                .toleranceLoss(new ToleranceLossEvent(ToleranceLossKind.COMPLETED_WITHDRAWAL_MANAGEMENT, date("2026-01-31")))
                .build();
        assertThat(review(r, "2026-02-27T09:00").findings(NALOXONE)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("of the P1M high-risk window ending 2026-02-27"));
        assertThat(review(r, "2026-02-28T09:00").findings(NALOXONE)).isEmpty();
    }

    private static MedicationRecord missedMethadone(int days) {
        MedicationRecord.Builder b = MedicationRecord.builder()
                .regimen(Regimen.of(Formulation.METHADONE_ORAL_LIQUID, RegimenPhase.MAINTENANCE, date("2026-01-05")))
                .drugTest(DrugTest.of(Specimen.URINE, at("2026-02-01T09:00"), List.of(
                        AnalyteResult.of(Analyte.METHADONE, Outcome.POSITIVE), AnalyteResult.of(Analyte.EDDP, Outcome.POSITIVE))))
                .dose(DoseEvent.administered(Formulation.METHADONE_ORAL_LIQUID, Dose.ofMilligrams("80"), at("2026-03-01T09:00")));
        for (int d = 0; d < days; d++) {
            b.dose(DoseEvent.missed(Formulation.METHADONE_ORAL_LIQUID, Dose.ofMilligrams("80"),
                    at("2026-03-0" + (2 + d) + "T09:00")));
        }
        return b.build();
    }

    @Test
    void threeMissedMethadoneDays_prompt_twoDoNot() {
        assertThat(review(missedMethadone(2), "2026-03-05T08:00").findings(NALOXONE)).isEmpty();
        assertThat(review(missedMethadone(3), "2026-03-05T08:00").findings(NALOXONE)).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("medication.doses[3].kind");
            assertThat(f.message()).startsWith("3 consecutive missed methadone days (2026-03-02 to 2026-03-04)");
            assertThat(f.citation().section()).isEqualTo("s3.5");
        });
    }

    @Test
    void missedDaysFollowedByADose_noLongerPrompt() {
        MedicationRecord back = missedMethadone(3).toBuilder()
                .dose(DoseEvent.administered(Formulation.METHADONE_ORAL_LIQUID, Dose.ofMilligrams("40"), at("2026-03-05T09:00")))
                .build();
        assertThat(review(back, "2026-03-05T12:00").findings(NALOXONE)).isEmpty();
    }

    @Test
    void fentanylInLatestTest_prompts_butNotWhenANewerTestIsClean() {
        DrugTest fentanyl = DrugTest.of(Specimen.URINE, at("2026-03-01T09:00"),
                List.of(AnalyteResult.of(Analyte.FENTANYL, Outcome.POSITIVE)));
        DrugTest clean = DrugTest.of(Specimen.URINE, at("2026-03-05T09:00"),
                List.of(AnalyteResult.of(Analyte.FENTANYL, Outcome.NEGATIVE)));
        assertThat(review(MedicationRecord.builder().drugTest(fentanyl).build(), "2026-03-02T09:00").findings(NALOXONE))
                .singleElement().satisfies(f -> assertThat(f.path()).isEqualTo("medication.drugTests[0]"));
        Evaluation later = review(MedicationRecord.builder().drugTest(fentanyl).drugTest(clean).build(), "2026-03-06T09:00");
        assertThat(later.findings(NALOXONE)).isEmpty();
    }

    @Test
    void xrNaltrexoneIntervalEnd_prompts() {
        MedicationRecord r = MedicationRecord.builder()
                .regimen(Regimen.of(Formulation.NALTREXONE_XR_INJECTION, RegimenPhase.MAINTENANCE, date("2026-01-05")))
                .dose(DoseEvent.administered(Formulation.NALTREXONE_XR_INJECTION, Dose.ofMilligrams("380"), at("2026-02-01T10:00")))
                .build();
        assertThat(review(r, "2026-02-28T10:00").findings(NALOXONE)).isEmpty();
        assertThat(review(r, "2026-03-01T10:00").findings(NALOXONE)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("ended on 2026-03-01 (every 28 days"));
    }
}
