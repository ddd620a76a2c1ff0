package org.aftercare.jackson;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.aftercare.evaluation.EvaluationRequest;

/**
 * Test fixtures: the sample requests are the examples module's JSON samples, read by relative path (this module must
 * not depend on the examples module); the stored reports are under {@code src/test/resources/samples}.
 */
final class Fixtures {
    /** The examples module's sample requests, relative to this module's directory. */
    static final Path SAMPLE_REQUESTS = Path.of("..", "aftercare-examples", "src", "main", "resources", "org", "aftercare",
            "examples", "samples");
    private static final String REQUEST_SUFFIX = ".request.json";

    private Fixtures() {
    }

    /** The names of the sample requests, such as {@code step-down-3.5-to-2.1}, sorted. */
    static List<String> sampleNames() {
        try (Stream<Path> files = Files.list(SAMPLE_REQUESTS)) {
            List<String> names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(REQUEST_SUFFIX))
                    .map(n -> n.substring(0, n.length() - REQUEST_SUFFIX.length())).sorted().toList();
            if (names.isEmpty()) {
                throw new IllegalStateException("no sample requests in " + SAMPLE_REQUESTS.toAbsolutePath());
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bytes of a sample request of the examples module. */
    static byte[] requestBytes(String name) {
        try {
            return Files.readAllBytes(SAMPLE_REQUESTS.resolve(name + REQUEST_SUFFIX));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String requestText(String name) {
        return new String(requestBytes(name), StandardCharsets.UTF_8);
    }

    /** A sample request, decoded; fails if the decoder rejects it. */
    static EvaluationRequest request(String name) {
        return accepted(requestBytes(name));
    }

    /** The bytes of a stored report fixture, {@code src/test/resources/samples/<name>.report.json}. */
    static byte[] reportBytes(String name) {
        return bytes(name + ".report.json");
    }

    static String reportText(String name) {
        return new String(reportBytes(name), StandardCharsets.UTF_8);
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
