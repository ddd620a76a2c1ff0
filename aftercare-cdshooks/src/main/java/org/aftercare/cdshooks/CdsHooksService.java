package org.aftercare.cdshooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.aftercare.Finding;
import org.aftercare.Policy;
import org.aftercare.evaluation.StandardPolicies;
import org.aftercare.fhir.FhirMapper;
import org.aftercare.jackson.AftercareJson;
import org.aftercare.jackson.DecodeLimits;
import org.aftercare.jackson.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A framework-free CDS Hooks 2.0 service, such as the one {@code ./aftercare serve} runs: request bytes in,
 * {@link Response} out, for discovery ({@code GET /cds-services}), the hook services
 * ({@code POST /cds-services/{id}}) and feedback ({@code POST /cds-services/{id}/feedback}).
 *
 * <pre>{@code
 * CdsHooksService service = CdsHooksService.builder(Clock.systemUTC(), ZoneId.of("America/New_York")).build();
 * Response r = service.handle("POST", "/cds-services/aftercare-medication-order-sign", body);
 * // r.status() 200, r.bodyText() {"cards": [...]}
 * }</pre>
 *
 * <p>Malformed requests get 400 and a problem document ({@code {"problems": [{"pointer", "code", "message"}]}})
 * naming every problem; an unknown service or path 404; a wrong method 405; a body over the size limit 413.
 * Nothing a client sent is logged: one DEBUG line per request names the route and status only.
 *
 * @implSpec This class is immutable and thread-safe; create one and share it between threads.
 * @since 0.1.0
 */
public final class CdsHooksService {
    private static final Logger LOG = LoggerFactory.getLogger(CdsHooksService.class);
    private static final String BASE = "/cds-services";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** The default bounds of a request: 4 MiB, depth 64, strings of 100 000 chars, arrays of 10 000 elements. */
    public static final DecodeLimits DEFAULT_LIMITS = new DecodeLimits(4 << 20, 64, 100_000, 10_000);

    private final Clock clock;
    private final ZoneId zone;
    private final Policy policy;
    private final FhirMapper mapper;
    private final FhirFetcher fetcher;
    private final Predicate<URI> fhirServers;
    private final FeedbackSink feedbackSink;
    private final DecodeLimits limits;
    private final Map<String, CdsService> services;
    private final ObjectMapper json;
    private final JsonInput input;
    private final ObjectWriter printer;
    private final AftercareJson problemsJson;
    private final byte[] discovery;

    private CdsHooksService(Builder b) {
        this.clock = b.clock;
        this.zone = b.zone;
        this.policy = b.policy;
        this.mapper = b.mapper == null ? FhirMapper.r4() : b.mapper;
        this.fetcher = b.fetcher == null ? HttpFhirFetcher.standard() : b.fetcher;
        this.fhirServers = b.fhirServers;
        this.feedbackSink = b.feedbackSink;
        this.limits = b.limits;
        this.input = new JsonInput(b.limits);
        Map<String, CdsService> byId = new LinkedHashMap<>();
        for (CdsService s : b.services) {
            if (byId.put(s.id(), s) != null) {
                throw new IllegalArgumentException("two services have the id " + s.id());
            }
        }
        this.services = java.util.Collections.unmodifiableMap(byId);
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        this.json = new ObjectMapper();
        this.printer = json.writer(new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(indenter).withArrayIndenter(indenter));
        this.problemsJson = AftercareJson.standard();
        this.discovery = write(discoveryDocument());
    }

    /**
     * Obtains a builder with the standard services, the {@code us-default} policy, HAPI's R4 mapper, the HTTP
     * fetcher (https servers, or http on loopback), 4 MiB requests and feedback counted only.
     *
     * @param clock  the clock giving the as-of instant of every evaluation, not null
     * @param zone  the clinic's zone, not null
     * @return the builder, not null
     */
    public static Builder builder(Clock clock, ZoneId zone) {
        return new Builder(Objects.requireNonNull(clock, "clock"), Objects.requireNonNull(zone, "zone"));
    }

    /**
     * Returns the bounds of a request; a host need read at most {@code maxDocumentBytes() + 1} bytes of a body.
     *
     * @return the limits, not null
     */
    public DecodeLimits limits() {
        return limits;
    }

    /**
     * Returns the services, in discovery order.
     *
     * @return the services, not null
     */
    public List<CdsService> services() {
        return List.copyOf(services.values());
    }

