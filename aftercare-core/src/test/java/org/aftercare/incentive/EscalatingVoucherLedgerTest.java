package org.aftercare.incentive;

import static org.aftercare.incentive.TestPrograms.cocaineNegative;
import static org.aftercare.incentive.TestPrograms.cocainePositive;
import static org.aftercare.incentive.TestPrograms.dilute;
import static org.aftercare.incentive.TestPrograms.methadoneOnly;
import static org.aftercare.incentive.TestPrograms.missed;
import static org.aftercare.incentive.TestPrograms.mwf;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.aftercare.OudMedication;
import org.aftercare.care.CareSetting;
import org.aftercare.screening.Analyte;
import org.aftercare.screening.AnalyteResult;
import org.aftercare.screening.DrugTest;
import org.aftercare.screening.Outcome;
import org.aftercare.screening.Specimen;
import org.junit.jupiter.api.Test;

class EscalatingVoucherLedgerTest {

    /**
     * CRA + Vouchers ($2.50, +$1.25, $10 per 3, recovery after 5), no caps. Hand-computed:
     * <pre>
     *  #  date        event        outcome        step  earned         total
     *  0  2026-01-05  neg          SUCCESS        0     2.50            2.50
     *  1  01-07       neg          SUCCESS        1     3.75            6.25
     *  2  01-09       neg          SUCCESS        2     5.00 + 10.00   21.25
     *  3  01-12       neg          SUCCESS        3     6.25           27.50
     *  4  01-14       neg          SUCCESS        4     7.50           35.00
     *  5  01-16       neg          SUCCESS        5     8.75 + 10.00   53.75
     *  6  01-19       neg          SUCCESS        6    10.00           63.75
     *  7  01-21       pos          FAILURE reset                       63.75   (step 7 remembered)
     *  8  01-23       neg          SUCCESS        0     2.50           66.25
     *  9  01-26       neg          SUCCESS        1     3.75           70.00
     * 10  01-28       neg          SUCCESS        2     5.00 + 10.00   85.00
     * 11  01-30       neg          SUCCESS        3     6.25           91.25
     * 12  02-02       neg          SUCCESS        4     7.50           98.75   RECOVERED (5th in a row)
     * 13  02-04       neg          SUCCESS        7    11.25 + 10.00  120.00   (6th in a row: bonus)
     * 14  02-06       excused      EXCUSED                            120.00
     * 15  02-09       neg          SUCCESS        8    12.50          132.50
     * 16  02-11       methadone+   SUCCESS        9    13.75          146.25
     * 17  02-13       dilute       NOT_ASSESSED                       146.25
     * 18  02-16       neg          SUCCESS       10    15.00 + 10.00  171.25   (9th in a row)
     * 19  02-18       missed       FAILURE reset                      171.25
     * 20  02-20       neg          SUCCESS        0     2.50          173.75
     * </pre>
     */
    static List<IncentiveEvent> craEvents() {
        List<IncentiveEvent> events = new ArrayList<>();
        for (int i = 0; i <= 6; i++) {
            events.add(cocaineNegative(mwf(i)));
        }
        events.add(cocainePositive(mwf(7)));
        for (int i = 8; i <= 13; i++) {
            events.add(cocaineNegative(mwf(i)));
        }
        events.add(new IncentiveEvent.ExcusedAbsence(mwf(14)));
        events.add(cocaineNegative(mwf(15)));
        events.add(methadoneOnly(mwf(16)));
        events.add(dilute(mwf(17)));
        events.add(cocaineNegative(mwf(18)));
        events.add(missed(mwf(19)));
        events.add(cocaineNegative(mwf(20)));
        return events;
    }

