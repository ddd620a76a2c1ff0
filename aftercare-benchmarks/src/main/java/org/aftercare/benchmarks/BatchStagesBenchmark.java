package org.aftercare.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.aftercare.evaluation.Aftercare;
import org.aftercare.evaluation.AftercareReport;
import org.aftercare.evaluation.EvaluationRequest;
import org.aftercare.examples.SyntheticRequests;
import org.aftercare.jackson.AftercareJson;
import org.aftercare.jackson.Decoded;
import org.aftercare.jackson.internal.Wire;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The stages of {@code ./aftercare batch} on one request of its population, per request: the first
 * {@value #REQUESTS} lines of {@code ./aftercare generate --seed 7} decoded, evaluated and encoded as the batch
 * does each line ({@link #line}), and each stage alone. {@code line} times 1,000,000 divided by the cores is
 * what the batch of a million requests costs, before reading, writing and waiting.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class BatchStagesBenchmark {
    static final int REQUESTS = 200;

    private final AftercareJson json = AftercareJson.standard();
    private final List<byte[]> lines = new ArrayList<>();
    private final List<EvaluationRequest> requests = new ArrayList<>();
    private final List<AftercareReport> reports = new ArrayList<>();
    private final List<String> correlations = new ArrayList<>();

    /** Generates the requests as the generate command writes them, and decodes and evaluates each once. */
    @Setup
    public void setUp() {
        for (int n = 0; n < REQUESTS; n++) {
            String correlation = "synthetic:7:" + n;
            byte[] line = json.encodeRequest(SyntheticRequests.request(7, n), correlation)
                    .getBytes(StandardCharsets.UTF_8);
            EvaluationRequest request = accepted(json.decodeRequest(line));
            lines.add(line);
            correlations.add(correlation);
            requests.add(request);
            reports.add(Aftercare.evaluate(request));
        }
    }

    private static EvaluationRequest accepted(Decoded<EvaluationRequest> decoded) {
        if (decoded instanceof Decoded.Accepted<EvaluationRequest> accepted) {
            return accepted.value();
        }
        throw new IllegalStateException("a generated request was rejected: " + decoded);
    }

    /** One line of the batch: decode, evaluate, encode into UTF-8 bytes (what the batch writes). */
    @Benchmark
    @OperationsPerInvocation(REQUESTS)
    public void line(Blackhole bh) {
        for (byte[] line : lines) {
            Decoded.Accepted<EvaluationRequest> decoded = (Decoded.Accepted<EvaluationRequest>) json.decodeRequest(line);
            AftercareReport report = Aftercare.evaluate(decoded.value());
            bh.consume(json.encodeReportLineUtf8(report, decoded.correlation().orElse(null)));
        }
    }

    /** Decoding alone. */
    @Benchmark
    @OperationsPerInvocation(REQUESTS)
    public void decode(Blackhole bh) {
        for (byte[] line : lines) {
            bh.consume(json.decodeRequest(line));
        }
    }

    /** Evaluating alone. */
    @Benchmark
    @OperationsPerInvocation(REQUESTS)
    public void evaluate(Blackhole bh) {
        for (EvaluationRequest request : requests) {
            bh.consume(Aftercare.evaluate(request));
        }
    }

    /** Encoding the report alone into UTF-8 bytes, as the batch writes it since the byte writer. */
    @Benchmark
    @OperationsPerInvocation(REQUESTS)
    public void encodeUtf8(Blackhole bh) {
        for (int i = 0; i < REQUESTS; i++) {
            bh.consume(json.encodeReportLineUtf8(reports.get(i), correlations.get(i)));
        }
    }

    /**
     * Encoding the report alone through Jackson's generator, as every line was encoded before the byte writer: the
     * same-run baseline of {@link #encodeUtf8} (same text; the generator's {@code String}, then its UTF-8).
     */
    @Benchmark
    @OperationsPerInvocation(REQUESTS)
    public void encodeJackson(Blackhole bh) {
        for (int i = 0; i < REQUESTS; i++) {
            bh.consume(Wire.encodeReportWithGenerator(reports.get(i), correlations.get(i), false)
                    .getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Encoding the report alone. */
    @Benchmark
    @OperationsPerInvocation(REQUESTS)
    public void encode(Blackhole bh) {
        for (int i = 0; i < REQUESTS; i++) {
            bh.consume(json.encodeReportLine(reports.get(i), correlations.get(i)));
        }
    }
}
