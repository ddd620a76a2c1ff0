package org.aftercare.examples;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.aftercare.evaluation.Aftercare;
import org.aftercare.evaluation.AftercareReport;
import org.aftercare.evaluation.EvaluationRequest;
import org.aftercare.jackson.AftercareJson;
import org.aftercare.jackson.Decoded;
import org.aftercare.jackson.Problem;

/**
 * The integration steps docs/integration.md quotes, such as decoding a JSON request, evaluating it
 * and encoding the report. Compiled and run by IntegrationExampleTest, so the guide cannot drift.
 *
 * @since 0.1.0
 */
public final class IntegrationExample {
    private IntegrationExample() {
    }

    /**
     * Decodes a JSON request, evaluates it and returns the JSON report, or the JSON problem
     * document when the request is rejected.
     *
     * @param file  the request file, not null
     * @return the report or problem document, not null
     * @throws java.io.IOException if the file cannot be read
     */
    public static String evaluateFile(Path file) throws java.io.IOException {
        // snippet:evaluate
        AftercareJson json = AftercareJson.standard();
        Decoded<EvaluationRequest> decoded = json.decodeRequest(Files.readAllBytes(file));
        if (decoded instanceof Decoded.Rejected<EvaluationRequest> rejected) {
            for (Problem p : rejected.problems()) {
                System.err.println(p.pointer() + " " + p.code() + ": " + p.message());
            }
            return json.encodeProblems(rejected.problems());
        }
        Decoded.Accepted<EvaluationRequest> accepted = (Decoded.Accepted<EvaluationRequest>) decoded;
        AftercareReport report = Aftercare.evaluate(accepted.value());
        return json.encodeReport(report, accepted.correlation().orElse(null));
        // end-snippet
    }

    /**
     * Reads a request through a plain Jackson {@code ObjectMapper} with the module discovered on the class path.
     *
     * @param file  the request file, not null
     * @return the request, not null
     * @throws java.io.IOException if the file cannot be read or is not a valid request
     */
    public static EvaluationRequest readWithObjectMapper(Path file) throws java.io.IOException {
        // snippet:mapper
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();   // finds AftercareModule
        EvaluationRequest request = mapper.readValue(Files.readString(file, StandardCharsets.UTF_8),
                EvaluationRequest.class);
        // end-snippet
        return request;
    }

    /**
     * Answers a request body with the JSON report, or the problem document when it is rejected, in one expression.
     *
     * @param body  the request body, not null
     * @return the report or problem document, not null
     */
    public static String respond(byte[] body) {
        // snippet:respond
        AftercareJson json = AftercareJson.standard();            // or AftercareJson.withLimits(DecodeLimits...)
        Decoded<EvaluationRequest> decoded = json.decodeRequest(body);   // byte[] or InputStream
        String response = decoded instanceof Decoded.Accepted<EvaluationRequest> ok
                ? json.encodeReport(Aftercare.evaluate(ok.value()), ok.correlation().orElse(null))
                : json.encodeProblems(decoded.problems());
        // end-snippet
        return response;
    }
}
