package org.aftercare.jackson;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.aftercare.evaluation.EvaluationRequest;

/** Test fixtures under {@code src/test/resources/samples}. */
final class Fixtures {
    private Fixtures() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/samples/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    static EvaluationRequest accepted(byte[] json) {
        Decoded<EvaluationRequest> d = AftercareJson.standard().decodeRequest(json);
        if (!(d instanceof Decoded.Accepted<EvaluationRequest> ok)) {
            throw new AssertionError("rejected: " + d.problems());
        }
        return ok.value();
    }

    static EvaluationRequest accepted(String json) {
        return accepted(json.getBytes(StandardCharsets.UTF_8));
    }
}
