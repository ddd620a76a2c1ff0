package org.aftercare.medication;

import static org.aftercare.medication.Timelines.at;
import static org.aftercare.medication.Timelines.date;
import static org.aftercare.medication.Timelines.review;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.aftercare.InvalidValueException;
import org.junit.jupiter.api.Test;

/**
 * Missed methadone doses at their edges: the protocol row's fraction bounds and text, a restart listed before the
 * doses it follows, and the last dose of a day with two doses.
 */
class MissedDoseEdgesTest {
    private static final String RESTART = "medication.methadone.restart-dose-above-limit";

    @Test
    void fraction_isInTheHalfOpenRangeZeroExcludedOneIncluded() {
        for (String bad : new String[] {"0", "-0.5", "1.01"}) {
            assertThatThrownBy(() -> new MissedDoseStep(3, MissedDoseAction.REDUCE, new BigDecimal(bad), null, false))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessage("missedDoseStep.fractionOfLastDose must be in (0, 1]: " + bad);
        }
        MissedDoseStep whole = new MissedDoseStep(3, MissedDoseAction.REDUCE, BigDecimal.ONE, null, false);
        assertThat(whole.limitFor(Dose.ofMilligrams("80")).orElseThrow()).hasToString("80 mg");
        MissedDoseStep tiny = new MissedDoseStep(3, MissedDoseAction.REDUCE, new BigDecimal("0.01"), null, false);
        assertThat(tiny.limitFor(Dose.ofMilligrams("80")).orElseThrow()).hasToString("0.8 mg");
    }

    @Test
    void protocol_rowsStartOnStrictlyAscendingDayCounts() {
        MissedDoseStep three = new MissedDoseStep(3, MissedDoseAction.REASSESS, null, null, false);
        MissedDoseStep five = new MissedDoseStep(5, MissedDoseAction.REINDUCE, null, null, false);
        assertThat(MissedDoseProtocol.of(three, five).stepFor(4)).contains(three);
        assertThatThrownBy(() -> MissedDoseProtocol.of(three, three)).isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("missedDoseProtocol.steps must start on strictly ascending day counts: ");
        assertThatThrownBy(() -> MissedDoseProtocol.of(five, three)).isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("missedDoseProtocol.steps must start on strictly ascending day counts: ");
    }

    @Test
    void toString_namesTheRowsRule() {
        assertThat(new MissedDoseStep(3, MissedDoseAction.REASSESS, null, null, false)).hasToString("3+ missed days: REASSESS");
        assertThat(new MissedDoseStep(5, MissedDoseAction.REINDUCE, null, Dose.ofMilligrams("30"), false))
                .hasToString("5+ missed days: REINDUCE to 30 mg");
        assertThat(new MissedDoseStep(3, MissedDoseAction.REDUCE, new BigDecimal("0.5"), null, false))
                .hasToString("3+ missed days: REDUCE to 0.5 of the last dose");
        assertThat(new MissedDoseStep(4, MissedDoseAction.REDUCE, new BigDecimal("0.5"), Dose.ofMilligrams("40"), false))
                .hasToString("4+ missed days: REDUCE to the lower of 0.5 of the last dose and 40 mg");
        assertThat(new MissedDoseStep(4, MissedDoseAction.REDUCE, new BigDecimal("0.5"), Dose.ofMilligrams("30"), true))
                .hasToString("4+ missed days: REDUCE to the higher of 0.5 of the last dose and 30 mg");
    }

    private static DoseEvent methadone(String mg, String local) {
        return DoseEvent.administered(Formulation.METHADONE_ORAL_LIQUID, Dose.ofMilligrams(mg), at(local));
    }

    private static DoseEvent missed(String local) {
        return DoseEvent.missed(Formulation.METHADONE_ORAL_LIQUID, Dose.ofMilligrams("80"), at(local));
    }

    private static MedicationRecord.Builder onMethadone() {
        return MedicationRecord.builder()
                .regimen(Regimen.of(Formulation.METHADONE_ORAL_LIQUID, RegimenPhase.MAINTENANCE, date("2026-01-05")));
    }

    @Test
    void aRestartListedFirst_isStillTheRestart_andALaterDoseIsNot() {
        MedicationRecord r = onMethadone()
                .dose(methadone("45", "2026-03-05T09:00"))
                .dose(methadone("80", "2026-03-01T09:00"))
                .dose(missed("2026-03-02T09:00")).dose(missed("2026-03-03T09:00")).dose(missed("2026-03-04T09:00"))
                .dose(methadone("80", "2026-03-06T09:00"))
                .build();
        assertThat(review(r, "2026-03-06T12:00").findings(RESTART)).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("medication.doses[0].dose");
            assertThat(f.message()).isEqualTo("After 3 consecutive missed methadone days (2026-03-02 to 2026-03-04), the"
                    + " restart dose of 45 mg on 2026-03-05 is above the 40 mg limit (3+ missed days: REDUCE to 0.5 of"
                    + " the last dose; last dose 80 mg, layer us-federal-medication)");
        });
    }

    @Test
    void theLastDoseBeforeTheRun_isTheLaterOfTwoOnItsDay() {
        MedicationRecord r = onMethadone()
                .dose(methadone("80", "2026-03-01T08:00"))
                .dose(methadone("60", "2026-03-01T18:00"))
                .dose(missed("2026-03-02T09:00")).dose(missed("2026-03-03T09:00")).dose(missed("2026-03-04T09:00"))
                .dose(methadone("35", "2026-03-05T09:00"))
                .build();
        assertThat(review(r, "2026-03-05T12:00").findings(RESTART)).singleElement().satisfies(f -> assertThat(f.message())
                .contains("the restart dose of 35 mg on 2026-03-05 is above the 30 mg limit")
                .contains("last dose 60 mg"));
    }
}
