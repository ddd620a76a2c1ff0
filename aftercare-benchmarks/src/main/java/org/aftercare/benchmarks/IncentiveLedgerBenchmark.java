package org.aftercare.benchmarks;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.aftercare.incentive.IncentiveEvent;
import org.aftercare.incentive.IncentiveLedger;
import org.aftercare.incentive.IncentiveProgram;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Benchmark 3: the incentive ledger of {@code weeks} weeks at three samples a week with resets
 * ({@link IncentiveLedger#compute}) against {@link VoucherLoop}, a minimal hand-written loop over the same
 * events in long cents. Target: at most 3x.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class IncentiveLedgerBenchmark {
    @Param({"52"})
    public int weeks;

    private IncentiveProgram program;
    private List<IncentiveEvent> events;

    /** Builds the programme and its events. */
    @Setup
    public void setUp() {
        program = Workloads.voucherProgram(weeks);
        events = Workloads.samples(weeks);
    }

    /** Computes the ledger. */
    @Benchmark
    public IncentiveLedger ledger() {
        return IncentiveLedger.compute(program, events, 42L);
    }

    /** Baseline: the hand-written loop. */
    @Benchmark
    public long handLoop() {
        return VoucherLoop.totalCents(events, Workloads.ZONE, LocalDate.of(2026, 1, 5));
    }
}
