package org.aftercare.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.IntSupplier;
import org.aftercare.examples.SamplePlans;
import org.aftercare.jackson.AftercareJson;

/**
 * One round of benchmark 1's baseline for {@link JarComparison}: Jackson's {@code readTree} of the three sample
 * plans' request documents, a thousand times.
 *
 * @since 0.1.0
 */
public final class SampleParsingRounds implements IntSupplier {
    private final List<byte[]> documents;
    private final ObjectMapper mapper = new ObjectMapper();

    /** Encodes the sample plans' requests as {@link PlanValidationBenchmark} does. */
    public SampleParsingRounds() {
        AftercareJson json = AftercareJson.standard();
        documents = SamplePlans.all().stream()
                .map(s -> json.encodeRequest(s.request(), null).getBytes(StandardCharsets.UTF_8)).toList();
    }

    /**
     * Parses the three documents {@value SampleValidationRounds#REPEATS} times.
     *
     * @return the number of top-level members read, so the work cannot be optimized away
     */
    @Override
    public int getAsInt() {
        int members = 0;
        try {
            for (int i = 0; i < SampleValidationRounds.REPEATS; i++) {
                for (byte[] document : documents) {
                    members += mapper.readTree(document).size();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return members;
    }
}
