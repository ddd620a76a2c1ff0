package org.aftercare.benchmarks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark and prints the ratio table: {@code java -jar aftercare-benchmarks/target/benchmarks.jar
 * [--full]} (or {@code ./aftercare-bench [--full]}). The short mode (default, about 1 minute) measures the
 * four benchmarks of issue 8 at scale 1; {@code --full} adds the 10x and 100x scales and measures longer
 * (about 8 minutes). Any other argument is a regular expression naming the benchmarks to run, such as
 * {@code IncentiveLedgerBenchmark} (a benchmark and its baseline, for one row of the table). Every benchmark runs
 * with the gc profiler, so allocation per operation is reported.
 */
public final class BenchmarkReport {
    /** A benchmark measured against its baseline, with the target ratio. */
    private record Pair(String title, String benchmark, String baseline, double target) {
    }

    private static final List<Pair> PAIRS = List.of(
            new Pair("1 plan validation / Jackson readTree", "PlanValidationBenchmark.validate",
                    "PlanValidationBenchmark.readTree", 0.10),
            new Pair("2 decode+evaluate / Jackson bind to maps", "EvaluateRequestBenchmark.decodeAndEvaluate",
                    "EvaluateRequestBenchmark.bindToMaps", 1.5),
            new Pair("2a decode / Jackson bind to maps", "EvaluateRequestBenchmark.decode",
                    "EvaluateRequestBenchmark.bindToMaps", 1.0),
            new Pair("3 incentive ledger / hand loop in cents", "IncentiveLedgerBenchmark.ledger",
                    "IncentiveLedgerBenchmark.handLoop", 3.0));

    private BenchmarkReport() {
    }

    /**
     * Runs the benchmarks and prints the tables.
     *
     * @param args  {@code --full} for the long run with every scale; otherwise regular expressions of the
     *     benchmarks to run (all when none)
     * @throws RunnerException if JMH fails
     */
    public static void main(String[] args) throws RunnerException {
        boolean full = List.of(args).contains("--full");
        List<String> only = List.of(args).stream().filter(a -> !a.equals("--full")).toList();
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(only.isEmpty() ? "org\\.aftercare\\.benchmarks\\..*Benchmark\\..*" : String.join("|", only))
                .addProfiler(GCProfiler.class)
                .forks(1)
                .jvmArgsAppend("-Xmx1g")
                .shouldFailOnError(true);
        // 12 s of warm-up: the full request of benchmark 2 runs decoder, plan rules, medication and incentive review,
        // and C2 needs about ten seconds to compile all of it (2-s iterations measured 940, 533, 301, 208, 155 and
        // 117 us/op); three 1-s warm-ups measured the warm-up, not the code (300 us against 131 us settled)
        if (full) {
            options.warmupIterations(6).warmupTime(TimeValue.seconds(2))
                    .measurementIterations(5).measurementTime(TimeValue.seconds(2))
                    .param("plans", "samples", "1", "10", "100")
                    .param("scale", "1", "10", "100")
                    .param("weeks", "52", "520", "5200");
        } else {
            options.warmupIterations(6).warmupTime(TimeValue.seconds(2))
                    .measurementIterations(4).measurementTime(TimeValue.seconds(2));
        }
        Collection<RunResult> results = new Runner(options.build()).run();
        System.out.print(render(results));
    }

    /** Returns the ratio table, the allocation table and the absolute figures. */
    static String render(Collection<RunResult> results) {
        Map<String, RunResult> byKey = new TreeMap<>();
        for (RunResult r : results) {
            byKey.put(key(r.getParams()), r);
        }
        StringBuilder out = new StringBuilder("\n== aftercare benchmarks: ratios (same run) ==\n");
        out.append(String.format(Locale.ROOT, "%-44s %-8s %14s %14s %8s %7s %s%n", "benchmark", "param",
                "score us/op", "baseline us/op", "ratio", "target", ""));
        for (Pair pair : PAIRS) {
            for (Map.Entry<String, RunResult> e : byKey.entrySet()) {
                if (!e.getKey().startsWith(pair.benchmark() + "|")) {
                    continue;
                }
                String param = e.getKey().substring(e.getKey().indexOf('|') + 1);
                RunResult base = byKey.get(pair.baseline() + "|" + param);
                if (base == null) {
                    continue;
                }
                double score = e.getValue().getPrimaryResult().getScore();
                double baseline = base.getPrimaryResult().getScore();
                double ratio = score / baseline;
                out.append(String.format(Locale.ROOT, "%-44s %-8s %14.3f %14.3f %8.3f %7s %s%n", pair.title(), param,
                        score, baseline, ratio, "<=" + pair.target(), ratio <= pair.target() ? "met" : "MISSED"));
            }
        }
        out.append("\n== allocation per operation (gc.alloc.rate.norm) and time ==\n");
        out.append(String.format(Locale.ROOT, "%-52s %-8s %14s %14s%n", "benchmark", "param", "us/op", "bytes/op"));
        for (Map.Entry<String, RunResult> e : byKey.entrySet()) {
            String name = e.getKey().substring(0, e.getKey().indexOf('|'));
            String param = e.getKey().substring(e.getKey().indexOf('|') + 1);
            Result<?> alloc = e.getValue().getSecondaryResults().get("gc.alloc.rate.norm");
            out.append(String.format(Locale.ROOT, "%-52s %-8s %14.3f %14s%n", name, param,
                    e.getValue().getPrimaryResult().getScore(),
                    alloc == null ? "-" : String.format(Locale.ROOT, "%.0f", alloc.getScore())));
        }
        return out.toString();
    }

    private static String key(BenchmarkParams params) {
        String name = params.getBenchmark();
        name = name.substring("org.aftercare.benchmarks.".length());
        List<String> values = new ArrayList<>();
        for (String k : params.getParamsKeys()) {
            values.add(params.getParam(k));
        }
        return name + "|" + String.join(",", values);
    }
}
