package org.aftercare.incentive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.aftercare.care.CareSetting;

class AdherenceTargetTest {

    @Test
    void medicationAdherence_escalatesPerDoseTaken_andResetsOnAMissedDose() {
        IncentiveProgram naltrexone = IncentiveProgram.builder().name("oral-naltrexone-adherence")
                .schedule(EscalatingVoucherSchedule.builder(Money.of("1.00"), Money.of("0.50"))
                        .recovery(RecoveryRule.after(2)).build())
                .phases(List.of(ProgramPhase.incentivized("weeks 1-12", 12, 3)))
                .target(IncentiveTarget.medicationAdherence())
                .failurePolicy(FailurePolicy.of(ExcusedAbsenceHandling.NEUTRAL, TestPrograms.TEST_SOURCE))
                .funding(TestPrograms.noCaps()).instrument(IncentiveInstrument.VOUCHER).setting(CareSetting.OUTPATIENT)
                .startDate(TestPrograms.START).zone(TestPrograms.ZONE)
                .parameterSources(Map.of("schedule", TestPrograms.TEST_SOURCE)).build();
        IncentiveLedger ledger = IncentiveLedger.compute(naltrexone, List.of(
                new IncentiveEvent.MedicationDose(TestPrograms.mwf(0), true),
                new IncentiveEvent.MedicationDose(TestPrograms.mwf(1), true),
                new IncentiveEvent.MedicationDose(TestPrograms.mwf(2), true),
                new IncentiveEvent.MedicationDose(TestPrograms.mwf(3), false),
                new IncentiveEvent.Attendance(TestPrograms.mwf(3), true),
                new IncentiveEvent.MedicationDose(TestPrograms.mwf(4), true),
                new IncentiveEvent.MedicationDose(TestPrograms.mwf(5), true),
                new IncentiveEvent.MedicationDose(TestPrograms.mwf(6), true)), 1L);
        // 1.00, 1.50, 2.00, missed (step 3 remembered); attendance not reinforced; 1.00, 1.50 (recovered), 2.50
        assertThat(ledger.entries()).extracting(LedgerEntry::earned).extracting(Money::toString)
                .containsExactly("1.00", "1.50", "2.00", "0.00", "0.00", "1.00", "1.50", "2.50");
        // same day: events of one date are processed by kind, attendance before doses
        assertThat(ledger.entries().get(3).outcome()).isEqualTo(EntryOutcome.NOT_REINFORCED);
        assertThat(ledger.entries().get(4).reason()).isEqualTo("dose missed, unexcused");
        assertThat(ledger.entries().get(4).reset()).isTrue();
        assertThat(ledger.total()).isEqualTo(Money.of("9.50"));
    }
}
