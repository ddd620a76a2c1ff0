package org.aftercare.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.aftercare.Severity;
import org.aftercare.evaluation.AftercareReport;
import org.aftercare.incentive.IncentiveLedger;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.infra.Blackhole;

/** Each benchmark method runs once on its real input (no timing: JMH measures), and the baselines agree. */
class BenchmarkSmokeTest {
    private static final Blackhole BLACKHOLE = new Blackhole(
            "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");

    @Test
    void planValidationAndItsBaselineRunOnTheSamplesAndAScaledPlan() throws Exception {
        for (String plans : new String[] {"samples", "1", "10", "100"}) {
            PlanValidationBenchmark b = new PlanValidationBenchmark();
            b.plans = plans;
            b.setUp();
            b.validate(BLACKHOLE);
            b.readTree(BLACKHOLE);
        }
    }

    @Test
    void decodeAndEvaluateGivesTheSameReportAsEvaluatingTheRequest() throws Exception {
        EvaluateRequestBenchmark b = new EvaluateRequestBenchmark();
        b.scale = 1;
        b.setUp();
        AftercareReport report = b.decodeAndEvaluate();
        assertThat(report.incentiveReport()).isPresent();
        assertThat(new java.util.ArrayList<Object>(b.bindToMaps().keySet())).contains("asOf", "plan", "incentive");
        assertThat(report.evaluation().findings()).isNotEmpty();
    }

    @Test
    void decodeAcceptsTheRequestAndEncodeWritesItsReportOnOneLine() {
        EvaluateRequestBenchmark b = new EvaluateRequestBenchmark();
        b.scale = 1;
        b.setUp();
        assertThat(b.decode().isAccepted()).isTrue();
        String line = b.encodeReportLine();
        assertThat(line).startsWith("{\"asOf\":").endsWith("}").doesNotContain("\n");
        assertThat(line).isEqualTo(org.aftercare.jackson.AftercareJson.standard().encodeReportLine(
                b.decodeAndEvaluate(), null));
    }

    @Test
    void theHundredfoldRequestDecodesUnderTheBenchmarksLimits() {
        EvaluateRequestBenchmark b = new EvaluateRequestBenchmark();
        b.scale = 100;
        b.setUp();
        assertThat(b.decodeAndEvaluate().incentiveReport().orElseThrow().ledger().entries()).hasSize(3500);
    }

    @Test
    void theValidPlanOfBenchmarkFourHasNoErrorOrWarningFindings() {
        EvaluateRequestBenchmark b = new EvaluateRequestBenchmark();
        b.scale = 1;
        b.setUp();
        AftercareReport report = b.evaluateValidPlan();
        assertThat(report.evaluation().findings(Severity.ERROR)).isEmpty();
        assertThat(report.evaluation().findings(Severity.WARNING)).isEmpty();
    }

    @Test
    void theHandLoopPaysWhatTheLedgerPaysForFiftyTwoWeeksAndTenYears() {
        for (int weeks : new int[] {12, 52, 520}) {
            IncentiveLedgerBenchmark b = new IncentiveLedgerBenchmark();
            b.weeks = weeks;
            b.setUp();
            IncentiveLedger ledger = b.ledger();
            long cents = ledger.total().amount().movePointRight(2).longValueExact();
            assertThat(b.handLoop()).as("weeks %d", weeks).isEqualTo(cents);
            assertThat(VoucherLoop.totalCents(Workloads.samples(weeks), Workloads.ZONE, LocalDate.of(2026, 1, 5)))
                    .isEqualTo(cents);
        }
    }

    @Test
    void theLedgerOfAHundredYearsRuns() {
        IncentiveLedgerBenchmark b = new IncentiveLedgerBenchmark();
        b.weeks = 5200;
        b.setUp();
        assertThat(b.ledger().entries()).hasSize(15600);
    }

    @Test
    void fiftyTwoWeeksHaveResetsAndHitTheAnnualCap() {
        IncentiveLedger ledger = IncentiveLedger.compute(Workloads.voucherProgram(52), Workloads.samples(52), 42L);
        assertThat(ledger.entries()).hasSize(156);
        assertThat(ledger.entries().stream().filter(e -> e.reset()).count()).isGreaterThanOrEqualTo(10);
        assertThat(ledger.totalWithheld().isZero()).isFalse();
    }
}