    /**
     * Handles one HTTP request. Never throws for any method, path or body; a failure of the service itself is
     * a 500 naming no request content.
     *
     * @param method  the HTTP method, such as {@code "POST"}, not null
     * @param path  the request path without query, such as {@code "/cds-services/aftercare-patient-view"}, not null
     * @param body  the request body, possibly empty, not null
     * @return the response, not null
     */
    public Response handle(String method, String path, byte[] body) {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(body, "body");
        Response r;
        try {
            r = route(method.toUpperCase(Locale.ROOT), path, body);
        } catch (RuntimeException | StackOverflowError e) {
            LOG.error("CDS Hooks request failed inside the service ({})", e.getClass().getSimpleName());
            r = response(500, message("internal failure of the CDS service; the request was not evaluated"));
        }
        if (LOG.isDebugEnabled()) {
            LOG.debug("{} {} -> {}", method.matches("[A-Za-z]{1,10}") ? method : "(other method)", routeName(path),
                    r.status());
        }
        return r;
    }

    private Response route(String method, String rawPath, byte[] body) {
        String path = rawPath.length() > 1 && rawPath.endsWith("/") ? rawPath.substring(0, rawPath.length() - 1)
                : rawPath;
        if (method.equals("OPTIONS")) {
            return new Response(204, cors(Map.of()), new byte[0]);
        }
        if (path.equals(BASE)) {
            return method.equals("GET") ? new Response(200, json(), discovery) : notAllowed("GET");
        }
        if (!path.startsWith(BASE + "/")) {
            return response(404, message("no such resource; the services are listed at GET /cds-services"));
        }
        String rest = path.substring(BASE.length() + 1);
        boolean feedback = rest.endsWith("/feedback");
        String id = feedback ? rest.substring(0, rest.length() - "/feedback".length()) : rest;
        CdsService service = services.get(id);
        if (service == null) {
            return response(404, message("no such CDS service; the services are listed at GET /cds-services"));
        }
        if (!method.equals("POST")) {
            return notAllowed("POST");
        }
        if (body.length > limits.maxDocumentBytes()) {
            return problems(413, List.of(new Problem("", "json.limit.size", "the request must be at most "
                    + limits.maxDocumentBytes() + " bytes: it has " + body.length)));
        }
        List<Problem> problems = new ArrayList<>();
        JsonNode root = input.read(body, problems);
        if (root == null) {
            return problems(400, problems);
        }
        if (feedback) {
            List<Feedback> entries = FeedbackReader.read(root, problems);
            if (entries == null) {
                return problems(400, problems);
            }
            feedbackSink.accept(service.id(), entries);
            return response(200, NODES.objectNode());
        }
        HookRequest request = HookRequestReader.read(root, service, problems);
        if (request == null) {
            return problems(400, problems);
        }
        HookEvaluation evaluation = new HookEvaluation(service, request, mapper, fetcher, fhirServers, json);
        Optional<List<Finding>> findings = evaluation.findings(clock.instant(), zone, policy, problems);
        if (findings.isEmpty()) {
            return problems(400, problems);
        }
        ObjectNode out = NODES.objectNode();
        ArrayNode cards = CardWriter.cards(findings.get(), request.hookInstance(), request.patientId());
        out.set("cards", cards);
        return response(200, out);
    }

    private ObjectNode discoveryDocument() {
        ObjectNode doc = NODES.objectNode();
        ArrayNode list = doc.putArray("services");
        for (CdsService s : services.values()) {
            ObjectNode o = list.addObject();
            o.put("hook", s.hook().id());
            o.put("title", s.title());
            o.put("description", s.description());
            o.put("id", s.id());
            ObjectNode prefetch = o.putObject("prefetch");
            s.prefetch().forEach(prefetch::put);
        }
        return doc;
    }

    private Response notAllowed(String allow) {
        Map<String, String> headers = new LinkedHashMap<>(json());
        headers.put("Allow", allow + ", OPTIONS");
        return new Response(405, headers, write(message("method not allowed here; use " + allow)));
    }

    private Response problems(int status, List<Problem> problems) {
        return new Response(status, json(), problemsJson.encodeProblems(problems).getBytes(StandardCharsets.UTF_8));
    }

    private Response response(int status, JsonNode body) {
        return new Response(status, json(), write(body));
    }

    private static ObjectNode message(String text) {
        return NODES.objectNode().put("message", text);
    }

