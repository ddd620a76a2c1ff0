package org.aftercare.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.aftercare.evaluation.Aftercare;
import org.aftercare.evaluation.AftercareReport;
import org.aftercare.evaluation.EvaluationRequest;
import org.aftercare.jackson.AftercareJson;
import org.aftercare.jackson.DecodeLimits;
import org.aftercare.jackson.Decoded;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Benchmark 2: decoding a full request (plan, methadone, 12 weeks of vouchers at scale 1) with
 * {@link AftercareJson} and evaluating it, against Jackson data-binding of the same bytes into plain maps.
 * Target: at most 1.5x. Benchmark 4 ({@link #evaluateValidPlan}) is the evaluation alone of a valid plan, run
 * with the gc profiler for its allocation per evaluation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class EvaluateRequestBenchmark {
    @Param({"1"})
    public int scale;

    private AftercareJson json;
    private final ObjectMapper mapper = new ObjectMapper();
    private byte[] document;
    private EvaluationRequest validPlan;
    private AftercareReport report;

    /** Builds and encodes the request. */
    @Setup
    public void setUp() {
        // the standard limits at scale 1; the 10x and 100x documents (up to ~2 MB, 4,800 attendance records)
        // need larger ones
        json = scale == 1 ? AftercareJson.standard() : AftercareJson.withLimits(DecodeLimits.DEFAULT
                .withMaxDocumentBytes(64 << 20).withMaxArrayLength(1_000_000));
        document = json.encodeRequest(Workloads.full(scale), null).getBytes(StandardCharsets.UTF_8);
        validPlan = Workloads.plan(scale);
        report = decodeAndEvaluate();
    }

    /** Decodes the request and evaluates it. */
    @Benchmark
    public AftercareReport decodeAndEvaluate() {
        Decoded<EvaluationRequest> decoded = json.decodeRequest(document);
        return Aftercare.evaluate(((Decoded.Accepted<EvaluationRequest>) decoded).value());
    }

    /** Decodes the request only (same bytes as {@link #decodeAndEvaluate}): the decode half of benchmark 2. */
    @Benchmark
    public Decoded<EvaluationRequest> decode() {
        return json.decodeRequest(document);
    }

    /** Encodes the report of the request on one line, as the batch writes it: the encode part of a batch request. */
    @Benchmark
    public String encodeReportLine() {
        return json.encodeReportLine(report, null);
    }

    /** Encodes the report of the request on one line into UTF-8 bytes, as the batch writes it. */
    @Benchmark
    public byte[] encodeReportLineUtf8() {
        return json.encodeReportLineUtf8(report, null);
    }

    /** The same line through Jackson's generator, as before the byte writer: the same-run baseline of the two above. */
    @Benchmark
    public String encodeReportLineJackson() {
        return org.aftercare.jackson.internal.Wire.encodeReportWithGenerator(report, null, false);
    }

    /** Baseline: binds the same bytes to plain maps. */
    @Benchmark
    public Map<?, ?> bindToMaps() throws IOException {
        return mapper.readValue(document, Map.class);
    }

    /** Evaluates a valid plan (already decoded): what one evaluation allocates. */
    @Benchmark
    public AftercareReport evaluateValidPlan() {
        return Aftercare.evaluate(validPlan);
    }
}
