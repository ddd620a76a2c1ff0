package org.aftercare.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.aftercare.cdshooks.CdsHooksService;
import org.aftercare.cdshooks.Feedback;
import org.aftercare.cdshooks.FeedbackCounts;
import org.aftercare.cdshooks.HttpFhirFetcher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Starts the real CDS Hooks server ({@link CdsHooksServer}, as {@code ./aftercare serve} does) on an ephemeral
 * loopback port and calls it over HTTP with requests shaped like the CDS Hooks 2.0 specification's examples. The
 * requests and the exact responses are files under src/test/resources/cdshooks, which docs/ehr-integration.md
 * quotes verbatim.
 */
class CdsHooksServerTest {
    static final Path SAMPLES = Path.of("src/test/resources/cdshooks");
    static final Instant AS_OF = Instant.parse("2026-04-03T13:00:00Z");
    static final String TOKEN = "some-opaque-fhir-access-token";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final FeedbackCounts FEEDBACK = new FeedbackCounts();
    static CdsHooksServer server;
    static FakeFhirServer fhir;

    record Reply(int status, String contentType, String body) {
        JsonNode json() throws IOException {
            return JSON.readTree(body);
        }
    }

    @BeforeAll
    static void start() throws IOException {
        CdsHooksService service = CdsHooksService.builder(Clock.fixed(AS_OF, ZoneOffset.UTC),
                        ZoneId.of("America/New_York"))
                .fetcher(HttpFhirFetcher.of(Duration.ofSeconds(2), Duration.ofSeconds(5), 1 << 20))
                .feedbackSink(FEEDBACK)
                .build();
        server = CdsHooksServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), service, 4);
        fhir = new FakeFhirServer(TOKEN);
    }

    @AfterAll
    static void stop() {
        server.close();
        fhir.close();
    }

    static Reply call(String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(server.baseUri().resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json");
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
    }

    static String sample(String name) throws IOException {
        return Files.readString(SAMPLES.resolve(name), StandardCharsets.UTF_8);
    }

    static List<String> problems(Reply r) throws IOException {
        List<String> out = new ArrayList<>();
        r.json().get("problems").forEach(p -> out.add(p.get("pointer").asText() + " " + p.get("code").asText()));
        return out;
    }

    @Test
    void discovery_listsTheServicesExactly() throws Exception {
        Reply r = call("GET", "cds-services", null);

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).isEqualTo("application/json; charset=utf-8");
        assertThat(r.body()).isEqualTo(sample("discovery.response.json"));
    }

    @Test
    void malformedRequest_is400WithEveryPointer_andTheServerKeepsServing() throws Exception {
        Reply bad = call("POST", "cds-services/aftercare-patient-view", sample("malformed.request.json"));

        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).isEqualTo(sample("malformed.response.json"));
        assertThat(problems(bad)).containsExactly(
                "/hookInstance json.invalid-value",
                "/fhirAuthorization/token_type json.invalid-value",
                "/fhirAuthorization/subject json.missing",
                "/context/userId json.missing",
                "/context/patientId json.wrong-type",
                "/prefetch/medications json.unknown-property");

        Reply notJson = call("POST", "cds-services/aftercare-patient-view", "{\"hook\": \"patient-view\",");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(problems(notJson)).containsExactly(" json.syntax");

        Reply good = call("GET", "cds-services", null);
        assertThat(good.status()).isEqualTo(200);
    }

    @Test
    void unknownServiceIs404_wrongMethodIs405() throws Exception {
        assertThat(call("POST", "cds-services/no-such-service", "{}").status()).isEqualTo(404);
        assertThat(call("GET", "cds-services/aftercare-patient-view", null).status()).isEqualTo(405);
        assertThat(call("PUT", "cds-services", "{}").status()).isEqualTo(405);
    }

    @Test
    void feedback_isAccepted() throws Exception {
        long before = FEEDBACK.count("aftercare-patient-view", Feedback.Outcome.OVERRIDDEN);

        Reply r = call("POST", "cds-services/aftercare-patient-view/feedback", sample("feedback.request.json"));

        assertThat(r.status()).isEqualTo(200);
        assertThat(FEEDBACK.count("aftercare-patient-view", Feedback.Outcome.OVERRIDDEN)).isEqualTo(before + 1);
    }
}
