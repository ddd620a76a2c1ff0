package org.aftercare.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.aftercare.care.PlanValidation;
import org.aftercare.evaluation.EvaluationRequest;
import org.aftercare.examples.Sample;
import org.aftercare.examples.SamplePlans;
import org.aftercare.jackson.AftercareJson;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Benchmark 1: validating plans ({@link PlanValidation#validate}) against Jackson's {@code readTree} of the
 * same plans' JSON bytes. Target: validation at most 10% of parsing. {@code plans} is {@code samples} (the
 * three sample plans of aftercare-examples) or a scale of {@link Workloads#plan(int)}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PlanValidationBenchmark {
    @Param({"samples"})
    public String plans;

    private List<EvaluationRequest> requests;
    private List<byte[]> documents;
    private final ObjectMapper mapper = new ObjectMapper();

    /** Builds the plans and encodes each with AftercareJson. */
    @Setup
    public void setUp() {
        requests = plans.equals("samples") ? SamplePlans.all().stream().map(Sample::request).toList()
                : List.of(Workloads.plan(Integer.parseInt(plans)));
        AftercareJson json = AftercareJson.standard();
        documents = requests.stream().map(r -> json.encodeRequest(r, null).getBytes(StandardCharsets.UTF_8)).toList();
    }

    /** Validates every plan. */
    @Benchmark
    public void validate(Blackhole bh) {
        for (EvaluationRequest r : requests) {
            bh.consume(PlanValidation.validate(r.plan().orElseThrow(), r.context()));
        }
    }

    /** Baseline: parses every plan's JSON into a tree. */
    @Benchmark
    public void readTree(Blackhole bh) throws java.io.IOException {
        for (byte[] d : documents) {
            bh.consume(mapper.readTree(d));
        }
    }
}
