package org.aftercare.medication;

import static org.aftercare.medication.Timelines.CLINIC;
import static org.aftercare.medication.Timelines.at;
import static org.aftercare.medication.Timelines.date;
import static org.assertj.core.api.Assertions.assertThat;

import org.aftercare.Answer;
import org.junit.jupiter.api.Test;

/** The record's value contract and its first-dose lookup. */
class MedicationRecordTest {
    private static final Regimen METHADONE = Regimen.of(Formulation.METHADONE_ORAL_LIQUID, RegimenPhase.INDUCTION,
            date("2026-03-02"));

    private static DoseEvent methadone(String mg, String local) {
        return DoseEvent.administered(Formulation.METHADONE_ORAL_LIQUID, Dose.ofMilligrams(mg), at(local));
    }

    @Test
    void recordsWithTheSameContent_areEqual_andHashAlike() {
        MedicationRecord a = MedicationRecord.builder().regimen(METHADONE).dose(methadone("30", "2026-03-02T08:00")).build();
        MedicationRecord b = MedicationRecord.builder().regimen(METHADONE).dose(methadone("30", "2026-03-02T08:00")).build();
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a.toBuilder().build()).isEqualTo(a);
    }

    @Test
    void recordsThatDifferInOneList_orInTheJustification_areNotEqual() {
        MedicationRecord a = MedicationRecord.builder().regimen(METHADONE).dose(methadone("30", "2026-03-02T08:00")).build();
        assertThat(a).isNotEqualTo(a.toBuilder().dose(methadone("10", "2026-03-02T12:00")).build())
                .isNotEqualTo(MedicationRecord.builder().regimen(METHADONE).dose(methadone("40", "2026-03-02T08:00")).build())
                .isNotEqualTo(a.toBuilder().firstDayDoseJustification(Answer.YES).build())
                .isNotEqualTo(MedicationRecord.builder().build())
                .isNotEqualTo("MedicationRecord");
        assertThat(a.hashCode()).isNotEqualTo(MedicationRecord.builder().build().hashCode());
    }

    @Test
    void firstAdministered_isTheEarliestDoseOfTheMedicationWhileTheRegimenIsActive_inAnyListOrder() {
        MedicationRecord r = MedicationRecord.builder()
                .regimen(METHADONE)
                .regimen(Regimen.of(Formulation.BUPRENORPHINE_SUBLINGUAL, RegimenPhase.MAINTENANCE, date("2026-02-01")))
                .dose(methadone("30", "2026-03-01T08:00"))      // before the regimen started
                .dose(DoseEvent.administered(Formulation.BUPRENORPHINE_SUBLINGUAL, Dose.ofMilligrams("4"),
                        at("2026-03-02T06:00")))                 // another medication
                .dose(DoseEvent.missed(Formulation.METHADONE_ORAL_LIQUID, Dose.ofMilligrams("30"),
                        at("2026-03-02T07:00")))                 // not administered
                .dose(methadone("10", "2026-03-02T12:00"))
                .dose(methadone("30", "2026-03-02T08:00"))      // the first, listed after a later one
                .dose(methadone("20", "2026-03-02T09:00"))
                .build();
        assertThat(r.firstAdministered(METHADONE, CLINIC)).contains(4);
        assertThat(MedicationRecord.builder().regimen(METHADONE).dose(methadone("30", "2026-03-01T08:00")).build()
                .firstAdministered(METHADONE, CLINIC)).isEmpty();
    }
}
