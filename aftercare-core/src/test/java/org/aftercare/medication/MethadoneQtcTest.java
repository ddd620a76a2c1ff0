package org.aftercare.medication;

import static org.aftercare.medication.Timelines.at;
import static org.aftercare.medication.Timelines.date;
import static org.aftercare.medication.Timelines.review;
import static org.assertj.core.api.Assertions.assertThat;

import org.aftercare.Severity;
import org.junit.jupiter.api.Test;

class MethadoneQtcTest {

    private static MedicationRecord.Builder dosed(String mg) {
        return MedicationRecord.builder()
                .regimen(Regimen.of(Formulation.METHADONE_ORAL_LIQUID, RegimenPhase.MAINTENANCE, date("2026-01-05")))
                .dose(DoseEvent.administered(Formulation.METHADONE_ORAL_LIQUID, Dose.ofMilligrams("100"), at("2026-03-01T09:00")))
                .dose(DoseEvent.administered(Formulation.METHADONE_ORAL_LIQUID, Dose.ofMilligrams(mg), at("2026-03-08T09:00")));
    }

    @Test
    void hundredMilligrams_needsNoEcg_hundredAndTenDoes_untilOneIsRecorded() {
        String code = "medication.methadone.ecg-due";
        assertThat(review(dosed("100").build(), "2026-03-10T09:00").findings(code)).isEmpty();
        assertThat(review(dosed("110").build(), "2026-03-10T09:00").findings(code)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.path()).isEqualTo("medication.doses[1].dose");
            assertThat(f.message()).isEqualTo("Methadone reached 110 mg/day on 2026-03-08, above the 100 mg/day ECG"
                    + " trigger (layer us-federal-medication); no ECG is recorded from then to 2026-03-10");
        });
        assertThat(review(dosed("110").ecg(new EcgResult(at("2026-03-09T10:00"), 430)).build(), "2026-03-10T09:00")
                .findings(code)).isEmpty();
    }

    @Test
    void qtcBands_450And500AreTheEdges() {
        String code = "medication.methadone.qtc-prolonged";
        assertThat(review(dosed("80").ecg(new EcgResult(at("2026-03-09T10:00"), 450)).build(), "2026-03-10T09:00")
                .findings(code)).isEmpty();
        assertThat(review(dosed("80").ecg(new EcgResult(at("2026-03-09T10:00"), 451)).build(), "2026-03-10T09:00")
                .findings(code)).singleElement().satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    assertThat(f.message()).startsWith("QTc 451 ms on 2026-03-09 is above 450 ms and at most 500 ms");
                });
        assertThat(review(dosed("80").ecg(new EcgResult(at("2026-03-09T10:00"), 500)).build(), "2026-03-10T09:00")
                .findings(code)).singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
        assertThat(review(dosed("80").ecg(new EcgResult(at("2026-03-09T10:00"), 501)).build(), "2026-03-10T09:00")
                .findings(code)).singleElement().satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(f.path()).isEqualTo("medication.ecgResults[0].qtcMilliseconds");
                    assertThat(f.citation().document()).startsWith("Krantz MJ");
                });
    }

    @Test
    void onlyTheLatestEcgCounts() {
        MedicationRecord r = dosed("80").ecg(new EcgResult(at("2026-03-02T10:00"), 520))
                .ecg(new EcgResult(at("2026-03-09T10:00"), 440)).build();
        assertThat(review(r, "2026-03-10T09:00").findings("medication.methadone.qtc-prolonged")).isEmpty();
    }
}
