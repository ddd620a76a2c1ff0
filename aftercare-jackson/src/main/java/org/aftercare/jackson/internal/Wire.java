package org.aftercare.jackson.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SegmentedStringWriter;
import com.fasterxml.jackson.core.util.BufferRecycler;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.aftercare.Evaluation;
import org.aftercare.MoudStatus;
import org.aftercare.PatientContext;
import org.aftercare.Policy;
import org.aftercare.AppliedThreshold;
import org.aftercare.Finding;
import org.aftercare.care.AftercarePlan;
import org.aftercare.evaluation.AftercareReport;
import org.aftercare.evaluation.EvaluationRequest;
import org.aftercare.jackson.DecodeLimits;
import org.aftercare.jackson.Decoded;
import org.aftercare.jackson.Problem;
import org.aftercare.medication.MedicationRecord;

/**
 * The top level of the wire format: requests, reports and problem lists. Decoding composes the domains' readers;
 * encoding writes members in a fixed order with {@code \n} line ends, so equal values give equal bytes whatever the
 * default locale and zone.
 */
public final class Wire {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private Wire() {
    }

    /**
     * Decodes a request from its bytes, enforcing the limits.
     *
     * @param json  the document
     * @param limits  the limits
     * @return the decoded request or every problem
     */
    public static Decoded<EvaluationRequest> request(byte[] json, DecodeLimits limits) {
        Problems problems = new Problems();
        return request(JsonTree.parse(json, limits, problems), problems);
    }

    /**
     * Decodes a request from a tree read by any Jackson parser (such as a Jackson deserializer's).
     *
     * @param root  the root, or null when there is no document
     * @param problems  where problems go
     * @return the decoded request or every problem
     */
    public static Decoded<EvaluationRequest> request(JsonNode root, Problems problems) {
        return request(JsonTree.of(root), problems);
    }

    /**
     * Decodes a request from a tree of {@link JsonTree}'s values.
     *
     * @param root  the root, or null when the document could not be read (its problems are already reported)
     * @param problems  the problems found so far, and where new ones go
     */
    private static Decoded<EvaluationRequest> request(Object root, Problems problems) {
        EvaluationRequest request = null;
        String[] correlation = new String[1];
        if (root != null) {
            request = request(root, problems, correlation);
        }
        if (problems.any() || request == null) {
            if (!problems.any()) {
                throw new IllegalStateException("a request was rejected without a problem");
            }
            return new Decoded.Rejected<>(problems.sorted());
        }
        return new Decoded.Accepted<>(request, Optional.ofNullable(correlation[0]));
    }

    private static EvaluationRequest request(Object root, Problems problems, String[] correlationOut) {
        Obj o = Obj.of(root, Pointer.root(), problems);
        if (o == null) {
            return null;
        }
        int mark = problems.mark();
        Instant asOf = o.required("asOf", Reads.instant());
        ZoneId zone = o.required("zone", Reads.zone());
        Policy policy = o.required("policy", KernelJson::policy);
        String correlation = o.optional("correlation", Reads.string(), null);
        PatientContext patient = o.required("patient", KernelJson::patient);
        MoudStatus moud = o.optional("moud", KernelJson::moud, MoudStatus.unknown());
        AftercarePlan plan = o.optional("plan", (n, p, pr) -> CareJson.plan(n, p, pr, patient, moud), null);
        MedicationRecord medication = o.optional("medication", MedicationJson::record, null);
        IncentiveJson.Section incentive = o.optional("incentive", IncentiveJson::section, null);
        if (!o.has("plan") && !o.has("medication") && !o.has("incentive")) {
            problems.add("", "json.missing",
                    "a request must hold at least one of \"plan\", \"medication\" and \"incentive\"");
        }
        correlationOut[0] = correlation;
        return o.build(mark, () -> {
            EvaluationRequest.Builder b = EvaluationRequest.builder(asOf, zone).policy(policy).patient(patient).moud(moud);
            if (plan != null) {
                b.plan(plan);
            }
            if (medication != null) {
                b.medication(medication);
            }
            if (incentive != null) {
                b.incentives(incentive.program(), incentive.events()).drawSeed(incentive.drawSeed());
            }
            return b.build();
        });
    }

    /**
     * Encodes a request.
     *
     * @param request  the request
     * @param correlation  the correlation, or null
     * @return the JSON text
     * @throws IllegalArgumentException if the request's policy or programme has no wire form
     */
    public static String encodeRequest(EvaluationRequest request, String correlation) {
        return write(g -> writeRequest(g, request, correlation));
    }

    /** Writes a request to a generator. */
    public static void writeRequest(JsonGenerator g, EvaluationRequest request, String correlation) throws IOException {
        g.writeStartObject();
        if (correlation != null) {
            g.writeStringField("correlation", correlation);
        }
        g.writeStringField("asOf", request.context().asOf().toString());
        g.writeStringField("zone", request.context().zone().getId());
        g.writeFieldName("policy");
        KernelJson.writePolicy(g, request.context().policy());
        g.writeFieldName("patient");
        KernelJson.writePatient(g, request.patient());
        g.writeFieldName("moud");
        KernelJson.writeMoud(g, request.moud());
        if (request.plan().isPresent()) {
            g.writeFieldName("plan");
            CareJson.writePlan(g, request.plan().get());
        }
        if (request.medication().isPresent()) {
            g.writeFieldName("medication");
            MedicationJson.writeRecord(g, request.medication().get());
        }
        if (request.incentiveProgram().isPresent()) {
            g.writeFieldName("incentive");
            IncentiveJson.writeSection(g, request.incentiveProgram().get(), request.incentiveEvents(),
                    request.drawSeed());
        }
        g.writeEndObject();
    }

