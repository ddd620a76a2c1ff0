package org.aftercare.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import org.aftercare.Finding;
import org.aftercare.Severity;
import org.aftercare.evaluation.Aftercare;
import org.aftercare.evaluation.AftercareReport;
import org.aftercare.incentive.IncentiveReport;
import org.aftercare.incentive.LedgerEntry;
import org.aftercare.incentive.Money;
import org.junit.jupiter.api.Test;

class SampleIncentivesTest {

    @Test
    void craVouchersOnMethadoneLedgerAndFindings() {
        AftercareReport report = Aftercare.evaluate(SampleIncentives.craVouchersOnMethadone().request());
        IncentiveReport incentive = report.incentiveReport().orElseThrow();
        // Run 1 pays steps 0..9 ($111.25 with 3 bonuses), then a positive resets; after five negatives the
        // pre-reset step returns; a missed sample resets again. Hand-computed total: $565.00 of $997.50 possible.
        assertThat(incentive.ledger().total()).isEqualTo(Money.of("565.00"));
        assertThat(incentive.maximum().maximum()).isEqualTo(Money.of("997.50"));
        assertThat(incentive.ledger().entries()).filteredOn(LedgerEntry::reset).extracting(LedgerEntry::date)
                .containsExactly(LocalDate.of(2026, 1, 28), LocalDate.of(2026, 2, 20));
        assertThat(incentive.ledger().entries()).filteredOn(LedgerEntry::recovered).extracting(LedgerEntry::date)
                .containsExactly(LocalDate.of(2026, 2, 9), LocalDate.of(2026, 3, 4));
        assertThat(report.evaluation().findings()).extracting(Finding::severity, Finding::code, Finding::path).containsExactly(
                tuple(Severity.WARNING, "incentive.cap.schedule-can-exceed", "incentive.schedule"),
                tuple(Severity.WARNING, "incentive.schedule.unverified-parameters", "incentive.schedule"),
                tuple(Severity.INFO, "incentive.schedule.maximum", "incentive.schedule"));
        assertThat(report.evaluation().findings().get(0).message()).startsWith("The schedule can earn $997.50 over 36 "
                + "incentivized samples, above incentive.cap.annual at most $750.00");
        assertThat(report.evaluation().appliedLayers()).containsExactly("samhsa-grant");
    }

    @Test
    void methadoneAndEddpPositiveSamplesAreNeverFailures() {
        AftercareReport report = Aftercare.evaluate(SampleIncentives.craVouchersOnMethadone().request());
        assertThat(report.incentiveReport().orElseThrow().ledger().entries())
                .filteredOn(e -> e.outcome().name().equals("FAILURE")).hasSize(2);
    }
}
