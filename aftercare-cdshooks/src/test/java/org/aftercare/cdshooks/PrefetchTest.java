package org.aftercare.cdshooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class PrefetchTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EMPTY = "{\"resourceType\": \"Bundle\", \"type\": \"searchset\", \"total\": 0}";

    private static List<String> missing(Response r) throws Exception {
        List<String> out = new ArrayList<>();
        for (JsonNode card : JSON.readTree(r.body()).get("cards")) {
            if (card.get("source").get("topic").get("code").asText().equals("cdshooks.prefetch.missing")) {
                out.add(card.get("summary").asText());
            }
        }
        return out;
    }

    private static String withAuth(String fhirServer) {
        return new String(Requests.bytes("minimal-patient-view.json"), StandardCharsets.UTF_8).replace(
                "  \"hook\": \"patient-view\",\n",
                "  \"hook\": \"patient-view\",\n  \"fhirServer\": \"" + fhirServer + "\",\n"
                        + "  \"fhirAuthorization\": {\"access_token\": \"tok-123\", \"token_type\": \"Bearer\", "
                        + "\"expires_in\": 300, \"scope\": \"user/*.read\", \"subject\": \"aftercare\"},\n");
    }

    @Test
    void test_withoutAuthorization_everyMissingKeyIsACardNamingItsQuery() throws Exception {
        Response r = Requests.service().build().handle("POST", "/cds-services/aftercare-patient-view",
                Requests.bytes("minimal-patient-view.json"));

        assertThat(r.status()).isEqualTo(200);
        assertThat(missing(r)).contains(
                "Missing prefetch patient (Patient/{{context.patientId}}): not sent, and no fhirAuthorization to fetch it",
                "Missing prefetch carePlans (CarePlan?patient={{context.patientId}}): not sent, and no fhirAuthorization to fetch it")
                .hasSize(8);
        assertThat(r.bodyText()).doesNotContain("1288992");
    }

    @Test
    void test_withAuthorization_missingKeysAreFetchedWithTheBearerToken() throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();
        CdsHooksService service = Requests.service().fetcher((server, query, auth) -> {
            seen.add(server + " " + query + " " + auth.accessToken());
            return query.startsWith("Patient/")
                    ? "{\"resourceType\": \"Patient\", \"id\": \"1288992\", \"birthDate\": \"1990-05-01\"}"
                            .getBytes(StandardCharsets.UTF_8)
                    : EMPTY.getBytes(StandardCharsets.UTF_8);
        }).build();

        Response r = service.handle("POST", "/cds-services/aftercare-patient-view",
                withAuth("https://ehr.example.org/fhir").getBytes(StandardCharsets.UTF_8));

        assertThat(r.status()).isEqualTo(200);
        assertThat(missing(r)).isEmpty();
        assertThat(seen).containsExactly(
                "https://ehr.example.org/fhir Patient/1288992 tok-123",
                "https://ehr.example.org/fhir MedicationRequest?patient=1288992 tok-123",
                "https://ehr.example.org/fhir MedicationAdministration?patient=1288992 tok-123",
                "https://ehr.example.org/fhir MedicationDispense?patient=1288992 tok-123",
                "https://ehr.example.org/fhir Observation?patient=1288992 tok-123",
                "https://ehr.example.org/fhir Condition?patient=1288992 tok-123",
                "https://ehr.example.org/fhir CarePlan?patient=1288992 tok-123",
                "https://ehr.example.org/fhir ServiceRequest?patient=1288992 tok-123");
    }

    @Test
    void test_fetchFailure_isACardWithTheReason_andAnUnreachableServerIsTriedOnce() throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();
        CdsHooksService service = Requests.service().fetcher((server, query, auth) -> {
            seen.add(query);
            throw new FhirFetcher.FetchException("the FHIR server did not answer within 5000 ms");
        }).build();

        Response r = service.handle("POST", "/cds-services/aftercare-patient-view",
                withAuth("https://ehr.example.org/fhir").getBytes(StandardCharsets.UTF_8));

        assertThat(seen).hasSize(1);
        assertThat(missing(r)).hasSize(8).contains("Missing prefetch patient (Patient/{{context.patientId}}): "
                + "not sent; fetching it failed: the FHIR server did not answer within 5000 ms",
                "Missing prefetch carePlans (CarePlan?patient={{context.patientId}}): "
                + "not sent; not fetched: the FHIR server did not answer within 5000 ms");
    }

    @Test
    void test_plainHttpToAnotherHost_getsNoToken() throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();
        CdsHooksService service = Requests.service().fetcher((server, query, auth) -> {
            seen.add(query);
            return EMPTY.getBytes(StandardCharsets.UTF_8);
        }).build();

        Response r = service.handle("POST", "/cds-services/aftercare-patient-view",
                withAuth("http://ehr.example.org/fhir").getBytes(StandardCharsets.UTF_8));

        assertThat(seen).isEmpty();
        assertThat(missing(r)).hasSize(8).contains("Missing prefetch patient (Patient/{{context.patientId}}): "
                + "not sent, and this service may not send a token to that FHIR server");
    }

    @Test
    void test_defaultServerPolicy_isHttpsOrLoopback() {
        assertThat(CdsHooksService.httpsOrLoopback(java.net.URI.create("https://ehr.example.org/fhir"))).isTrue();
        assertThat(CdsHooksService.httpsOrLoopback(java.net.URI.create("http://127.0.0.1:8080/fhir"))).isTrue();
        assertThat(CdsHooksService.httpsOrLoopback(java.net.URI.create("http://localhost/fhir"))).isTrue();
        assertThat(CdsHooksService.httpsOrLoopback(java.net.URI.create("http://10.0.0.5/fhir"))).isFalse();
        assertThat(CdsHooksService.httpsOrLoopback(java.net.URI.create("http://ehr.example.org/fhir"))).isFalse();
    }

    @Test
    void test_prefetchThatIsNotFhir_isA400AtItsPointer() throws Exception {
        String doc = new String(Requests.bytes("minimal-patient-view.json"), StandardCharsets.UTF_8).replace(
                "  \"hook\": \"patient-view\",\n", "  \"hook\": \"patient-view\",\n  \"prefetch\": {\"patient\": "
                        + "{\"resourceType\": \"Patient\", \"birthDate\": 1990, \"colour\": \"blue\"}, "
                        + "\"conditions\": {\"resourceType\": \"NoSuchType\"}},\n");

        Response r = Requests.service().build().handle("POST", "/cds-services/aftercare-patient-view",
                doc.getBytes(StandardCharsets.UTF_8));

        assertThat(r.status()).as(r.bodyText()).isEqualTo(400);
        List<String> pointers = new ArrayList<>();
        JSON.readTree(r.body()).get("problems").forEach(p -> pointers.add(p.get("pointer").asText() + " "
                + p.get("code").asText()));
        assertThat(pointers).contains("/prefetch/patient json.unknown-property", "/prefetch/conditions json.invalid-value");
    }

    @Test
    void test_extensionThatIsNotAnObject_isA400NotAParserCrash() throws Exception {
        String doc = new String(Requests.bytes("minimal-patient-view.json"), StandardCharsets.UTF_8).replace(
                "  \"hook\": \"patient-view\",\n", "  \"hook\": \"patient-view\",\n  \"prefetch\": {\"patient\": "
                        + "{\"resourceType\": \"Patient\", \"extension\": [\"x\"]}},\n");

        Response r = Requests.service().build().handle("POST", "/cds-services/aftercare-patient-view",
                doc.getBytes(StandardCharsets.UTF_8));

        assertThat(r.status()).as(r.bodyText()).isEqualTo(400);
        assertThat(JSON.readTree(r.body()).get("problems").get(0).get("pointer").asText()).isEqualTo("/prefetch/patient");
        assertThat(JSON.readTree(r.body()).get("problems").get(0).get("message").asText())
                .isEqualTo("not a FHIR R4 resource HAPI FHIR can read (NullPointerException in the parser)");
    }
}