    private byte[] write(JsonNode node) {
        try {
            return (printer.writeValueAsString(node) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree could not be written", e);
        }
    }

    private static Map<String, String> json() {
        return cors(Map.of("Content-Type", Response.JSON));
    }

    private static Map<String, String> cors(Map<String, String> headers) {
        Map<String, String> h = new LinkedHashMap<>(headers);
        h.put("Access-Control-Allow-Origin", "*");
        h.put("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
        h.put("Access-Control-Allow-Headers", "Authorization, Content-Type");
        h.put("Access-Control-Expose-Headers", "Origin, Accept, Content-Location, Location, X-Requested-With");
        return h;
    }

    private String routeName(String path) {
        if (path.equals(BASE) || path.equals(BASE + "/")) {
            return BASE;
        }
        for (String id : services.keySet()) {
            if (path.startsWith(BASE + "/" + id)) {
                return BASE + "/" + id + (path.endsWith("/feedback") ? "/feedback" : "");
            }
        }
        return "(other path)";
    }

    /**
     * Checks if a FHIR server may be read with a request's token by default: https anywhere, or http on a
     * loopback address.
     *
     * @param server  the FHIR base URL, not null
     * @return true if the default policy allows it
     */
    public static boolean httpsOrLoopback(URI server) {
        String scheme = server.getScheme() == null ? "" : server.getScheme().toLowerCase(Locale.ROOT);
        if (scheme.equals("https")) {
            return true;
        }
        String host = server.getHost();
        if (!scheme.equals("http") || host == null) {
            return false;
        }
        if (host.equalsIgnoreCase("localhost")) {
            return true;
        }
        if (!host.matches("[0-9.]+|\\[[0-9a-fA-F:]+\\]")) {
            return false;
        }
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return "CdsHooksService[services=" + services.keySet() + ", zone=" + zone + "]";
    }

    /**
     * Builds a {@link CdsHooksService}. Not thread-safe.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private final Clock clock;
        private final ZoneId zone;
        private Policy policy = StandardPolicies.usDefault();
        private FhirMapper mapper;
        private FhirFetcher fetcher;
        private Predicate<URI> fhirServers = CdsHooksService::httpsOrLoopback;
        private FeedbackSink feedbackSink = new FeedbackCounts();
        private DecodeLimits limits = DEFAULT_LIMITS;
        private List<CdsService> services = CdsService.standard();

        private Builder(Clock clock, ZoneId zone) {
            this.clock = clock;
            this.zone = zone;
        }

        /**
         * Sets the policy the rules apply (default {@code us-default}).
         *
         * @param value  the policy, not null
         * @return this builder
         */
        public Builder policy(Policy value) {
            this.policy = Objects.requireNonNull(value, "policy");
            return this;
        }

        /**
         * Sets the FHIR mapper (default {@link FhirMapper#r4()}); share one, it is expensive to create.
         *
         * @param value  the mapper, not null
         * @return this builder
         */
        public Builder mapper(FhirMapper value) {
            this.mapper = Objects.requireNonNull(value, "mapper");
            return this;
        }

        /**
         * Sets how missing prefetch is read from a client's FHIR server (default {@link HttpFhirFetcher#standard()}).
         *
         * @param value  the fetcher, not null
         * @return this builder
         */
        public Builder fetcher(FhirFetcher value) {
            this.fetcher = Objects.requireNonNull(value, "fetcher");
            return this;
        }

        /**
         * Sets which FHIR servers the service may send a request's token to (default
         * {@link CdsHooksService#httpsOrLoopback}); a host should narrow this to the EHRs it serves.
         *
         * @param value  the test, not null
         * @return this builder
         */
        public Builder fhirServers(Predicate<URI> value) {
            this.fhirServers = Objects.requireNonNull(value, "fhirServers");
            return this;
        }

        /**
         * Sets where feedback goes (default: a new {@link FeedbackCounts}).
         *
         * @param value  the sink, not null
         * @return this builder
         */
        public Builder feedbackSink(FeedbackSink value) {
            this.feedbackSink = Objects.requireNonNull(value, "feedbackSink");
            return this;
        }

        /**
         * Sets the bounds of a request (default {@link CdsHooksService#DEFAULT_LIMITS}).
         *
         * @param value  the limits, not null
         * @return this builder
         */
        public Builder limits(DecodeLimits value) {
            this.limits = Objects.requireNonNull(value, "limits");
            return this;
        }

        /**
         * Sets the services (default {@link CdsService#standard()}).
         *
         * @param value  the services, unique ids, not empty
         * @return this builder
         */
        public Builder services(List<CdsService> value) {
            this.services = List.copyOf(Objects.requireNonNull(value, "services"));
            if (services.isEmpty()) {
                throw new IllegalArgumentException("at least one service is needed");
            }
            return this;
        }

        /**
         * Builds the service.
         *
         * @return the service, not null
         */
        public CdsHooksService build() {
            return new CdsHooksService(this);
        }
    }
}
