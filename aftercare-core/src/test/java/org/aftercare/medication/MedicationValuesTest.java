package org.aftercare.medication;

import static org.aftercare.medication.Timelines.at;
import static org.aftercare.medication.Timelines.date;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import java.util.Locale;
import org.aftercare.InvalidValueException;
import org.junit.jupiter.api.Test;

class MedicationValuesTest {

    @Test
    void dose_isExact_andPrintsWithoutTheDefaultLocale() {
        assertThat(Locale.getDefault().getLanguage()).as("surefire runs under hi_IN").isEqualTo("hi");
        assertThat(Dose.ofMilligrams("0.5")).hasToString("0.5 mg");
        assertThat(Dose.ofMilligrams("30.00")).hasToString("30 mg");
        assertThat(Dose.ofMilligrams("0.1").plus(Dose.ofMilligrams("0.2")).milligrams()).isEqualByComparingTo("0.3");
        assertThat(Dose.of(new BigDecimal("35"), DoseUnit.MICROGRAM).milligrams()).isEqualByComparingTo("0.035");
        assertThat(Dose.ofMilligrams("40").isGreaterThan(Dose.of(new BigDecimal("39999"), DoseUnit.MICROGRAM))).isTrue();
        assertThatThrownBy(() -> Dose.ofMilligrams("thirty")).isInstanceOf(InvalidValueException.class)
                .hasMessage("dose.amount must be a decimal number such as 30 or 0.5: \"thirty\"");
        assertThatThrownBy(() -> Dose.ofMilligrams("0")).hasMessage("dose.amount must be positive: 0");
        assertThatThrownBy(() -> Dose.of(null, DoseUnit.MILLIGRAM)).isInstanceOf(NullPointerException.class)
                .hasMessage("dose.amount");
    }

    @Test
    void dose_equality() {
        new EqualsTester()
                .addEqualityGroup(Dose.ofMilligrams("30"), Dose.ofMilligrams(new BigDecimal("30")))
                .addEqualityGroup(Dose.ofMilligrams("30.0"))
                .addEqualityGroup(Dose.of(new BigDecimal("30"), DoseUnit.MICROGRAM))
                .testEquals();
    }

    @Test
    void cows_needsAllElevenItems_andCountsObjectiveSigns() {
        CowsAssessment a = CowsAssessment.of(at("2026-03-02T08:00"), 4, 4, 5, 5, 4, 4, 5, 4, 4, 4, 5);
        assertThat(a.total()).isEqualTo(48);
        assertThat(a.objectiveSignCount()).isEqualTo(8);
        assertThatThrownBy(() -> CowsAssessment.of(at("2026-03-02T08:00"), 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0))
                .hasMessage("cows.scores.restlessness must be one of [0, 1, 3, 5]: 2");
        assertThatThrownBy(() -> CowsAssessment.of(at("2026-03-02T08:00"), 0, 0, 0))
                .hasMessage("cows.scores must have 11 item scores: 3");
        assertThat(CowsItem.GOOSEFLESH.allowedScores()).containsExactly(0, 3, 5);
    }

    @Test
    void record_rejectsADoseForAMedicationWithoutARegimen_andKeepsDetailsOutOfToString() {
        assertThatThrownBy(() -> MedicationRecord.builder()
                .regimen(Regimen.of(Formulation.METHADONE_ORAL_LIQUID, RegimenPhase.MAINTENANCE, date("2026-01-05")))
                .dose(DoseEvent.administered(Formulation.BUPRENORPHINE_SUBLINGUAL, Dose.ofMilligrams("4"), at("2026-01-06T09:00")))
                .build())
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("medication.doses[0].formulation must belong to a medication with a regimen in the record:"
                        + " BUPRENORPHINE_SUBLINGUAL");
        MedicationRecord r = MedicationRecord.builder()
                .regimen(Regimen.of(Formulation.METHADONE_ORAL_LIQUID, RegimenPhase.MAINTENANCE, date("2026-01-05")))
                .build();
        assertThat(r.toString()).isEqualTo("MedicationRecord[regimens=1, doses=0, exposures=0, cows=0, drugTests=0,"
                + " takeHomeRequests=0]");
        assertThat(r.toBuilder().build()).isEqualTo(r).hasSameHashCodeAs(r);
    }

    @Test
    void takeHomeDispensing_mayNotHaveMoreClosureDaysThanDays() {
        assertThatThrownBy(() -> DoseEvent.takeHome(Formulation.METHADONE_ORAL_LIQUID, Dose.ofMilligrams("60"),
                at("2026-01-10T09:00"), 2, 3)).hasMessage("doseEvent.closureDays must be between 0 and 2: 3");
    }

    @Test
    void missedDoseStep_limits() {
        MissedDoseStep lower = new MissedDoseStep(4, MissedDoseAction.REDUCE, new BigDecimal("0.5"), Dose.ofMilligrams("40"), false);
        MissedDoseStep higher = new MissedDoseStep(4, MissedDoseAction.REDUCE, new BigDecimal("0.5"), Dose.ofMilligrams("30"), true);
        assertThat(lower.limitFor(Dose.ofMilligrams("120"))).contains(Dose.ofMilligrams("40"));
        assertThat(lower.limitFor(Dose.ofMilligrams("60")).orElseThrow().milligrams()).isEqualByComparingTo("30");
        assertThat(higher.limitFor(Dose.ofMilligrams("40"))).contains(Dose.ofMilligrams("30"));
        assertThatThrownBy(() -> new MissedDoseStep(3, MissedDoseAction.REDUCE, null, null, false))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new MissedDoseStep(3, MissedDoseAction.REDUCE, new BigDecimal("1.5"), null, false))
                .hasMessage("missedDoseStep.fractionOfLastDose must be in (0, 1]: 1.5");
    }
}
