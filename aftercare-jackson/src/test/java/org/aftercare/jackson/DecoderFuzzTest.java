package org.aftercare.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.aftercare.evaluation.EvaluationRequest;
import org.junit.jupiter.api.Test;

/**
 * Coverage-guided fuzzing of {@link AftercareJson#decodeRequest(byte[])} with Jazzer.
 *
 * <p>Seeds: the four sample requests, in {@code DecoderFuzzTestInputs/fuzz_decodeRequest/} under the test resources
 * (every file there is also replayed as a regression input on each run). The module's Surefire configuration sets
 * {@code JAZZER_FUZZ=1} for this class alone (an execution of its own, in a fresh JVM), so {@code mvn verify} fuzzes
 * for {@code maxDuration}; with {@code -Djazzer.fuzz=0} only the seeds run. The generated corpus and any finding
 * ({@code crash-...}, the input that broke a property) go under {@code target/jazzer/}; to keep a finding as a
 * regression input, copy it next to the seeds. Budget: 50 s of fuzzing plus about 30 s of instrumentation and seed
 * replay, which keeps this module's tests near two minutes on a two-core machine.
 *
 * <p>Properties: no exception escapes (the decoder documents none but {@code NullPointerException} for null);
 * every result is either accepted without problems or rejected with at least one problem, each with a
 * {@code json.} code, a non-blank message and a pointer that is {@code ""} or starts with {@code /}; and the heap in
 * use after a collection stays below a bound, checked every few thousand inputs.
 */
class DecoderFuzzTest {
    private static final AftercareJson JSON = AftercareJson.standard();
    /** Far above what a decode needs (documents are at most 1 MiB), far below what a leak would reach. */
    private static final long HEAP_BOUND = 512L << 20;
    private static long runs;

    @FuzzTest(maxDuration = "50s")
    void fuzz_decodeRequest(byte[] input) {
        Decoded<EvaluationRequest> decoded = JSON.decodeRequest(input);

        check(decoded);
        if (decoded instanceof Decoded.Accepted<EvaluationRequest> ok) {
            // What a caller does next must not fail either: evaluate, encode the report, and re-encode the request,
            // which must decode again.
            String correlation = ok.correlation().orElse(null);
            JSON.encodeReport(org.aftercare.evaluation.Aftercare.evaluate(ok.value()), correlation);
            String again = JSON.encodeRequest(ok.value(), correlation);
            assertThat(JSON.decodeRequest(again.getBytes(java.nio.charset.StandardCharsets.UTF_8)).problems())
                    .as(again).isEmpty();
        } else {
            JSON.encodeProblems(decoded.problems());
        }
        if (++runs % 5_000 == 0) {
            System.gc();
            Runtime rt = Runtime.getRuntime();
            assertThat(rt.totalMemory() - rt.freeMemory()).as("heap in use after %d inputs", runs)
                    .isLessThan(HEAP_BOUND);
        }
    }

    static void check(Decoded<EvaluationRequest> decoded) {
        assertThat(decoded).isNotNull();
        if (decoded instanceof Decoded.Accepted<EvaluationRequest> ok) {
            assertThat(ok.problems()).isEmpty();
            assertThat(ok.value()).isNotNull();
            assertThat(ok.correlation()).isNotNull();
        } else {
            assertThat(decoded.problems()).isNotEmpty();
            for (Problem p : decoded.problems()) {
                assertThat(p.code()).as(p.toString()).startsWith("json.").matches("json\\.[a-z.-]+");
                assertThat(p.message()).as(p.toString()).isNotBlank();
                assertThat(p.pointer()).as(p.toString()).matches(s -> s.isEmpty() || s.startsWith("/"), "\"\" or /...");
            }
        }
    }

    @Test
    void test_decode_null_throwsNullPointerException() {
        assertThatNullPointerException().isThrownBy(() -> JSON.decodeRequest((byte[]) null));
        assertThatNullPointerException().isThrownBy(() -> JSON.decodeRequest((java.io.InputStream) null));
    }
}
