package org.aftercare.jackson;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import org.aftercare.evaluation.AftercareReport;
import org.aftercare.evaluation.EvaluationRequest;
import org.aftercare.jackson.internal.Wire;

/**
 * The JSON wire format of aftercare, such as decoding an evaluation request posted by an EHR plug-in and encoding
 * the report that answers it.
 *
 * <p>Decoding is strict and bounded: unknown members, duplicate keys, wrong types, non-numbers, numbers out of
 * range and invalid dates, instants, zones, durations and codes are all rejected, and so is anything beyond the
 * {@link DecodeLimits}. Every problem of a document is reported at once, each with its JSON Pointer; a document is
 * either decoded into a complete, valid request or rejected, never half-applied. Values are built through the
 * core's public factories, so every domain invariant holds; a factory's {@code InvalidValueException} becomes a
 * {@code json.invalid-value} problem at the member it names.
 *
 * <p>Encoding is deterministic: members in a fixed order, two-space indentation, {@code \n} line ends, no
 * locale-dependent formatting, so the same report gives the same bytes on every run, locale and default zone.
 * The correlation string is passed through untouched and never logged.
 *
 * <pre>{@code
 * AftercareJson json = AftercareJson.standard();
 * Decoded<EvaluationRequest> decoded = json.decodeRequest(body);
 * String response = decoded instanceof Decoded.Accepted<EvaluationRequest> ok
 *         ? json.encodeReport(Aftercare.evaluate(ok.value()), ok.correlation().orElse(null))
 *         : json.encodeProblems(decoded.problems());
 * }</pre>
 *
 * <p>The wire format is described in {@code docs/wire-format.md} and by the JSON Schemas in {@code docs/schema/}.
 *
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public final class AftercareJson {
    private static final AftercareJson STANDARD = new AftercareJson(DecodeLimits.DEFAULT);

    private final DecodeLimits limits;

    private AftercareJson(DecodeLimits limits) {
        this.limits = limits;
    }

    /**
     * Obtains the wire format with the {@linkplain DecodeLimits#DEFAULT default limits}.
     *
     * @return the wire format, not null
     */
    public static AftercareJson standard() {
        return STANDARD;
    }

    /**
     * Obtains the wire format with other limits.
     *
     * @param limits  the limits, not null
     * @return the wire format, not null
     */
    public static AftercareJson withLimits(DecodeLimits limits) {
        return new AftercareJson(Objects.requireNonNull(limits, "limits"));
    }

    /** Returns the limits decoding enforces. @return the limits, not null */
    public DecodeLimits limits() {
        return limits;
    }

    /**
     * Decodes an evaluation request.
     *
     * @param json  the document, UTF-8 (or UTF-16/32, detected), not null
     * @return the request and its correlation, or every problem found, not null
     */
    public Decoded<EvaluationRequest> decodeRequest(byte[] json) {
        Objects.requireNonNull(json, "json");
        return Wire.request(json, limits);
    }

    /**
     * Decodes an evaluation request from a stream, reading at most one byte more than the size limit. The stream is
     * not closed.
     *
     * @param json  the document, not null
     * @return the request and its correlation, or every problem found, not null
     * @throws IOException if the stream cannot be read
     */
    public Decoded<EvaluationRequest> decodeRequest(InputStream json) throws IOException {
        Objects.requireNonNull(json, "json");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long max = limits.maxDocumentBytes() + 1L;
        int n;
        while (out.size() < max
                && (n = json.read(buffer, 0, (int) Math.min(buffer.length, max - out.size()))) >= 0) {
            out.write(buffer, 0, n);
        }
        if (out.size() > limits.maxDocumentBytes()) {
            return new Decoded.Rejected<>(List.of(new Problem("", "json.limit.size", "the document must be at most "
                    + limits.maxDocumentBytes() + " bytes: it has more")));
        }
        return decodeRequest(out.toByteArray());
    }

    /**
     * Encodes an evaluation request in its wire form, for example to send it to a remote aftercare service.
     *
     * @param request  the request, not null
     * @param correlation  an opaque string for the caller, or null for none
     * @return the JSON text, not null
     * @throws IllegalArgumentException if the request's policy is not {@code us-default} with standard overlays and
     *     at most one overrides layer of overridable keys, or its incentive programme is not built from a preset with
     *     a named funding policy
     */
    public String encodeRequest(EvaluationRequest request, String correlation) {
        return Wire.encodeRequest(Objects.requireNonNull(request, "request"), correlation);
    }

    /**
     * Encodes a report.
     *
     * @param report  the report, not null
     * @param correlation  the request's correlation to echo, or null for none
     * @return the JSON text, not null
     */
    public String encodeReport(AftercareReport report, String correlation) {
        return Wire.encodeReport(Objects.requireNonNull(report, "report"), correlation);
    }

    /**
     * Encodes problems as {@code {"problems": [{"pointer": ..., "code": ..., "message": ...}]}}.
     *
     * @param problems  the problems, not null
     * @return the JSON text, not null
     */
    public String encodeProblems(List<Problem> problems) {
        return Wire.encodeProblems(List.copyOf(problems));
    }

    /**
     * Encodes a report on one line, without a final newline, for newline-delimited JSON (batch output).
     * Same fields, order and values as {@link #encodeReport}.
     *
     * @param report  the report, not null
     * @param correlation  the caller's opaque reference to pass through, or null
     * @return the JSON text on one line, not null
     */
    public String encodeReportLine(AftercareReport report, String correlation) {
        return Wire.encodeReport(Objects.requireNonNull(report, "report"), correlation, false);
    }

    /**
     * Encodes a report on one line in UTF-8, without a final newline, for newline-delimited JSON written to a file or
     * socket: the bytes of {@link #encodeReportLine} as {@code String.getBytes(UTF_8)} encodes them, written straight
     * into bytes without building the {@code String}. A lone surrogate in a text (which UTF-8 cannot encode) becomes
     * {@code ?}, as {@code getBytes} makes it.
     *
     * <pre>{@code
     * byte[] line = json.encodeReportLineUtf8(Aftercare.evaluate(request), "visit-42");
     * out.write(line);
     * out.write('\n');
     * }</pre>
     *
     * @param report  the report, not null
     * @param correlation  the caller's opaque reference to pass through, or null
     * @return the UTF-8 bytes of the JSON text on one line, a new array, not null
     * @since 0.1.0
     */
    public byte[] encodeReportLineUtf8(AftercareReport report, String correlation) {
        return Wire.encodeReportLineUtf8(Objects.requireNonNull(report, "report"), correlation);
    }

    /**
     * Encodes problems on one line, without a final newline, for newline-delimited JSON.
     *
     * @param problems  the problems, not null
     * @return the JSON text on one line, not null
     */
    public String encodeProblemsLine(List<Problem> problems) {
        return Wire.encodeProblems(List.copyOf(problems), false);
    }
}
