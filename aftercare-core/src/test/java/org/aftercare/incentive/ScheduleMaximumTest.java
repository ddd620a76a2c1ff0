package org.aftercare.incentive;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Design-time maxima equal the fact sheet's arithmetic (incentives-and-levels.md A1, A2, A3). */
class ScheduleMaximumTest {

    private static ScheduleMaximum maximumOf(IncentivePreset preset) {
        return TestPrograms.program(preset, TestPrograms.noCaps()).build().maximum();
    }

    @Test
    void higgins1994_36Samples_is997_50() {
        // 36 x 2.50 + 1.25 x (0+...+35) = 90 + 787.50 = 877.50, plus 12 bonuses of 10.00 = 997.50
        ScheduleMaximum max = maximumOf(IncentivePresets.craVouchersHiggins1994());
        assertThat(max.samples()).isEqualTo(36);
        assertThat(max.maximum()).isEqualTo(Money.of("997.50"));
        assertThat(max.bonusTotal()).isEqualTo(Money.of("120.00"));
        assertThat(max.largestItem()).isEqualTo(Money.of("46.25"));
        assertThat(max.expected()).isEqualByComparingTo("997.50");
    }

    @Test
    void silverman1996_is1155() {
        // 36 x 2.50 + 1.50 x 630 + 12 x 10 = 90 + 945 + 120 = 1155
        assertThat(maximumOf(IncentivePresets.hopkinsVouchersSilverman1996()).maximum()).isEqualTo(Money.of("1155.00"));
    }

    @Test
    void ctn0007_is204Draws_expected2_218PerDraw() {
        ScheduleMaximum max = maximumOf(IncentivePresets.ctn0007PrizeBowl());
        assertThat(max.samples()).isEqualTo(24);
        assertThat(max.baseDraws()).isEqualTo(156);   // 2 x (1 + ... + 12)
        assertThat(max.bonusDraws()).isEqualTo(48);   // 24 samples x 2
        assertThat(max.totalDraws()).isEqualTo(204);
        PrizeBowl bowl = ((PrizeDrawSchedule) IncentivePresets.ctn0007PrizeBowl().schedule()).bowl();
        assertThat(bowl.totalSlips()).isEqualTo(500);
        assertThat(bowl.totalValue()).isEqualTo(Money.of("1109.00")); // 209 x 1 + 40 x 20 + 1 x 100
        assertThat(bowl.expectedValuePerDraw()).isEqualTo(new BigDecimal("2.2180"));
        assertThat(max.expected()).isEqualTo(new BigDecimal("452.4720"));
        assertThat(max.maximum()).isEqualTo(Money.of("20400.00")); // every draw the $100 jumbo, with replacement
        assertThat(max.largestItem()).isEqualTo(Money.of("100.00"));
    }

    @Test
    void californiaStructure_withUnverifiedStep_canEarn855() {
        // 36 tests: 10.00 + 1.50 n capped at 26.50 from n = 11: (110 + 82.50) + 25 x 26.50 = 192.50 + 662.50
        ScheduleMaximum max = maximumOf(IncentivePresets.californiaRecoveryIncentives());
        assertThat(max.samples()).isEqualTo(36);
        assertThat(max.maximum()).isEqualTo(Money.of("855.00"));
        assertThat(max.largestItem()).isEqualTo(Money.of("26.50"));
    }

    @Test
    void weeklyEscalation_paysBothSamplesOfAWeekTheSame() {
        EscalatingVoucherSchedule weekly = EscalatingVoucherSchedule.builder(Money.of("10.00"), Money.of("1.50"))
                .escalatesPer(EscalationUnit.WEEK).build();
        IncentiveProgram program = TestPrograms.program(IncentivePresets.californiaRecoveryIncentives(),
                TestPrograms.noCaps()).schedule(weekly).build();
        // weeks 1-12: 2 x (10 + 1.5 (w-1)) = 2 x (120 + 99) = 438 (the fact sheet's illustration);
        // weeks 13-24: 10 + 1.5 x 12 ... 10 + 1.5 x 23 = 12 x 10 + 1.5 x 210 = 435
        assertThat(program.maximum().maximum()).isEqualTo(Money.of("873.00"));
    }

    @Test
    void withoutReplacement_maximumTakesTheBestSlipsLeft() {
        PrizeBowl bowl = PrizeBowl.of(PrizeTier.of("good-job", 2, Money.ZERO), PrizeTier.of("jumbo", 1, Money.of("100.00")),
                PrizeTier.of("small", 3, Money.of("1.00")));
        assertThat(bowl.maximumOf(3, DrawReplacement.WITHOUT_REPLACEMENT_PER_VISIT)).isEqualTo(Money.of("102.00"));
        assertThat(bowl.maximumOf(3, DrawReplacement.WITH_REPLACEMENT)).isEqualTo(Money.of("300.00"));
    }
}
