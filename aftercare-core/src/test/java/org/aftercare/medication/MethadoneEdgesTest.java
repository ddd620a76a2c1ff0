package org.aftercare.medication;

import static org.aftercare.medication.Timelines.at;
import static org.aftercare.medication.Timelines.date;
import static org.aftercare.medication.Timelines.review;
import static org.assertj.core.api.Assertions.assertThat;

import org.aftercare.Evaluation;
import org.junit.jupiter.api.Test;

/**
 * Methadone checks' time edges: the first-day total counts only that day's doses, an ECG counts only from the dose
 * rise to the as-of instant, and an ECG after the as-of instant is not yet the latest.
 */
class MethadoneEdgesTest {
    private static final String ECG_DUE = "medication.methadone.ecg-due";
    private static final String QTC = "medication.methadone.qtc-prolonged";

    private static DoseEvent methadone(String mg, String local) {
        return DoseEvent.administered(Formulation.METHADONE_ORAL_LIQUID, Dose.ofMilligrams(mg), at(local));
    }

    @Test
    void firstDayTotal_leavesOutTheNextDaysDose() {
        MedicationRecord r = MedicationRecord.builder()
                .regimen(Regimen.of(Formulation.METHADONE_ORAL_LIQUID, RegimenPhase.INDUCTION, date("2024-04-02")))
                .dose(methadone("30", "2024-04-02T08:00"))
                .dose(methadone("20", "2024-04-02T12:00"))
                .dose(methadone("40", "2024-04-03T08:00"))
                .build();
        Evaluation e = review(r, "2024-04-03T18:00");
        assertThat(e.findings("medication.methadone.first-day-above-cap")).isEmpty();
        assertThat(e.findings("medication.methadone.first-dose-above-cap")).isEmpty();
    }

    /** 100 mg on 2026-03-01, 110 mg on 2026-03-08 (above the 100 mg/day ECG trigger). */
    private static MedicationRecord.Builder raisedTo110() {
        return MedicationRecord.builder()
                .regimen(Regimen.of(Formulation.METHADONE_ORAL_LIQUID, RegimenPhase.MAINTENANCE, date("2026-01-05")))
                .dose(methadone("100", "2026-03-01T09:00"))
                .dose(methadone("110", "2026-03-08T09:00"));
    }

    @Test
    void ecgDue_anEcgBeforeTheRiseOrAfterTheAsOfInstant_doesNotCount() {
        MedicationRecord before = raisedTo110().ecg(new EcgResult(at("2026-03-07T10:00"), 430)).build();
        assertThat(review(before, "2026-03-10T09:00").findings(ECG_DUE)).singleElement();
        MedicationRecord later = raisedTo110().ecg(new EcgResult(at("2026-03-11T10:00"), 430)).build();
        assertThat(review(later, "2026-03-10T09:00").findings(ECG_DUE)).singleElement();
        MedicationRecord onTheDay = raisedTo110().ecg(new EcgResult(at("2026-03-08T08:00"), 430)).build();
        assertThat(review(onTheDay, "2026-03-10T09:00").findings(ECG_DUE)).isEmpty();
    }

    @Test
    void latestQtc_isTheLatestUpToTheAsOfInstant() {
        MedicationRecord r = raisedTo110()
                .ecg(new EcgResult(at("2026-03-09T10:00"), 520))
                .ecg(new EcgResult(at("2026-03-11T10:00"), 440))
                .build();
        assertThat(review(r, "2026-03-10T09:00").findings(QTC)).singleElement()
                .satisfies(f -> assertThat(f.path()).isEqualTo("medication.ecgResults[0].qtcMilliseconds"));
        assertThat(review(r, "2026-03-11T12:00").findings(QTC)).isEmpty();
    }
}
