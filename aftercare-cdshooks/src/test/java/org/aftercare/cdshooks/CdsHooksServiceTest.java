package org.aftercare.cdshooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CdsHooksServiceTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final FeedbackCounts counts = new FeedbackCounts();
    private final CdsHooksService service = Requests.service().feedbackSink(counts).build();

    private static JsonNode json(Response r) throws Exception {
        return JSON.readTree(r.body());
    }

    private static List<String> problems(Response r) throws Exception {
        List<String> out = new ArrayList<>();
        json(r).get("problems").forEach(p -> out.add(p.get("pointer").asText() + " " + p.get("code").asText()));
        return out;
    }

    @Test
    void test_discovery_listsTheThreeServicesWithTheirPrefetch() throws Exception {
        Response r = service.handle("GET", "/cds-services", new byte[0]);

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).isEqualTo("application/json; charset=utf-8");
        JsonNode services = json(r).get("services");
        assertThat(services).extracting(s -> s.get("id").asText() + " " + s.get("hook").asText()).containsExactly(
                "aftercare-medication-order-select order-select", "aftercare-medication-order-sign order-sign",
                "aftercare-patient-view patient-view");
        assertThat(services.get(1).get("prefetch").get("medicationRequests").asText())
                .isEqualTo("MedicationRequest?patient={{context.patientId}}");
        assertThat(services.get(2).get("prefetch").get("patient").asText()).isEqualTo("Patient/{{context.patientId}}");
        assertThat(services.get(2).get("prefetch").get("carePlans").asText())
                .isEqualTo("CarePlan?patient={{context.patientId}}");
        assertThat(services.get(0).has("title")).isTrue();
        assertThat(services.get(0).has("description")).isTrue();
    }

    @Test
    void test_everyResponse_carriesTheCorsHeaders() {
        for (Response r : List.of(service.handle("GET", "/cds-services", new byte[0]),
                service.handle("OPTIONS", "/cds-services/aftercare-patient-view", new byte[0]),
                service.handle("POST", "/cds-services/aftercare-patient-view", new byte[] {'x'}))) {
            assertThat(r.headers()).containsEntry("Access-Control-Allow-Origin", "*")
                    .containsEntry("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
                    .containsEntry("Access-Control-Allow-Headers", "Authorization, Content-Type");
        }
        assertThat(service.handle("OPTIONS", "/cds-services", new byte[0]).status()).isEqualTo(204);
    }

    @Test
    void test_unknownServiceOrPath_is404() throws Exception {
        assertThat(service.handle("POST", "/cds-services/no-such-service", "{}".getBytes(StandardCharsets.UTF_8))
                .status()).isEqualTo(404);
        assertThat(service.handle("GET", "/elsewhere", new byte[0]).status()).isEqualTo(404);
        assertThat(service.handle("POST", "/cds-services/no-such-service/feedback", new byte[0]).status())
                .isEqualTo(404);
    }

    @Test
    void test_wrongMethod_is405WithAllow() {
        Response post = service.handle("POST", "/cds-services", new byte[0]);
        Response get = service.handle("GET", "/cds-services/aftercare-patient-view", new byte[0]);
        Response delete = service.handle("DELETE", "/cds-services/aftercare-patient-view/feedback", new byte[0]);

        assertThat(post.status()).isEqualTo(405);
        assertThat(post.headers()).containsEntry("Allow", "GET, OPTIONS");
        assertThat(get.status()).isEqualTo(405);
        assertThat(get.headers()).containsEntry("Allow", "POST, OPTIONS");
        assertThat(delete.status()).isEqualTo(405);
    }

    @Test
    void test_malformedRequest_namesEveryProblemWithItsPointer() throws Exception {
        Response r = service.handle("POST", "/cds-services/aftercare-medication-order-sign",
                Requests.bytes("malformed-order-sign.json"));

        assertThat(r.status()).isEqualTo(400);
        assertThat(problems(r)).containsExactly(
                "/hook json.invalid-value",
                "/hookInstance json.invalid-value",
                "/fhirAuthorization/token_type json.invalid-value",
                "/fhirAuthorization/expires_in json.out-of-range",
                "/fhirAuthorization/subject json.missing",
                "/fhirServer json.missing",
                "/context/colour json.unknown-property",
                "/context/userId json.missing",
                "/context/patientId json.wrong-type",
                "/context/draftOrders json.missing",
                "/prefetch/patient json.wrong-type",
                "/prefetch/everything json.unknown-property");
        assertThat(json(r).get("problems").get(0).get("message").asText())
                .isEqualTo("service aftercare-medication-order-sign answers the hook order-sign, not patient-view");
        assertThat(r.bodyText()).doesNotContain("some-opaque-fhir-access-token").doesNotContain("1288992");
    }

    @Test
    void test_orderSelect_selectionsMustNameDraftOrders() throws Exception {
        String doc = "{\"hookInstance\": \"d1577c69-dfbe-44ad-ba6d-3e05e953b2ea\", \"hook\": \"order-select\", "
                + "\"context\": {\"userId\": \"Practitioner/example\", \"patientId\": \"1288992\", "
                + "\"selections\": [7, \"MedicationRequest/mr-1\", \"MedicationRequest/mr-9\"], \"draftOrders\": "
                + "{\"resourceType\": \"Bundle\", \"entry\": [{\"resource\": {\"resourceType\": \"MedicationRequest\", "
                + "\"id\": \"mr-1\"}}]}}}";

        Response r = service.handle("POST", "/cds-services/aftercare-medication-order-select",
                doc.getBytes(StandardCharsets.UTF_8));

        assertThat(r.status()).isEqualTo(400);
        assertThat(problems(r)).containsExactly("/context/selections/0 json.wrong-type",
                "/context/selections/2 json.invalid-value");
    }

    @Test
    void test_notJson_isOneSyntaxProblem() throws Exception {
        Response r = service.handle("POST", "/cds-services/aftercare-patient-view",
                "{\"hook\": ".getBytes(StandardCharsets.UTF_8));

        assertThat(r.status()).isEqualTo(400);
        assertThat(problems(r)).containsExactly(" json.syntax");
    }

    @Test
    void test_duplicateKeysAndDepth_areRejected() throws Exception {
        Response dup = service.handle("POST", "/cds-services/aftercare-patient-view",
                "{\"hook\": \"patient-view\", \"hook\": \"patient-view\"}".getBytes(StandardCharsets.UTF_8));
        Response deep = service.handle("POST", "/cds-services/aftercare-patient-view",
                ("[".repeat(100) + "]".repeat(100)).getBytes(StandardCharsets.UTF_8));

        assertThat(problems(dup)).containsExactly(" json.duplicate-key");
        assertThat(problems(deep)).containsExactly(" json.limit.depth");
    }

    @Test
    void test_oversizedBody_is413() throws Exception {
        CdsHooksService small = Requests.service()
                .limits(CdsHooksService.DEFAULT_LIMITS.withMaxDocumentBytes(100)).build();

        Response r = small.handle("POST", "/cds-services/aftercare-patient-view", new byte[101]);

        assertThat(r.status()).isEqualTo(413);
        assertThat(problems(r)).containsExactly(" json.limit.size");
    }

    @Test
    void test_feedback_isAcceptedAndCounted() throws Exception {
        Response r = service.handle("POST", "/cds-services/aftercare-patient-view/feedback",
                Requests.bytes("feedback.json"));

        assertThat(r.status()).isEqualTo(200);
        assertThat(counts.snapshot()).containsExactly(
                java.util.Map.entry("aftercare-patient-view/accepted", 1L),
                java.util.Map.entry("aftercare-patient-view/overridden", 1L));
    }

    @Test
    void test_malformedFeedback_namesEveryProblem() throws Exception {
        String doc = "{\"feedback\": [{\"card\": \"nope\", \"outcome\": \"ignored\", \"outcomeTimestamp\": \"yesterday\"},"
                + " {\"outcome\": \"overridden\", \"acceptedSuggestions\": [{\"id\": \"x\"}], \"extra\": 1}], \"more\": 2}";

        Response r = service.handle("POST", "/cds-services/aftercare-patient-view/feedback",
                doc.getBytes(StandardCharsets.UTF_8));

        assertThat(r.status()).isEqualTo(400);
        assertThat(problems(r)).containsExactly(
                "/more json.unknown-property",
                "/feedback/0/card json.invalid-value",
                "/feedback/0/outcome json.unknown-code",
                "/feedback/0/outcomeTimestamp json.invalid-value",
                "/feedback/1/extra json.unknown-property",
                "/feedback/1/card json.missing",
                "/feedback/1/acceptedSuggestions/0/id json.invalid-value",
                "/feedback/1/acceptedSuggestions json.invalid-value",
                "/feedback/1/outcomeTimestamp json.missing");
        assertThat(counts.snapshot()).isEmpty();
    }

    @Test
    void test_aFailureWhileEvaluating_isACriticalCardSayingNoCheckRan_notA5xx() throws Exception {
        CdsHooksService broken = CdsHooksService.builder(java.time.Clock.fixed(java.time.Instant.MAX,
                java.time.ZoneOffset.UTC), Requests.ZONE).mapper(Requests.MAPPER).build();

        Response r = broken.handle("POST", "/cds-services/aftercare-medication-order-sign",
                Requests.bytes("order-sign-naltrexone.json"));

        assertThat(r.status()).isEqualTo(200);
        JsonNode card = json(r).get("cards").get(0);
        assertThat(card.get("indicator").asText()).isEqualTo("critical");
        assertThat(card.get("summary").asText()).isEqualTo(
                "aftercare could not evaluate this patient's data (DateTimeException): none of its checks were applied");
        assertThat(json(r).get("cards")).hasSize(1);
    }

    @Test
    void test_afterMalformedRequests_theServiceStillAnswers() {
        service.handle("POST", "/cds-services/aftercare-patient-view", new byte[] {(byte) 0xff, 0, 1});

        assertThat(service.handle("GET", "/cds-services", new byte[0]).status()).isEqualTo(200);
    }
}
