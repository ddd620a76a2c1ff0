package org.aftercare.medication;

import static org.aftercare.medication.Timelines.at;
import static org.aftercare.medication.Timelines.cowsEightTwoObjective;
import static org.aftercare.medication.Timelines.date;
import static org.aftercare.medication.Timelines.review;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The methadone day level a buprenorphine switch is judged by: doses of one day add up, and a take-home supply sets
 * the level of each day it covers, and of no day after.
 */
class MethadoneSwitchEdgesTest {
    private static final String SWITCH = "medication.buprenorphine.switch-from-high-methadone-dose";

    /** A methadone taper until 2026-03-02, then buprenorphine first given on 2026-03-02 at 10:00. */
    private static MedicationRecord.Builder switchOn0302() {
        return MedicationRecord.builder()
                .regimen(Regimen.of(Formulation.METHADONE_ORAL_LIQUID, RegimenPhase.TAPER, date("2026-01-05"))
                        .withEnd(date("2026-03-06")))
                .regimen(Regimen.of(Formulation.BUPRENORPHINE_SUBLINGUAL, RegimenPhase.INDUCTION, date("2026-03-02")))
                .opioidExposure(OpioidExposure.lastUsed(OpioidKind.METHADONE, at("2026-02-28T14:00")))
                .cows(cowsEightTwoObjective(at("2026-03-02T09:30")))
                .dose(DoseEvent.administered(Formulation.BUPRENORPHINE_SUBLINGUAL, Dose.ofMilligrams("2"), at("2026-03-02T10:00")));
    }

    @Test
    void twoDosesOnOneDay_addUp() {
        MedicationRecord split = switchOn0302()
                .dose(DoseEvent.administered(Formulation.METHADONE_ORAL_LIQUID, Dose.ofMilligrams("25"), at("2026-02-28T08:00")))
                .dose(DoseEvent.administered(Formulation.METHADONE_ORAL_LIQUID, Dose.ofMilligrams("20"), at("2026-02-28T14:00")))
                .build();
        assertThat(review(split, "2026-03-02T11:00").findings(SWITCH)).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("medication.doses[2].dose");
            assertThat(f.message()).isEqualTo("First buprenorphine dose at 2026-03-02T10:00-05:00 follows methadone 45"
                    + " mg/day on 2026-02-28, above the 40 mg/day switch threshold (layer us-federal-medication):"
                    + " precipitated withdrawal is more likely; consider tapering first or a low-dose induction");
        });
    }

    @Test
    void aTakeHomeSupply_setsTheLevelOfEachDayItCovers_andNoLater() {
        // dispensed 2026-02-27 for 3 days: it covers 02-27, 02-28 and 03-01
        MedicationRecord takeHome = switchOn0302()
                .dose(DoseEvent.takeHome(Formulation.METHADONE_ORAL_LIQUID, Dose.ofMilligrams("45"), at("2026-02-27T09:00"), 3, 0))
                .build();
        assertThat(review(takeHome, "2026-03-02T11:00").findings(SWITCH)).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("medication.doses[1].dose");
            assertThat(f.message()).contains("follows methadone 45 mg/day on 2026-03-01, above the 40 mg/day");
        });
    }
}