    @Test
    void craLedger_resetRecoveryBonusExcusedDiluteAndMissed_matchesHandComputation() {
        IncentiveLedger ledger = IncentiveLedger.compute(TestPrograms.cra(TestPrograms.noCaps()), craEvents(), 1L);

        List<LedgerEntry> e = ledger.entries();
        assertThat(e).hasSize(21);
        assertThat(e).extracting(LedgerEntry::earned).extracting(Money::toString).containsExactly(
                "2.50", "3.75", "15.00", "6.25", "7.50", "18.75", "10.00", "0.00",
                "2.50", "3.75", "15.00", "6.25", "7.50", "21.25", "0.00", "12.50", "13.75", "0.00", "25.00",
                "0.00", "2.50");
        assertThat(e).extracting(LedgerEntry::runningTotal).extracting(Money::toString).containsExactly(
                "2.50", "6.25", "21.25", "27.50", "35.00", "53.75", "63.75", "63.75",
                "66.25", "70.00", "85.00", "91.25", "98.75", "120.00", "120.00", "132.50", "146.25", "146.25",
                "171.25", "171.25", "173.75");
        assertThat(e).extracting(LedgerEntry::outcome).containsExactly(
                EntryOutcome.SUCCESS, EntryOutcome.SUCCESS, EntryOutcome.SUCCESS, EntryOutcome.SUCCESS,
                EntryOutcome.SUCCESS, EntryOutcome.SUCCESS, EntryOutcome.SUCCESS, EntryOutcome.FAILURE,
                EntryOutcome.SUCCESS, EntryOutcome.SUCCESS, EntryOutcome.SUCCESS, EntryOutcome.SUCCESS,
                EntryOutcome.SUCCESS, EntryOutcome.SUCCESS, EntryOutcome.EXCUSED, EntryOutcome.SUCCESS,
                EntryOutcome.SUCCESS, EntryOutcome.NOT_ASSESSED, EntryOutcome.SUCCESS, EntryOutcome.FAILURE,
                EntryOutcome.SUCCESS);
        assertThat(e.get(13).escalationStep()).isEqualTo(OptionalInt.of(7));
        assertThat(e.get(13).baseValue()).isEqualTo(Money.of("11.25"));
        assertThat(e.get(13).bonus()).isEqualTo(Money.of("10.00"));
        assertThat(e.get(12).recovered()).isTrue();
        assertThat(e.stream().filter(LedgerEntry::recovered)).hasSize(1);
        assertThat(e.get(7).reset()).isTrue();
        assertThat(e.get(19).reset()).isTrue();
        assertThat(e.get(19).reason()).contains("missed specimen counts as positive");
        assertThat(e.get(17).reason()).contains("dilute specimen is neither a success nor a failure");
        assertThat(e.get(18).consecutiveSuccesses()).isEqualTo(9);
        assertThat(ledger.total()).isEqualTo(Money.of("173.75"));
        assertThat(ledger.totalWithheld()).isEqualTo(Money.ZERO);
    }

    @Test
    void earnedValueIsNeverTakenBack_runningTotalNeverDecreases() {
        IncentiveLedger ledger = IncentiveLedger.compute(TestPrograms.cra(TestPrograms.noCaps()), craEvents(), 1L);
        Money previous = Money.ZERO;
        for (LedgerEntry entry : ledger.entries()) {
            assertThat(entry.runningTotal()).isGreaterThanOrEqualTo(previous);
            previous = entry.runningTotal();
        }
    }

    @Test
    void secondFailureBeforeRecovery_keepsTheHigherRememberedStep() {
        // steps 0..5 (6 successes), fail (remember 6), 2 successes, fail (remember max(6,2)=6), 5 successes, then step 6
        List<IncentiveEvent> events = new ArrayList<>();
        int n = 0;
        for (int i = 0; i < 6; i++) {
            events.add(cocaineNegative(mwf(n++)));
        }
        events.add(cocainePositive(mwf(n++)));
        events.add(cocaineNegative(mwf(n++)));
        events.add(cocaineNegative(mwf(n++)));
        events.add(cocainePositive(mwf(n++)));
        for (int i = 0; i < 6; i++) {
            events.add(cocaineNegative(mwf(n++)));
        }
        IncentiveLedger ledger = IncentiveLedger.compute(TestPrograms.cra(TestPrograms.noCaps()), events, 1L);
        LedgerEntry last = ledger.entries().get(ledger.entries().size() - 1);
        assertThat(last.escalationStep()).isEqualTo(OptionalInt.of(6));
        assertThat(last.baseValue()).isEqualTo(Money.of("10.00"));
        assertThat(ledger.entries().get(ledger.entries().size() - 2).recovered()).isTrue();
    }

