package org.aftercare.incentive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.aftercare.Citation;
import org.junit.jupiter.api.Test;

class CapHitsTest {
    private static final Citation CAP = Citation.local("cap", "", "0.1.0");
    private static final Citation BASIS = Citation.local("basis", "", "0.1.0");
    private static final MoneyLimit ANNUAL = MoneyLimit.atMost(Money.of("750.00"));

    @Test
    void anUnchangedHitIsGivenAgain_andAChangedOneIsMadeAfresh() {
        CapHits hits = new CapHits(LocalDate.of(2026, 1, 5));
        CapHit first = hits.aggregate(IncentivePolicyKeys.CAP_ANNUAL, ANNUAL, CapResetBasis.CALENDAR_YEAR,
                LocalDate.of(2026, 4, 22), Money.of("750.00"), CAP, BASIS);
        assertThat(first).isEqualTo(new CapHit("incentive.cap.annual",
                "at most $750.00 in calendar year 2026, $750.00 already paid", List.of(CAP, BASIS)));
        assertThat(hits.aggregate(IncentivePolicyKeys.CAP_ANNUAL, MoneyLimit.atMost(Money.of("750")),
                CapResetBasis.CALENDAR_YEAR, LocalDate.of(2026, 12, 31), Money.of("750"), CAP, BASIS)).isSameAs(first);
        assertThat(hits.aggregate(IncentivePolicyKeys.CAP_ANNUAL, ANNUAL, CapResetBasis.CALENDAR_YEAR,
                LocalDate.of(2027, 1, 4), Money.of("750.00"), CAP, BASIS).description())
                .isEqualTo("at most $750.00 in calendar year 2027, $750.00 already paid");
        assertThat(hits.aggregate(IncentivePolicyKeys.CAP_ANNUAL, ANNUAL, CapResetBasis.ROLLING_12_MONTHS,
                LocalDate.of(2027, 1, 4), Money.of("740.00"), CAP, CAP)).isEqualTo(new CapHit("incentive.cap.annual",
                "at most $750.00 in the 12 months to 2027-01-04, $740.00 already paid", List.of(CAP)));
    }

    @Test
    void everyWindowIsNamed() {
        CapHits hits = new CapHits(LocalDate.of(2026, 1, 5));
        LocalDate date = LocalDate.of(2026, 2, 9);
        assertThat(hits.aggregate(IncentivePolicyKeys.CAP_PER_MONTH, MoneyLimit.atMost(Money.of("200")),
                CapResetBasis.EPISODE, date, Money.of("200"), CAP, null).description())
                .isEqualTo("at most $200.00 in 2026-02, $200.00 already paid");
        assertThat(hits.aggregate(IncentivePolicyKeys.CAP_ANNUAL, ANNUAL, CapResetBasis.EPISODE, date, Money.ZERO, CAP,
                null).description()).isEqualTo("at most $750.00 per year, counted per episode since 2026-01-05, "
                        + "$0.00 already paid");
        assertThat(hits.aggregate(IncentivePolicyKeys.CAP_PER_EPISODE, MoneyLimit.below(Money.of("5")),
                CapResetBasis.EPISODE, date, Money.of("4.99"), CAP, null).description())
                .isEqualTo("below $5.00 per episode since 2026-01-05, $4.99 already paid");
        assertThat(hits.perItem(MoneyLimit.below(Money.of("5")), Money.of("10"), Money.of("4.99"), CAP))
                .isEqualTo(new CapHit("incentive.cap.per-item", "per item below $5.00: item of $10.00 paid as $4.99",
                        List.of(CAP)));
    }
}
