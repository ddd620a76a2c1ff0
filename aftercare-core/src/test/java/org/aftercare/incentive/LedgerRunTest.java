package org.aftercare.incentive;

import static org.aftercare.incentive.TestPrograms.cocaineNegative;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.aftercare.Policy;
import org.aftercare.care.CareSetting;
import org.junit.jupiter.api.Test;

/** What the ledger keeps between events ({@link LedgerRun}) gives the entries the plain arithmetic gives. */
class LedgerRunTest {

    private static IncentiveLedger appendedOneByOne(IncentiveProgram program, List<IncentiveEvent> events) {
        IncentiveLedger ledger = IncentiveLedger.start(program, 1L);
        for (IncentiveEvent event : events) {
            ledger = ledger.append(event);
        }
        return ledger;
    }

    @Test
    void annualCap_remainingIsWorkedOutAgainWhenTheAmountPaidChanges_andTheRepeatedHitSharesItsList() {
        IncentiveProgram program = TestPrograms.cra(FundingPolicies.policy(FundingPolicies.OIG_NOMINAL_VALUE));
        IncentiveLedger ledger = IncentiveLedger.compute(program, EscalatingVoucherLedgerTest.craEvents(), 1L);
        List<LedgerEntry> e = ledger.entries();
        assertThat(e.get(10).capHits()).extracting(CapHit::description)
                .containsExactly("at most $75.00 in calendar year 2026, $70.00 already paid");
        assertThat(e.get(11).paid()).isEqualTo(Money.ZERO);
        assertThat(e.get(11).withheld()).isEqualTo(e.get(11).earned());
        assertThat(e.get(11).capHits()).extracting(CapHit::description)
                .containsExactly("at most $75.00 in calendar year 2026, $75.00 already paid");
        assertThat(e.get(12).capHits()).isSameAs(e.get(11).capHits());
        assertThat(e.get(12).runningTotal()).isSameAs(e.get(11).runningTotal());
        assertThat(appendedOneByOne(program, EscalatingVoucherLedgerTest.craEvents())).isEqualTo(ledger);
    }

    @Test
    void strictPerItemCap_paysOneCentLessForEachItem_andAppendGivesTheSame() {
        IncentiveProgram program = TestPrograms.program(IncentivePresets.craVouchersHiggins1994(),
                FundingPolicies.policy(FundingPolicies.OIG_AO_22_04)).instrument(IncentiveInstrument.RESTRICTED_DEBIT_CARD)
                .build();
        IncentiveLedger ledger = IncentiveLedger.compute(program, EscalatingVoucherLedgerTest.craEvents(), 1L);
        List<LedgerEntry> e = ledger.entries();
        assertThat(e).extracting(LedgerEntry::paid).extracting(Money::toString).startsWith("2.50", "3.75", "9.98",
                "4.99", "4.99", "9.98");
        assertThat(e.get(3).capHits()).extracting(CapHit::description)
                .containsExactly("per item below $5.00: item of $6.25 paid as $4.99");
        assertThat(e.get(5).capHits()).extracting(CapHit::description).containsExactly(
                "per item below $5.00: item of $8.75 paid as $4.99", "per item below $5.00: item of $10.00 paid as $4.99");
        assertThat(appendedOneByOne(program, EscalatingVoucherLedgerTest.craEvents())).isEqualTo(ledger);
    }

    @Test
    void capsNotInForce_theSameKeysShareOneList_untilTheyChange() {
        LocalDate start = LocalDate.of(2024, 12, 2);
        List<IncentiveEvent> events = new ArrayList<>();
        for (int w = 0; w < 6; w++) {
            events.add(cocaineNegative(start.plusWeeks(w)));
        }
        IncentiveProgram program = flat(FundingPolicies.policy(FundingPolicies.SAMHSA_GRANT), start, "20.00");
        IncentiveLedger ledger = IncentiveLedger.compute(program, events, 1L);
        List<LedgerEntry> e = ledger.entries();
        assertThat(e.get(0).capsNotInForce()).containsExactly("incentive.cap.per-item", "incentive.cap.per-month",
                "incentive.cap.per-episode");
        assertThat(e.get(1).capsNotInForce()).isSameAs(e.get(0).capsNotInForce());
        assertThat(e.get(4).capsNotInForce()).isSameAs(e.get(0).capsNotInForce());
        assertThat(e.get(5).capsNotInForce()).isEmpty();
        assertThat(appendedOneByOne(program, events)).isEqualTo(ledger);
    }