    /**
     * Encodes a report.
     *
     * @param report  the report
     * @param correlation  the correlation to echo, or null
     * @return the JSON text
     */
    public static String encodeReport(AftercareReport report, String correlation) {
        return encodeReport(report, correlation, true);
    }

    /**
     * Encodes a report, pretty-printed (with a final newline) or on one line (without). The line is written by
     * {@link ReportLine} straight into UTF-8 and decoded once into the {@code String}; Jackson writes it instead in
     * the one case where those bytes do not give back Jackson's text, a lone surrogate.
     */
    public static String encodeReport(AftercareReport report, String correlation, boolean pretty) {
        if (!pretty) {
            Utf8Json line = ReportLine.write(report, correlation);
            if (!line.replacedSurrogate()) {
                return line.toUtf8String();
            }
        }
        return write(pretty, g -> writeReport(g, report, correlation));
    }

    /**
     * Encodes a report through Jackson's generator, pretty or on one line: the plain path that the one-line writer
     * ({@link ReportLine}) must equal, kept for the tests that compare them and for text with lone surrogates.
     *
     * @param report  the report
     * @param correlation  the correlation to echo, or null
     * @param pretty  pretty-printed with a final newline, or on one line
     * @return the JSON text
     */
    public static String encodeReportWithGenerator(AftercareReport report, String correlation, boolean pretty) {
        return write(pretty, g -> writeReport(g, report, correlation));
    }

    /**
     * Encodes a report on one line in UTF-8: the bytes of {@code encodeReport(report, correlation, false)} as
     * {@code String.getBytes(UTF_8)} encodes them (a lone surrogate, which UTF-8 cannot hold, as {@code ?}).
     *
     * @param report  the report
     * @param correlation  the correlation to echo, or null
     * @return the UTF-8 bytes, a new array
     */
    public static byte[] encodeReportLineUtf8(AftercareReport report, String correlation) {
        return ReportLine.write(report, correlation).toByteArray();
    }

    /** Writes a report to a generator. */
    public static void writeReport(JsonGenerator g, AftercareReport report, String correlation) throws IOException {
        Evaluation e = report.evaluation();
        g.writeStartObject();
        if (correlation != null) {
            g.writeStringField("correlation", correlation);
        }
        g.writeStringField("asOf", e.asOf().toString());
        g.writeStringField("zone", e.zone().getId());
        g.writeStringField("policy", e.policyName());
        g.writeArrayFieldStart("findings");
        for (Finding f : e.findings()) {
            KernelJson.writeFinding(g, f);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("appliedThresholds");
        for (AppliedThreshold a : e.appliedThresholds()) {
            KernelJson.writeAppliedThreshold(g, a);
        }
        g.writeEndArray();
        if (!report.forecasts().isEmpty()) {
            MedicationJson.writeForecasts(g, report.forecasts());
        }
        if (report.incentiveReport().isPresent()) {
            g.writeFieldName("incentive");
            IncentiveJson.writeReport(g, report.incentiveReport().get());
        }
        g.writeEndObject();
    }

    /**
     * Encodes problems as {@code {"problems": [{"pointer", "code", "message"}]}}.
     *
     * @param problems  the problems
     * @return the JSON text
     */
    public static String encodeProblems(List<Problem> problems) {
        return encodeProblems(problems, true);
    }

    /** Encodes problems, pretty-printed (with a final newline) or on one line (without). */
    public static String encodeProblems(List<Problem> problems, boolean pretty) {
        return write(pretty, g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("problems");
            for (Problem p : problems) {
                g.writeStartObject();
                g.writeStringField("pointer", p.pointer());
                g.writeStringField("code", p.code());
                g.writeStringField("message", p.message());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    /** The generator of the compact text being written on this thread, if any: its output format is this class's. */
    private static final ThreadLocal<JsonGenerator> COMPACT = new ThreadLocal<>();

    /**
     * Checks if a generator writes this class's compact text (no pretty printer, the factory's default escaping), so
     * a value's text written once by {@link #compact} can be written raw into it. Generators of other mappers
     * (the Jackson module's users) are never compact, whatever their settings.
     */
    static boolean isCompact(JsonGenerator g) {
        return COMPACT.get() == g;
    }

    /** Returns the compact text of one value, as {@link #write(boolean, Body) write(false, body)} writes it. */
    static String compact(Body body) {
        JsonGenerator outer = COMPACT.get();
        try {
            return write(false, body);
        } finally {
            COMPACT.set(outer);
        }
    }

    private static String write(Body body) {
        return write(true, body);
    }

    private static String write(boolean pretty, Body body) {
        if (!pretty) {
            // As ObjectMapper.writeValueAsString does: the text in segments from the factory's recycled buffers, copied
            // once into the String, instead of a StringWriter's StringBuffer that grows (copying) and is copied again.
            BufferRecycler recycler = FACTORY._getBufferRecycler();
            try (SegmentedStringWriter text = new SegmentedStringWriter(recycler)) {
                try (JsonGenerator g = FACTORY.createGenerator(text)) {
                    COMPACT.set(g);
                    body.write(g);
                }
                return text.getAndClear();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                COMPACT.remove();
                recycler.releaseToPool();
            }
        }
        StringWriter out = new StringWriter();
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(indenter).withArrayIndenter(indenter);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.setPrettyPrinter(printer);
            body.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.append('\n').toString();
    }
}
