package org.aftercare.incentive;

import static org.aftercare.incentive.TestPrograms.cocaineNegative;
import static org.aftercare.incentive.TestPrograms.monThu;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.aftercare.Policy;
import org.aftercare.VerificationStatus;
import org.aftercare.care.CareSetting;
import org.junit.jupiter.api.Test;

class FundingCapLedgerTest {

    @Test
    void oigNominalValue_annualCapReachedMidProgramme_withholdsTheRest() {
        IncentiveLedger ledger = IncentiveLedger.compute(
                TestPrograms.cra(FundingPolicies.policy(FundingPolicies.OIG_NOMINAL_VALUE)),
                EscalatingVoucherLedgerTest.craEvents(), 1L);
        List<LedgerEntry> e = ledger.entries();
        assertThat(e.get(9).runningTotal()).isEqualTo(Money.of("70.00"));
        LedgerEntry capped = e.get(10);
        assertThat(capped.earned()).isEqualTo(Money.of("15.00"));
        assertThat(capped.paid()).isEqualTo(Money.of("5.00"));
        assertThat(capped.withheld()).isEqualTo(Money.of("10.00"));
        assertThat(capped.capHits()).singleElement().satisfies(hit -> {
            assertThat(hit.key()).isEqualTo("incentive.cap.annual");
            assertThat(hit.description()).isEqualTo("at most $75.00 in calendar year 2026, $70.00 already paid");
            assertThat(hit.citation().status()).isEqualTo(VerificationStatus.VERIFIED);
        });
        assertThat(e.subList(11, e.size())).allSatisfy(x -> assertThat(x.paid()).isEqualTo(Money.ZERO));
        assertThat(ledger.total()).isEqualTo(Money.of("75.00"));
        assertThat(ledger.totalEarned()).isEqualTo(Money.of("173.75"));
        assertThat(ledger.totalWithheld()).isEqualTo(Money.of("98.75"));
        assertThat(e).allSatisfy(x -> assertThat(x.capsNotInForce()).isEmpty());
    }

    @Test
    void advisoryOpinion2204_perItemBelowFive_paysFourNinetyNine() {
        IncentiveProgram program = TestPrograms.program(IncentivePresets.craVouchersHiggins1994(),
                FundingPolicies.policy(FundingPolicies.OIG_AO_22_04)).instrument(IncentiveInstrument.RESTRICTED_DEBIT_CARD)
                .build();
        IncentiveLedger ledger = IncentiveLedger.compute(program, EscalatingVoucherLedgerTest.craEvents(), 1L);
        LedgerEntry third = ledger.entries().get(2);
        assertThat(third.earned()).isEqualTo(Money.of("15.00"));
        assertThat(third.paid()).isEqualTo(Money.of("9.98"));
        assertThat(third.withheld()).isEqualTo(Money.of("5.02"));
        assertThat(third.capHits()).extracting(CapHit::description).containsExactly(
                "per item below $5.00: item of $5.00 paid as $4.99",
                "per item below $5.00: item of $10.00 paid as $4.99");
    }

    @Test
    void monthlyCap_countsTheCalendarMonth() {
        IncentiveProgram program = flat(FundingPolicies.policy(FundingPolicies.OIG_AO_22_04)
                .withLayer(org.aftercare.PolicyLayer.builder("test:no-item-cap", "per-item off")
                        .set(IncentivePolicyKeys.CAP_PER_ITEM, MoneyLimit.NONE, TestPrograms.TEST_SOURCE).build()),
                LocalDate.of(2026, 1, 5), "20.00", 7);
        // 20.00 every day from 2026-01-05: 200.00 by 2026-01-14 (10 days), nothing more in January, then
        // February opens a new month
        List<IncentiveEvent> events = new ArrayList<>();
        for (int day = 0; day < 35; day++) {
            events.add(cocaineNegative(LocalDate.of(2026, 1, 5).plusDays(day)));
        }
        IncentiveLedger ledger = IncentiveLedger.compute(program, events, 1L);
        Money january = ledger.entries().stream().filter(x -> x.date().getMonthValue() == 1).map(LedgerEntry::paid)
                .reduce(Money.ZERO, Money::plus);
        Money february = ledger.entries().stream().filter(x -> x.date().getMonthValue() == 2).map(LedgerEntry::paid)
                .reduce(Money.ZERO, Money::plus);
        assertThat(january).isEqualTo(Money.of("200.00"));
        assertThat(february).isEqualTo(Money.of("160.00")); // 2026-02-01..08, 8 days x 20.00
        assertThat(ledger.entries().get(10).capHits()).extracting(CapHit::description)
                .containsExactly("at most $200.00 in 2026-01, $200.00 already paid");
    }

    @Test
    void calendarYearBasis_opensANewWindowOnFirstJanuary_rollingAndEpisodeDoNot() {
        LocalDate start = LocalDate.of(2026, 11, 30);
        List<IncentiveEvent> events = new ArrayList<>();
        for (int w = 0; w < 6; w++) {
            events.add(cocaineNegative(start.plusWeeks(w)));
        }
        // 15.00 a week: 5 x 15.00 = 75.00 by 2026-12-28; the sixth is 2027-01-04
        Policy oig = FundingPolicies.policy(FundingPolicies.OIG_NOMINAL_VALUE);
        IncentiveLedger calendar = IncentiveLedger.compute(flat(oig, start, "15.00", 1), events, 1L);
        assertThat(calendar.entries().get(5).date()).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(calendar.entries()).extracting(LedgerEntry::paid).extracting(Money::toString)
                .containsExactly("15.00", "15.00", "15.00", "15.00", "15.00", "15.00");
        for (CapResetBasis basis : List.of(CapResetBasis.ROLLING_12_MONTHS, CapResetBasis.EPISODE)) {
            Policy overridden = oig.withLayer(FundingPolicies.annualBasisOverride("clinic:test", basis,
                    TestPrograms.TEST_SOURCE));
            IncentiveLedger ledger = IncentiveLedger.compute(flat(overridden, start, "15.00", 1), events, 1L);
            assertThat(ledger.entries()).extracting(LedgerEntry::paid).extracting(Money::toString)
                    .as(basis.toString()).containsExactly("15.00", "15.00", "15.00", "15.00", "15.00", "0.00");
        }
    }

