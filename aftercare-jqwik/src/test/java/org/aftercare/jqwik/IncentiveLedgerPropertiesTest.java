package org.aftercare.jqwik;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.aftercare.incentive.CapResetBasis;
import org.aftercare.incentive.IncentiveEvent;
import org.aftercare.incentive.IncentiveLedger;
import org.aftercare.incentive.IncentivePolicyKeys;
import org.aftercare.incentive.IncentiveProgram;
import org.aftercare.incentive.LedgerEntry;
import org.aftercare.incentive.Money;
import org.aftercare.incentive.MoneyLimit;

/** Ledgers: appending one event at a time equals computing from scratch, and no cap in force is ever exceeded. */
class IncentiveLedgerPropertiesTest {

    @Provide
    Arbitrary<List<IncentiveEvent>> histories() {
        return Timelines.timelines().weeks(1, 60).map(Timeline::incentiveEvents);
    }

    @Property(tries = 1000, seed = InvariantSeed.SEED)
    void appendingEventByEventEqualsComputingFromScratch(@ForAll IncentiveProgram program,
            @ForAll("histories") List<IncentiveEvent> events, @ForAll long seed) {
        IncentiveLedger incremental = IncentiveLedger.start(program, seed);
        for (IncentiveEvent e : events) {
            incremental = incremental.append(e);
        }
        IncentiveLedger scratch = IncentiveLedger.compute(program, events, seed);
        assertThat(incremental).isEqualTo(scratch);
        assertThat(incremental.total()).isEqualTo(scratch.total());
        assertThat(incremental.entries()).isEqualTo(scratch.entries());
    }

    @Property(tries = 1000, seed = InvariantSeed.SEED)
    void runningTotalsAddUp(@ForAll IncentiveProgram program, @ForAll("histories") List<IncentiveEvent> events,
            @ForAll long seed) {
        IncentiveLedger ledger = IncentiveLedger.compute(program, events, seed);
        Money running = Money.ZERO;
        for (LedgerEntry e : ledger.entries()) {
            running = running.plus(e.paid());
            assertThat(e.runningTotal()).isEqualTo(running);
            assertThat(e.paid().plus(e.withheld())).isEqualTo(e.earned());
        }
        assertThat(ledger.total()).isEqualTo(running);
    }

    @Property(tries = 1000, seed = InvariantSeed.SEED)
    void noCapInForceIsEverExceeded(@ForAll IncentiveProgram program, @ForAll("histories") List<IncentiveEvent> events,
            @ForAll long seed) {
        IncentiveLedger ledger = IncentiveLedger.compute(program, events, seed);
        List<LedgerEntry> paid = new ArrayList<>();
        for (LedgerEntry e : ledger.entries()) {
            paid.add(e);
            if (e.paid().isZero()) {
                continue;
            }
            var policy = program.funding();
            MoneyLimit month = policy.resolve(IncentivePolicyKeys.CAP_PER_MONTH, e.date()).map(t -> t.threshold().value())
                    .orElse(MoneyLimit.NONE);
            Money inMonth = paid.stream().filter(p -> YearMonth.from(p.date()).equals(YearMonth.from(e.date())))
                    .map(LedgerEntry::paid).reduce(Money.ZERO, Money::plus);
            assertThat(month.isExceededBy(inMonth)).as("month %s: %s over %s", YearMonth.from(e.date()), inMonth, month)
                    .isFalse();
            MoneyLimit annual = policy.resolve(IncentivePolicyKeys.CAP_ANNUAL, e.date()).map(t -> t.threshold().value())
                    .orElse(MoneyLimit.NONE);
            CapResetBasis basis = policy.resolve(IncentivePolicyKeys.CAP_ANNUAL_BASIS, e.date())
                    .map(t -> t.threshold().value()).orElse(CapResetBasis.CALENDAR_YEAR);
            Money inWindow = paid.stream().filter(p -> switch (basis) {
                case CALENDAR_YEAR -> p.date().getYear() == e.date().getYear();
                case ROLLING_12_MONTHS -> p.date().isAfter(e.date().minusYears(1));
                case EPISODE -> true;
            }).map(LedgerEntry::paid).reduce(Money.ZERO, Money::plus);
            assertThat(annual.isExceededBy(inWindow)).as("%s window to %s: %s over %s", basis, e.date(), inWindow, annual)
                    .isFalse();
        }
    }
}
