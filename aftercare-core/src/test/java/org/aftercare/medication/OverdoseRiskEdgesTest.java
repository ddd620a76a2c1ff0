package org.aftercare.medication;

import static org.aftercare.medication.Timelines.at;
import static org.aftercare.medication.Timelines.date;
import static org.aftercare.medication.Timelines.review;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.aftercare.Severity;
import org.aftercare.screening.Analyte;
import org.aftercare.screening.AnalyteResult;
import org.aftercare.screening.DrugTest;
import org.aftercare.screening.Outcome;
import org.aftercare.screening.Specimen;
import org.junit.jupiter.api.Test;

/**
 * The naloxone prompts' edges that {@link OverdoseRiskTest} leaves open: the text for each kind of tolerance loss,
 * a restart listed before the missed days, and which drug test counts as the latest valid one.
 */
class OverdoseRiskEdgesTest {
    private static final String NALOXONE = "medication.overdose-risk.naloxone";

    private static MedicationRecord lost(ToleranceLossKind kind, String date) {
        return MedicationRecord.builder().toleranceLoss(new ToleranceLossEvent(kind, date(date))).build();
    }

    @Test
    void completedWithdrawalManagement_isNamedInTheMessage() {
        assertThat(review(lost(ToleranceLossKind.COMPLETED_WITHDRAWAL_MANAGEMENT, "2026-01-31"), "2026-02-02T09:00")
                .findings(NALOXONE)).singleElement().satisfies(f -> assertThat(f.message()).isEqualTo(
                        "Completed withdrawal management on 2026-01-31; today 2026-02-02 is day 3 of the P1M high-risk"
                                + " window ending 2026-02-27 (layer us-federal-medication): tolerance is likely lower;"
                                + " offer naloxone"));
    }

    @Test
    void leavingMedicationTreatment_promptsForOneMonth() {
        MedicationRecord r = lost(ToleranceLossKind.LEFT_MOUD, "2026-04-10");
        assertThat(review(r, "2026-04-10T09:00").findings(NALOXONE)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.path()).isEqualTo("medication.toleranceLossEvents[0].date");
            assertThat(f.message()).isEqualTo("Left medication treatment for OUD on 2026-04-10; today 2026-04-10 is day 1"
                    + " of the P1M high-risk window ending 2026-05-09 (layer us-federal-medication): tolerance is"
                    + " likely lower; offer naloxone");
        });
        assertThat(review(r, "2026-05-09T09:00").findings(NALOXONE)).singleElement();
        assertThat(review(r, "2026-05-10T09:00").findings(NALOXONE)).isEmpty();
    }

    @Test
    void missedMethadoneDays_followedByADoseListedFirst_noLongerPrompt() {
        MedicationRecord.Builder b = MedicationRecord.builder()
                .regimen(Regimen.of(Formulation.METHADONE_ORAL_LIQUID, RegimenPhase.MAINTENANCE, date("2026-01-05")))
                .dose(DoseEvent.administered(Formulation.METHADONE_ORAL_LIQUID, Dose.ofMilligrams("40"), at("2026-03-05T09:00")))
                .dose(DoseEvent.administered(Formulation.METHADONE_ORAL_LIQUID, Dose.ofMilligrams("80"), at("2026-03-01T09:00")));
        for (String day : List.of("02", "03", "04")) {
            b.dose(DoseEvent.missed(Formulation.METHADONE_ORAL_LIQUID, Dose.ofMilligrams("80"), at("2026-03-" + day + "T09:00")));
        }
        assertThat(review(b.build(), "2026-03-05T12:00").findings(NALOXONE)).isEmpty();
    }

    @Test
    void fentanyl_aLaterMissedSpecimenOrATestAfterTheAsOfInstant_doesNotHideIt() {
        DrugTest fentanyl = DrugTest.of(Specimen.URINE, at("2026-03-01T09:00"),
                List.of(AnalyteResult.of(Analyte.FENTANYL, Outcome.POSITIVE)));
        DrugTest missed = DrugTest.missed(Specimen.URINE, at("2026-03-03T09:00"));
        DrugTest cleanLater = DrugTest.of(Specimen.URINE, at("2026-03-05T09:00"),
                List.of(AnalyteResult.of(Analyte.FENTANYL, Outcome.NEGATIVE)));
        MedicationRecord r = MedicationRecord.builder().drugTest(fentanyl).drugTest(missed).drugTest(cleanLater).build();
        assertThat(review(r, "2026-03-04T09:00").findings(NALOXONE)).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("medication.drugTests[0]");
            assertThat(f.message()).isEqualTo("The latest valid drug test, collected at 2026-03-01T14:00:00Z, is positive"
                    + " for fentanyl: overdose risk is raised; offer naloxone");
        });
        assertThat(review(r, "2026-03-05T10:00").findings(NALOXONE)).isEmpty();
    }
}
