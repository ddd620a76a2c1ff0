package org.aftercare.incentive;

import static org.aftercare.incentive.TestPrograms.monThu;
import static org.aftercare.incentive.TestPrograms.stimulantsNegative;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.aftercare.screening.Analyte;
import org.aftercare.screening.Outcome;
import org.junit.jupiter.api.Test;

class PrizeDrawLedgerTest {

    private static IncentiveProgram ctn() {
        return TestPrograms.program(IncentivePresets.ctn0007PrizeBowl(), TestPrograms.noCaps()).build();
    }

    /**
     * Weeks 1-3 negative (opiates negative in all but the 4th sample), a positive in week 4, then
     * negatives: draws 1+2, 1+2, 2+2, 2+0, 3+2, 3+2, reset, 1+2, 1+2 (week 4 restarts at 1), 2+2 (week 5).
     */
    static List<IncentiveEvent> ctnEvents() {
        List<IncentiveEvent> events = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            events.add(stimulantsNegative(monThu(i), i == 3 ? Outcome.POSITIVE : Outcome.NEGATIVE));
        }
        events.add(TestPrograms.sample(monThu(6), Outcome.POSITIVE, Analyte.COCAINE));
        events.add(stimulantsNegative(monThu(7), Outcome.NEGATIVE));
        events.add(stimulantsNegative(monThu(7).plusDays(1), Outcome.NEGATIVE));
        events.add(stimulantsNegative(monThu(8), Outcome.NEGATIVE));
        return events;
    }

    @Test
    void ctn0007_drawsEscalateByWeek_bonusForOpiates_resetToOne() {
        IncentiveLedger ledger = IncentiveLedger.compute(ctn(), ctnEvents(), 42L);
        assertThat(ledger.entries()).extracting(e -> e.draws().size())
                .containsExactly(3, 3, 4, 2, 5, 5, 0, 3, 3, 4);
        assertThat(ledger.entries()).extracting(LedgerEntry::bonusDraws)
                .containsExactly(2, 2, 2, 0, 2, 2, 0, 2, 2, 2);
        assertThat(ledger.entries().get(3).reason()).endsWith("bonus target not met (opiates not negative)");
        assertThat(ledger.entries().get(6).reset()).isTrue();
        // draws are numbered 0..n-1 across the ledger, and each pays its tier's value
        assertThat(ledger.draws()).extracting(PrizeDraw::sequence)
                .containsExactlyElementsOf(LongStream.range(0, 32).boxed().toList());
        PrizeBowl bowl = ((PrizeDrawSchedule) ctn().schedule()).bowl();
        Map<String, Money> values = bowl.tiers().stream().collect(Collectors.toMap(PrizeTier::name, PrizeTier::value));
        assertThat(ledger.draws()).allSatisfy(d -> assertThat(d.value()).isEqualTo(values.get(d.tier())));
        for (LedgerEntry e : ledger.entries()) {
            Money sum = e.draws().stream().map(PrizeDraw::value).reduce(Money.ZERO, Money::plus);
            assertThat(e.earned()).isEqualTo(sum);
        }
    }

    @Test
    void sameSeedSameDraws_otherSeedOtherDraws() {
        List<PrizeDraw> a = IncentiveLedger.compute(ctn(), ctnEvents(), 42L).draws();
        List<PrizeDraw> b = IncentiveLedger.compute(ctn(), ctnEvents(), 42L).draws();
        List<PrizeDraw> c = IncentiveLedger.compute(ctn(), ctnEvents(), 43L).draws();
        assertThat(a).isEqualTo(b);
        assertThat(a).isNotEqualTo(c);
    }

    @Test
    void withoutReplacement_aVisitDrawingTheWholeBowlWinsEveryPrizeOnce() {
        PrizeBowl bowl = PrizeBowl.of(PrizeTier.of("good-job", 2, Money.ZERO), PrizeTier.of("jumbo", 1, Money.of("100.00")));
        PrizeDrawSchedule schedule = new PrizeDrawSchedule(bowl, 3, 0, 3, EscalationUnit.SAMPLE, 0,
                DrawReplacement.WITHOUT_REPLACEMENT_PER_VISIT, Optional.empty());
        IncentiveProgram program = TestPrograms.program(IncentivePresets.craVouchersHiggins1994(), TestPrograms.noCaps())
                .schedule(schedule).build();
        List<IncentiveEvent> events = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            events.add(TestPrograms.cocaineNegative(TestPrograms.mwf(i)));
        }
        for (long seed = 0; seed < 20; seed++) {
            IncentiveLedger ledger = IncentiveLedger.compute(program, events, seed);
            assertThat(ledger.entries()).allSatisfy(e -> assertThat(e.earned()).isEqualTo(Money.of("100.00")));
        }
    }

    @Test
    void aPrizeAboveThePerItemCap_isPaidAtTheCap() {
        PrizeBowl bowl = PrizeBowl.of(PrizeTier.of("good-job", 2, Money.ZERO), PrizeTier.of("jumbo", 1, Money.of("100.00")));
        PrizeDrawSchedule schedule = new PrizeDrawSchedule(bowl, 3, 0, 3, EscalationUnit.SAMPLE, 0,
                DrawReplacement.WITHOUT_REPLACEMENT_PER_VISIT, Optional.empty());
        IncentiveProgram program = TestPrograms.program(IncentivePresets.craVouchersHiggins1994(),
                FundingPolicies.policy(FundingPolicies.OIG_AO_22_04)).instrument(IncentiveInstrument.RESTRICTED_DEBIT_CARD)
                .schedule(schedule).build();
        List<IncentiveEvent> events = List.of(TestPrograms.cocaineNegative(TestPrograms.mwf(0)),
                TestPrograms.cocaineNegative(TestPrograms.mwf(1)));
        List<LedgerEntry> entries = IncentiveLedger.compute(program, events, 3L).entries();
        assertThat(entries).extracting(LedgerEntry::earned).containsExactly(Money.of("100.00"), Money.of("100.00"));
        assertThat(entries).extracting(LedgerEntry::paid).containsExactly(Money.of("4.99"), Money.of("4.99"));
        assertThat(entries.get(1).runningTotal()).isEqualTo(Money.of("9.98"));
        assertThat(entries.get(1).capHits()).extracting(CapHit::toString).containsExactly(
                "incentive.cap.per-item per item below $5.00: item of $100.00 paid as $4.99");
    }

    @Test
    void drawFrequencies_followTheBowl() {
        PrizeBowl bowl = ((PrizeDrawSchedule) ctn().schedule()).bowl();
        List<PrizeDraw> draws = bowl.draw(20_000, DrawReplacement.WITH_REPLACEMENT, 0, 7L);
        Map<String, Long> counts = draws.stream().collect(Collectors.groupingBy(PrizeDraw::tier, Collectors.counting()));
        // expected 10000 / 8360 / 1600 / 40; binomial sd about 71 / 70 / 38 / 6
        assertThat(counts.get("good-job")).isBetween(9_650L, 10_350L);
        assertThat(counts.get("small")).isBetween(8_010L, 8_710L);
        assertThat(counts.get("large")).isBetween(1_410L, 1_790L);
        assertThat(counts.get("jumbo")).isBetween(10L, 75L);
    }

    @Test
    void bonusAnalytesMustMatchTheSchedule() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TestPrograms.program(IncentivePresets.ctn0007PrizeBowl(),
                TestPrograms.noCaps()).bonusAnalytes(java.util.Set.of()).build())
                .isInstanceOf(org.aftercare.InvalidValueException.class)
                .extracting(t -> ((org.aftercare.InvalidValueException) t).field()).isEqualTo("program.bonusAnalytes");
    }
}