    @Test
    void capsNotInForce_anotherSetOfKeys_getsItsOwnList() {
        Policy onlyAnnual = Policy.of("test-only-annual", List.of(org.aftercare.PolicyLayer.builder("test:annual", "annual")
                .set(IncentivePolicyKeys.CAP_ANNUAL, MoneyLimit.atMost(Money.of("30.00")), TestPrograms.TEST_SOURCE,
                        org.aftercare.EffectivePeriod.from(LocalDate.of(2026, 1, 19)))
                .build()));
        List<IncentiveEvent> events = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            events.add(cocaineNegative(TestPrograms.START.plusWeeks(w)));
        }
        IncentiveLedger ledger = IncentiveLedger.compute(flat(onlyAnnual, TestPrograms.START, "20.00"), events, 1L);
        List<LedgerEntry> e = ledger.entries();
        assertThat(e.get(0).capsNotInForce()).containsExactly("incentive.cap.per-item", "incentive.cap.per-month",
                "incentive.cap.annual", "incentive.cap.per-episode");
        assertThat(e.get(1).capsNotInForce()).isSameAs(e.get(0).capsNotInForce());
        assertThat(e.get(2).capsNotInForce()).containsExactly("incentive.cap.per-item", "incentive.cap.per-month",
                "incentive.cap.annual-basis", "incentive.cap.per-episode");
        assertThat(e.get(3).capsNotInForce()).isSameAs(e.get(2).capsNotInForce());
        assertThat(e).extracting(LedgerEntry::paid).extracting(Money::toString)
                .containsExactly("20.00", "20.00", "0.00", "0.00");
        assertThat(e.get(2).capHits()).extracting(CapHit::description)
                .containsExactly("at most $30.00 per year, counted per episode since 2026-01-05, $40.00 already paid");
    }

    @Test
    void monthlyAndCalendarYearWindows_keptWhileTheMonthOrYearLasts_giveWhatAppendingGives() {
        Policy funding = FundingPolicies.policy(FundingPolicies.OIG_AO_22_04).withLayer(org.aftercare.PolicyLayer
                .builder("test:no-item-cap", "per-item off")
                .set(IncentivePolicyKeys.CAP_PER_ITEM, MoneyLimit.NONE, TestPrograms.TEST_SOURCE).build());
        IncentiveProgram program = flat(funding, LocalDate.of(2026, 11, 2), "30.00");
        List<IncentiveEvent> events = new ArrayList<>();
        for (int w = 0; w < 12; w++) {
            for (int d = 0; d < 5; d += 2) {
                events.add(cocaineNegative(LocalDate.of(2026, 11, 2).plusWeeks(w).plusDays(d)));
            }
        }
        IncentiveLedger ledger = IncentiveLedger.compute(program, events, 1L);
        assertThat(appendedOneByOne(program, events)).isEqualTo(ledger);
        List<LedgerEntry> e = ledger.entries();
        assertThat(e).filteredOn(x -> x.capHits().stream().anyMatch(h -> h.key().equals("incentive.cap.per-month")))
                .extracting(x -> x.date().getMonthValue()).contains(11, 12, 1);
        assertThat(e).filteredOn(x -> x.date().getMonthValue() == 11).extracting(LedgerEntry::paid)
                .extracting(Money::toString).containsExactly("30.00", "30.00", "30.00", "30.00", "30.00", "30.00",
                        "20.00", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00");
        // the first entry of December and of January each count a new month: paid in full
        LedgerEntry december = e.stream().filter(x -> x.date().getMonthValue() == 12).findFirst().orElseThrow();
        assertThat(december.paid()).isEqualTo(Money.of("30.00"));
        LedgerEntry january = e.stream().filter(x -> x.date().getYear() == 2027).findFirst().orElseThrow();
        assertThat(january.paid()).isEqualTo(Money.of("30.00"));
        assertThat(january.capHits()).isEmpty();
        assertThat(ledger.total()).isEqualTo(e.get(e.size() - 1).runningTotal());
    }

    @Test
    void stepValues_matchTheSchedule_onEitherSideOfTheSharedTable() {
        EscalatingVoucherSchedule schedule = IncentivePresets.craVouchersHiggins1994().toProgramBuilder()
                .funding(TestPrograms.noCaps()).instrument(IncentiveInstrument.VOUCHER).setting(CareSetting.OUTPATIENT)
                .startDate(TestPrograms.START).zone(TestPrograms.ZONE).build().schedule() instanceof EscalatingVoucherSchedule v
                ? v : null;
        assertThat(schedule).isNotNull();
        StepValues values = new StepValues(schedule);
        Money bonus = schedule.bonus().orElseThrow().amount();
        for (int step : new int[] {0, 1, 62, 63, 64, 65, 130, 64, 0}) {
            assertThat(values.at(step)).as("step %d", step).isEqualTo(schedule.valueAt(step));
            assertThat(values.withBonus(step)).as("step %d", step).isEqualTo(schedule.valueAt(step).plus(bonus));
        }
        assertThat(values.at(63)).isEqualTo(Money.of("81.25"));
        assertThat(values.withBonus(64)).isEqualTo(Money.of("92.50"));
        assertThat(values.at(64)).isSameAs(values.at(64));
    }

    @Test
    void stepValues_equalSchedulesShareTheirValues() {
        EscalatingVoucherSchedule a = EscalatingVoucherSchedule.builder(Money.of("3.00"), Money.of("0.50"))
                .bonus(VoucherBonus.of(Money.of("7.00"), 2)).build();
        EscalatingVoucherSchedule b = EscalatingVoucherSchedule.builder(Money.of("3.00"), Money.of("0.50"))
                .bonus(VoucherBonus.of(Money.of("7.00"), 2)).build();
        assertThat(new StepValues(a).at(5)).isEqualTo(Money.of("5.50")).isSameAs(new StepValues(b).at(5));
        assertThat(new StepValues(a).withBonus(5)).isEqualTo(Money.of("12.50")).isSameAs(new StepValues(b).withBonus(5));
        StepValues own = new StepValues(a);
        assertThat(own.at(70)).isEqualTo(Money.of("38.00")).isSameAs(own.at(70));
        assertThat(own.withBonus(70)).isEqualTo(Money.of("45.00")).isSameAs(own.withBonus(70));
    }

    @Test
    void stepValues_withoutARunBonus_haveNoValueWithBonus() {
        StepValues values = new StepValues(EscalatingVoucherSchedule.builder(Money.of("1.00"), Money.of("1.00")).build());
        assertThat(values.at(3)).isEqualTo(Money.of("4.00"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> values.withBonus(3))
                .isInstanceOf(java.util.NoSuchElementException.class).hasMessage("the schedule has no run bonus");
    }

    @Test
    void scheduleMaximum_isSharedByProgrammesWithTheSameScheduleAndPhases() {
        IncentiveProgram first = TestPrograms.cra(TestPrograms.noCaps());
        IncentiveProgram later = TestPrograms.program(IncentivePresets.craVouchersHiggins1994(), TestPrograms.noCaps())
                .startDate(LocalDate.of(2027, 3, 1)).build();
        assertThat(later.maximum()).isSameAs(first.maximum());
        assertThat(first.maximum()).isEqualTo(ScheduleMaximum.compute(first.schedule(), first.phases()));
        assertThat(first.maximum().maximum()).isEqualTo(Money.of("997.50"));
        assertThat(first.maximum().samples()).isEqualTo(36);
        IncentiveProgram shorter = TestPrograms.program(IncentivePresets.craVouchersHiggins1994(), TestPrograms.noCaps())
                .phases(List.of(ProgramPhase.incentivized("two weeks", 2, 3))).build();
        assertThat(shorter.maximum().samples()).isEqualTo(6);
        assertThat(shorter.maximum().maximum()).isEqualTo(Money.of("53.75"));
        assertThat(shorter.maximum().weeks()).extracting(w -> w.maximum().toString()).containsExactly("21.25", "32.50");
    }

    @Test
    void unverifiedParameters_noneAllOrSome_inTheSourcesOrder() {
        org.aftercare.Citation unverified = org.aftercare.Citation.of("a guess", "", "0.1.0",
                org.aftercare.VerificationStatus.UNVERIFIED);
        org.aftercare.Citation verified = TestPrograms.TEST_SOURCE;
        assertThat(flat(TestPrograms.noCaps(), TestPrograms.START, "1.00").unverifiedParameters()).isEmpty();
        IncentiveProgram all = TestPrograms.program(IncentivePresets.craVouchersHiggins1994(), TestPrograms.noCaps())
                .parameterSources(Map.of("a", unverified)).build();
        assertThat(all.unverifiedParameters()).isEqualTo(Map.of("a", unverified)).isSameAs(all.parameterSources());
        java.util.LinkedHashMap<String, org.aftercare.Citation> mixed = new java.util.LinkedHashMap<>();
        mixed.put("z", unverified);
        mixed.put("m", verified);
        mixed.put("b", unverified);
        IncentiveProgram some = TestPrograms.program(IncentivePresets.craVouchersHiggins1994(), TestPrograms.noCaps())
                .parameterSources(mixed).build();
        assertThat(some.unverifiedParameters()).containsExactly(Map.entry("z", unverified), Map.entry("b", unverified));
    }

    @Test
    void endDate_isTheDayAfterEveryPhase() {
        IncentiveProgram program = TestPrograms.program(IncentivePresets.craVouchersHiggins1994(), TestPrograms.noCaps())
                .phases(List.of(ProgramPhase.incentivized("a", 2, 3), ProgramPhase.withoutIncentives("b", 3, 1))).build();
        assertThat(program.endDate()).isEqualTo(TestPrograms.START.plusWeeks(5));
    }

    static IncentiveProgram flat(Policy funding, LocalDate start, String amount) {
        return IncentiveProgram.builder().name("flat")
                .schedule(EscalatingVoucherSchedule.builder(Money.of(amount), Money.ZERO).build())
                .phases(List.of(ProgramPhase.incentivized("all", 52, 1)))
                .target(IncentiveTarget.Abstinence.from(org.aftercare.screening.Analyte.COCAINE))
                .failurePolicy(FailurePolicy.of(ExcusedAbsenceHandling.NEUTRAL, TestPrograms.TEST_SOURCE))
                .funding(funding).instrument(IncentiveInstrument.VOUCHER).setting(CareSetting.OUTPATIENT)
                .startDate(start).zone(TestPrograms.ZONE).parameterSources(Map.of("schedule", TestPrograms.TEST_SOURCE))
                .build();
    }
}