    @Test
    void withoutRecoveryRule_resetIsFinal() {
        IncentiveProgram hopkins = TestPrograms.program(IncentivePresets.hopkinsVouchersSilverman1996(),
                TestPrograms.noCaps()).build();
        List<IncentiveEvent> events = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            events.add(cocaineNegative(mwf(i)));
        }
        events.add(cocainePositive(mwf(4)));
        for (int i = 5; i < 12; i++) {
            events.add(cocaineNegative(mwf(i)));
        }
        IncentiveLedger ledger = IncentiveLedger.compute(hopkins, events, 1L);
        // after the reset: steps 0..6 = 2.50, 4.00, 5.50(+10), 7.00, 8.50, 10.00(+10), 11.50; never restored
        assertThat(ledger.entries().subList(5, 12)).extracting(LedgerEntry::earned).extracting(Money::toString)
                .containsExactly("2.50", "4.00", "15.50", "7.00", "8.50", "20.00", "11.50");
        assertThat(ledger.entries()).noneMatch(LedgerEntry::recovered);
    }

    @Test
    void prescribedMoudMarkers_areExcludedFromAnOpioidAbstinenceTarget() {
        IncentiveProgram base = IncentiveProgram.builder().name("opioid-and-cocaine-vouchers")
                .schedule(EscalatingVoucherSchedule.builder(Money.of("2.50"), Money.of("1.50")).build())
                .phases(List.of(ProgramPhase.incentivized("weeks 1-12", 12, 3)))
                .target(IncentiveTarget.Abstinence.from(Analyte.COCAINE, Analyte.OPIATES, Analyte.METHADONE,
                        Analyte.EDDP))
                .failurePolicy(FailurePolicy.of(ExcusedAbsenceHandling.NEUTRAL, TestPrograms.TEST_SOURCE))
                .funding(TestPrograms.noCaps()).instrument(IncentiveInstrument.VOUCHER).setting(CareSetting.OUTPATIENT)
                .startDate(TestPrograms.START).zone(TestPrograms.ZONE)
                .parameterSources(java.util.Map.of("schedule", TestPrograms.TEST_SOURCE)).build();
        IncentiveEvent onMethadone = new IncentiveEvent.SampleResult(DrugTest.of(Specimen.URINE,
                TestPrograms.at(mwf(0)), List.of(AnalyteResult.of(Analyte.COCAINE, Outcome.NEGATIVE),
                        AnalyteResult.of(Analyte.OPIATES, Outcome.NEGATIVE),
                        AnalyteResult.of(Analyte.METHADONE, Outcome.POSITIVE),
                        AnalyteResult.of(Analyte.EDDP, Outcome.POSITIVE))));

        LedgerEntry notPrescribed = IncentiveLedger.compute(base, List.of(onMethadone), 1L).entries().get(0);
        LedgerEntry prescribed = IncentiveLedger.compute(base.withPrescribedMoud(Set.of(OudMedication.METHADONE)),
                List.of(onMethadone), 1L).entries().get(0);

        assertThat(notPrescribed.outcome()).isEqualTo(EntryOutcome.FAILURE);
        assertThat(notPrescribed.reason()).isEqualTo("positive for methadone, eddp");
        assertThat(prescribed.outcome()).isEqualTo(EntryOutcome.SUCCESS);
        assertThat(prescribed.earned()).isEqualTo(Money.of("2.50"));
        assertThat(prescribed.reason()).isEqualTo("negative for opiates, cocaine; methadone, eddp positive: "
                + "markers of prescribed MOUD, excluded from the target");
    }

    @Test
    void targetAnalyteNotReported_isNotAssessed_andNeitherPaysNorResets() {
        IncentiveProgram cra = TestPrograms.cra(TestPrograms.noCaps());
        IncentiveEvent noCocaineResult = TestPrograms.negative(mwf(1), Analyte.AMPHETAMINE);
        IncentiveLedger ledger = IncentiveLedger.compute(cra,
                List.of(cocaineNegative(mwf(0)), noCocaineResult, cocaineNegative(mwf(2))), 1L);
        assertThat(ledger.entries().get(1).outcome()).isEqualTo(EntryOutcome.NOT_ASSESSED);
        assertThat(ledger.entries().get(1).reason()).isEqualTo("no valid result for cocaine");
        assertThat(ledger.entries().get(2).earned()).isEqualTo(Money.of("3.75"));
    }

    @Test
    void severalTargetAnalytes_positiveOnesFail_elseThoseWithoutANegativeResultAreNamed() {
        IncentiveProgram stimulants = IncentiveProgram.builder().name("stimulant-vouchers")
                .schedule(EscalatingVoucherSchedule.builder(Money.of("2.50"), Money.of("1.50")).build())
                .phases(List.of(ProgramPhase.incentivized("weeks 1-12", 12, 3)))
                .target(IncentiveTarget.Abstinence.from(Analyte.COCAINE, Analyte.AMPHETAMINE, Analyte.METHAMPHETAMINE))
                .failurePolicy(FailurePolicy.of(ExcusedAbsenceHandling.NEUTRAL, TestPrograms.TEST_SOURCE))
                .funding(TestPrograms.noCaps()).instrument(IncentiveInstrument.VOUCHER).setting(CareSetting.OUTPATIENT)
                .startDate(TestPrograms.START).zone(TestPrograms.ZONE)
                .parameterSources(java.util.Map.of("schedule", TestPrograms.TEST_SOURCE)).build();
        IncentiveEvent onePositiveOneMissing = new IncentiveEvent.SampleResult(DrugTest.of(Specimen.URINE,
                TestPrograms.at(mwf(0)), List.of(AnalyteResult.of(Analyte.COCAINE, Outcome.NEGATIVE),
                        AnalyteResult.of(Analyte.METHAMPHETAMINE, Outcome.POSITIVE))));
        IncentiveEvent twoPositive = TestPrograms.sample(mwf(1), Outcome.POSITIVE, Analyte.AMPHETAMINE,
                Analyte.METHAMPHETAMINE, Analyte.COCAINE);
        IncentiveEvent twoMissing = TestPrograms.negative(mwf(2), Analyte.AMPHETAMINE);
        IncentiveEvent noneReported = TestPrograms.negative(mwf(3), Analyte.OPIATES);
        IncentiveEvent oneInconclusive = new IncentiveEvent.SampleResult(DrugTest.of(Specimen.URINE,
                TestPrograms.at(mwf(4)), List.of(AnalyteResult.of(Analyte.COCAINE, Outcome.NEGATIVE),
                        AnalyteResult.of(Analyte.AMPHETAMINE, Outcome.NEGATIVE),
                        AnalyteResult.of(Analyte.METHAMPHETAMINE, Outcome.INVALID))));
        IncentiveEvent allNegative = TestPrograms.negative(mwf(5), Analyte.METHAMPHETAMINE, Analyte.AMPHETAMINE,
                Analyte.COCAINE);
        List<LedgerEntry> e = IncentiveLedger.compute(stimulants, List.of(onePositiveOneMissing, twoPositive,
                twoMissing, noneReported, oneInconclusive, allNegative), 1L).entries();
        assertThat(e).extracting(LedgerEntry::outcome).containsExactly(EntryOutcome.FAILURE, EntryOutcome.FAILURE,
                EntryOutcome.NOT_ASSESSED, EntryOutcome.NOT_ASSESSED, EntryOutcome.NOT_ASSESSED, EntryOutcome.SUCCESS);
        assertThat(e).extracting(LedgerEntry::reason).containsExactly("positive for methamphetamine",
                "positive for cocaine, amphetamine, methamphetamine", "no valid result for cocaine, methamphetamine",
                "no valid result for cocaine, amphetamine, methamphetamine", "no valid result for methamphetamine",
                "negative for cocaine, amphetamine, methamphetamine");
    }

    @Test
    void excusedAbsenceCountingAsFailure_resets() {
        IncentiveProgram strict = TestPrograms.program(IncentivePresets.craVouchersHiggins1994(), TestPrograms.noCaps())
                .failurePolicy(FailurePolicy.of(ExcusedAbsenceHandling.FAILURE, TestPrograms.TEST_SOURCE,
                        org.aftercare.screening.SpecimenStatus.MISSED))
                .build();
        IncentiveLedger ledger = IncentiveLedger.compute(strict, List.of(cocaineNegative(mwf(0)), cocaineNegative(mwf(1)),
                new IncentiveEvent.ExcusedAbsence(mwf(2)), cocaineNegative(mwf(3))), 1L);
        assertThat(ledger.entries().get(2).outcome()).isEqualTo(EntryOutcome.FAILURE);
        assertThat(ledger.entries().get(2).reset()).isTrue();
        assertThat(ledger.entries().get(3).earned()).isEqualTo(Money.of("2.50"));
    }

    @Test
    void eventsOutsideTheIncentivizedPhases_earnNothing() {
        IncentiveProgram cra = TestPrograms.cra(TestPrograms.noCaps());
        IncentiveLedger ledger = IncentiveLedger.compute(cra, List.of(cocaineNegative(TestPrograms.START.minusDays(1)),
                cocaineNegative(TestPrograms.START.plusWeeks(12)), cocaineNegative(TestPrograms.START.plusWeeks(24))), 1L);
        assertThat(ledger.entries()).extracting(LedgerEntry::outcome).containsOnly(EntryOutcome.OUTSIDE_INCENTIVE_PERIOD);
        assertThat(ledger.entries().get(0).reason()).isEqualTo("2026-01-04 is before the programme start 2026-01-05");
        assertThat(ledger.entries().get(1).reason())
                .isEqualTo("phase 'weeks 13-24, lottery tickets not modelled' pays no incentives");
        assertThat(ledger.entries().get(2).reason()).isEqualTo("2026-06-22 is on or after the programme end 2026-06-22");
        assertThat(ledger.total()).isEqualTo(Money.ZERO);
    }

    @Test
    void attendanceTarget_paysForAttendance_andIgnoresSamples() {
        IncentiveProgram attendance = IncentiveProgram.builder().name("attendance-vouchers")
                .schedule(EscalatingVoucherSchedule.builder(Money.of("5.00"), Money.of("1.00"))
                        .perSampleMaximum(Money.of("6.00")).build())
                .phases(List.of(ProgramPhase.incentivized("weeks 1-12", 12, 1)))
                .target(IncentiveTarget.attendance())
                .failurePolicy(FailurePolicy.of(ExcusedAbsenceHandling.NEUTRAL, TestPrograms.TEST_SOURCE))
                .funding(TestPrograms.noCaps()).instrument(IncentiveInstrument.GIFT_CARD).setting(CareSetting.OUTPATIENT)
                .startDate(TestPrograms.START).zone(TestPrograms.ZONE)
                .parameterSources(java.util.Map.of("schedule", TestPrograms.TEST_SOURCE)).build();
        IncentiveLedger ledger = IncentiveLedger.compute(attendance, List.of(
                new IncentiveEvent.Attendance(TestPrograms.START, true),
                new IncentiveEvent.Attendance(TestPrograms.START.plusWeeks(1), true),
                cocainePositive(TestPrograms.START.plusWeeks(1).plusDays(1)),
                new IncentiveEvent.Attendance(TestPrograms.START.plusWeeks(2), true),
                new IncentiveEvent.Attendance(TestPrograms.START.plusWeeks(3), false),
                new IncentiveEvent.Attendance(TestPrograms.START.plusWeeks(4), true)), 1L);
        assertThat(ledger.entries()).extracting(LedgerEntry::earned).extracting(Money::toString)
                .containsExactly("5.00", "6.00", "0.00", "6.00", "0.00", "5.00");
        assertThat(ledger.entries().get(2).outcome()).isEqualTo(EntryOutcome.NOT_REINFORCED);
    }

    @Test
    void toText_isLocaleIndependent() {
        IncentiveLedger ledger = IncentiveLedger.compute(TestPrograms.cra(TestPrograms.noCaps()), craEvents(), 1L);
        String text = ledger.toText();
        assertThat(text).contains("2026-02-04  w5   SUCCESS                  step 7   earned 21.25 (bonus 10.00)  paid 21.25"
                + "  total 120.00");
        assertThat(text).contains("Total paid $173.75, earned $173.75, withheld $0.00");
        assertThat(text).doesNotContain("\u0966"); // no Devanagari digits under hi_IN
    }
}