    @Test
    void rollingTwelveMonths_keepsDecemberPaymentsInJanuary() {
        LocalDate start = LocalDate.of(2026, 11, 2);
        List<IncentiveEvent> events = new ArrayList<>();
        for (int w = 0; w < 10; w++) {
            events.add(cocaineNegative(start.plusWeeks(w)));
        }
        Policy calendar = FundingPolicies.policy(FundingPolicies.OIG_NOMINAL_VALUE);
        Policy rolling = calendar.withLayer(FundingPolicies.annualBasisOverride("clinic:rolling",
                CapResetBasis.ROLLING_12_MONTHS, TestPrograms.TEST_SOURCE));
        // 10.00 a week: 75.00 reached on the 8th week (2026-12-21, 70.00 + 5.00); 2027-01-04 and -11
        IncentiveLedger byCalendar = IncentiveLedger.compute(flat(calendar, start, "10.00", 1), events, 1L);
        IncentiveLedger byRolling = IncentiveLedger.compute(flat(rolling, start, "10.00", 1), events, 1L);
        assertThat(byCalendar.entries()).extracting(LedgerEntry::paid).extracting(Money::toString).containsExactly(
                "10.00", "10.00", "10.00", "10.00", "10.00", "10.00", "10.00", "5.00", "0.00", "10.00");
        assertThat(byRolling.entries()).extracting(LedgerEntry::paid).extracting(Money::toString).containsExactly(
                "10.00", "10.00", "10.00", "10.00", "10.00", "10.00", "10.00", "5.00", "0.00", "0.00");
    }

    @Test
    void samhsaGrant_capRisesInJanuary2025_andPerItemCapIsNotInForceBefore() {
        LocalDate start = LocalDate.of(2024, 12, 2);
        List<IncentiveEvent> events = new ArrayList<>();
        for (int w = 0; w < 6; w++) {
            events.add(cocaineNegative(start.plusWeeks(w)));
        }
        IncentiveLedger ledger = IncentiveLedger.compute(flat(FundingPolicies.policy(FundingPolicies.SAMHSA_GRANT), start,
                "20.00", 1), events, 1L);
        assertThat(ledger.entries()).extracting(LedgerEntry::paid).extracting(Money::toString)
                .containsExactly("20.00", "20.00", "20.00", "15.00", "0.00", "20.00");
        assertThat(ledger.entries().get(0).capsNotInForce()).containsExactly("incentive.cap.per-item",
                "incentive.cap.per-month", "incentive.cap.per-episode");
        assertThat(ledger.entries().get(5).capsNotInForce()).isEmpty();
    }

    @Test
    void californiaPreset_allNegative_paysExactly599_andWithholds256() {
        IncentiveProgram program = TestPrograms.program(IncentivePresets.californiaRecoveryIncentives(),
                FundingPolicies.policy(FundingPolicies.CALIFORNIA_RECOVERY_INCENTIVES))
                .instrument(IncentiveInstrument.GIFT_CARD).build();
        List<IncentiveEvent> events = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            events.add(cocaineNegativeStimulants(monThu(i)));
        }
        for (int w = 12; w < 24; w++) {
            events.add(cocaineNegativeStimulants(TestPrograms.START.plusWeeks(w)));
        }
        IncentiveLedger ledger = IncentiveLedger.compute(program, events, 1L);
        assertThat(ledger.totalEarned()).isEqualTo(Money.of("855.00"));
        assertThat(ledger.total()).isEqualTo(Money.of("599.00"));
        assertThat(ledger.totalWithheld()).isEqualTo(Money.of("256.00"));
        assertThat(ledger.entries().stream().filter(x -> !x.withheld().isZero()).findFirst().orElseThrow().capHits())
                .extracting(CapHit::description).singleElement().asString()
                .startsWith("at most $599.00 per year, counted per episode since 2026-01-05");
    }

    private static IncentiveEvent cocaineNegativeStimulants(LocalDate date) {
        return TestPrograms.negative(date, org.aftercare.screening.Analyte.COCAINE,
                org.aftercare.screening.Analyte.AMPHETAMINE, org.aftercare.screening.Analyte.METHAMPHETAMINE);
    }

    private static IncentiveProgram flat(Policy funding, LocalDate start, String amount, int perWeek) {
        return IncentiveProgram.builder().name("flat")
                .schedule(EscalatingVoucherSchedule.builder(Money.of(amount), Money.ZERO).build())
                .phases(List.of(ProgramPhase.incentivized("all", 52, perWeek)))
                .target(IncentiveTarget.Abstinence.from(org.aftercare.screening.Analyte.COCAINE))
                .failurePolicy(FailurePolicy.of(ExcusedAbsenceHandling.NEUTRAL, TestPrograms.TEST_SOURCE))
                .funding(funding).instrument(IncentiveInstrument.VOUCHER).setting(CareSetting.OUTPATIENT)
                .startDate(start).zone(TestPrograms.ZONE).parameterSources(Map.of("schedule", TestPrograms.TEST_SOURCE))
                .build();
    }
}
