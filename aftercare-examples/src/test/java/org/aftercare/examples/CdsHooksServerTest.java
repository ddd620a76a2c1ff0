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
    }

    @AfterAll
    static void stop() {
        server.close();
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

    /**
     * Posts a sample request and checks the response body equals the sample response file exactly; on a mismatch the
     * actual body is written under target/cdshooks-actual for review.
     */
    static JsonNode exchange(String service, String name, String request) throws Exception {
        Reply r = call("POST", "cds-services/" + service, request);
        Path expected = SAMPLES.resolve(name + ".response.json");
        if (!Files.exists(expected) || !Files.readString(expected, StandardCharsets.UTF_8).equals(r.body())) {
            Path actual = Path.of("target/cdshooks-actual").resolve(name + ".response.json");
            Files.createDirectories(actual.getParent());
            Files.writeString(actual, r.body(), StandardCharsets.UTF_8);
        }
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.contentType()).isEqualTo("application/json; charset=utf-8");
        assertThat(r.body()).isEqualTo(sample(name + ".response.json"));
        return r.json();
    }

    static JsonNode exchange(String service, String name) throws Exception {
        return exchange(service, name, sample(name + ".request.json"));
    }

    /** Returns each card as "indicator | summary | source label". */
    static List<String> cards(JsonNode response) {
        List<String> out = new ArrayList<>();
        response.get("cards").forEach(c -> out.add(c.get("indicator").asText() + " | " + c.get("summary").asText()
                + " | " + c.get("source").get("label").asText()));
        return out;
    }

    static List<String> codes(JsonNode response) {
        List<String> out = new ArrayList<>();
        response.get("cards").forEach(c -> out.add(c.get("source").get("topic").get("code").asText()));
        return out;
    }

    @Test
    void orderSelect_buprenorphineTooSoonAfterFentanyl() throws Exception {
        JsonNode r = exchange("aftercare-medication-order-select", "order-select-buprenorphine-after-fentanyl");

        assertThat(cards(r)).containsExactly(
                "critical | First buprenorphine dose at 2026-04-03T09:00-04:00 came 8 h after the last fentanyl opioid use at 2026-04-03T01:00-04:00; at least 1 d is… | J. Burson, OTP physician blog fentanyl; COWS start",
                "info | MedicationRequest states no regimen phase; taken as induction (no earlier order or dose of buprenorphine is in the input) | aftercare FHIR mapping docs/fhir-mapping.md");
        assertThat(codes(r)).containsExactly("medication.buprenorphine.induction-too-early", "fhir.inferred-value");
        assertThat(r.get("cards").get(0).get("detail").asText()).startsWith("First buprenorphine dose at "
                + "2026-04-03T09:00-04:00 came 8 h after the last fentanyl opioid use at 2026-04-03T01:00-04:00; at least "
                + "1 d is required (medication.buprenorphine.induction.wait.fentanyl, layer us-federal-medication); earliest "
                + "start 2026-04-04T01:00-04:00");
        assertThat(r.get("cards").get(0).has("overrideReasons")).isFalse();
    }

    @Test
    void orderSelect_lofexidineAboveItsLimits() throws Exception {
        JsonNode r = exchange("aftercare-medication-order-select", "order-select-lofexidine-above-limit");

        assertThat(cards(r)).containsExactly(
                "critical | lofexidine 0.54 mg up to 6 times a day allows 3.24 mg a day, above the 2.88 mg daily limit (layer us-federal-medication) | Lucemyra (lofexidine) label D&A; HCP page",
                "warning | lofexidine ordered for 21 days from 2026-04-03, longer than the 14 days course limit (layer us-federal-medication) | Lucemyra (lofexidine) label D&A; HCP page",
                "warning | Lofexidine from 2026-04-03 overlaps methadone from 2026-04-03; both prolong QT: monitor the ECG | Lucemyra (lofexidine) label D&A; HCP page");
        assertThat(codes(r)).containsExactly("medication.adjunct.above-limit", "medication.adjunct.course-too-long",
                "medication.adjunct.lofexidine-with-methadone");
        assertThat(r.get("cards").get(0).has("overrideReasons")).isFalse();
        assertThat(r.get("cards").get(1).get("overrideReasons")).hasSize(4);
    }

    @Test
    void orderSign_methadoneTakeHomeBeyondTheLadder() throws Exception {
        JsonNode r = exchange("aftercare-medication-order-sign", "order-sign-methadone-take-home");

        assertThat(cards(r)).containsExactly(
                "critical | Take-home supply of 14 days (0 closure) of methadone from 2026-04-04, treatment day 9, exceeds the 7 days allowed; strictest wins among:… | 42 CFR 8.12 (i)(1)-(3)",
                "critical | No take-home criteria assessment is documented on or before 2026-04-04 for the 14-day supply at medication.takeHomeRequests[0].supplyDays;… | 42 CFR 8.12 (i)(2)");
        assertThat(codes(r)).containsExactly("medication.take-home.above-ladder", "medication.take-home.criteria-not-documented");
    }

    @Test
    void orderSign_naltrexoneWithAnActiveAgonist() throws Exception {
        JsonNode r = exchange("aftercare-medication-order-sign", "order-sign-naltrexone-with-agonist");

        assertThat(cards(r)).containsExactly(
                "critical | Naltrexone regimen from 2026-04-03 and buprenorphine regimen (medication.regimens[0]) from 2026-01-10 are both active from 2026-04-03 | Vivitrol label; naltrexone tablets label Contraindications; W&P");
        assertThat(codes(r)).containsExactly("medication.naltrexone.with-opioid-agonist");
    }

    @Test
    void patientView_overdoseRiskAfterMissedDosesAndFentanyl() throws Exception {
        JsonNode r = exchange("aftercare-patient-view", "patient-view-overdose-risk");

        assertThat(cards(r)).containsExactly(
                "warning | 4 consecutive missed methadone days (2026-03-30 to 2026-04-02) with no dose since; 3 or more mean reduced tolerance (layer… | Australian national methadone clinical guidelines s3.5",
                "warning | The latest valid drug test, collected at 2026-04-02T15:00:00Z, is positive for fentanyl: overdose risk is raised; offer naloxone | CDC Clinical Practice Guideline for Prescribing Opioids for Pain Recommendation 8",
                "warning | Specimen collected at 2026-04-02T15:00:00Z on [METHADONE] is positive for fentanyl or norfentanyl, which no MOUD explains | medication fact sheet 7 fentanyl on MOUD");
        for (int i = 0; i < 2; i++) {
            JsonNode card = r.get("cards").get(i);
            assertThat(card.get("selectionBehavior").asText()).isEqualTo("at-most-one");
            JsonNode suggestion = card.get("suggestions").get(0);
            assertThat(suggestion.get("label").asText()).isEqualTo("Order naloxone for opioid overdose reversal");
            JsonNode action = suggestion.get("actions").get(0);
            assertThat(action.get("type").asText()).isEqualTo("create");
            assertThat(action.get("resource").get("medicationCodeableConcept").get("coding").get(0).get("code").asText())
                    .isEqualTo("7242");
            assertThat(action.get("resource").get("subject").get("reference").asText()).isEqualTo("Patient/1288992");
            assertThat(card.get("overrideReasons").get(0).get("code").asText()).isEqualTo("clinically-appropriate");
        }
        assertThat(r.get("cards").get(2).has("suggestions")).isFalse();
    }

    @Test
    void patientView_incentiveLedgerStatus() throws Exception {
        JsonNode r = exchange("aftercare-patient-view", "patient-view-incentive-ledger");

        assertThat(cards(r)).containsExactly(
                "warning | The schedule can earn $997.50 over 36 incentivized samples, above incentive.cap.annual at most $750.00 counted per calendar year (funding\u2026 | SAMHSA contingency management guidance for grantees",
                "warning | Programme cra-vouchers-higgins-1994 uses unverified ([U]) values for failurePolicy.excusedAbsence, schedule.bonus, schedule.startValue,\u2026 | Higgins et al. 1994, Arch Gen Psychiatry 51:568-576 voucher schedule",
                "info | Incentive ledger of cra-vouchers-higgins-1994: 8 of 9 judged samples met the target, current run 4; $55.00 paid | aftercare incentive ledger",
                "info | Programme cra-vouchers-higgins-1994: at most $997.50 over 36 incentivized samples, of which $120.00 in run bonuses; largest item $46.25 | Higgins et al. 1994, Arch Gen Psychiatry 51:568-576 voucher schedule",
                "info | No threshold 'care.attendance.minimum-adherence' (least share of sessions attended over a recent window) is in force on 2026-04-03 in\u2026 | policy us-default care.attendance.minimum-adherence");
        assertThat(codes(r)).containsExactly("incentive.cap.schedule-can-exceed", "incentive.schedule.unverified-parameters",
                "cdshooks.incentive.ledger", "incentive.schedule.maximum", "policy.threshold.not-in-force");
    }

    @Test
    void patientView_continuingCareGap() throws Exception {
        JsonNode r = exchange("aftercare-patient-view", "patient-view-continuing-care-gap");

        assertThat(cards(r)).containsExactly(
                "warning | Continuing care is planned from 2026-03-16 to 2026-05-15 (61 days), shorter than the policy minimum of P3M; McKay 2009 found better… | NIDA Principles of Drug Addiction Treatment principle 5",
                "info | No threshold 'care.attendance.minimum-adherence' (least share of sessions attended over a recent window) is in force on 2026-04-03 in… | policy us-default care.attendance.minimum-adherence");
        assertThat(codes(r)).containsExactly("care.continuing-care.below-minimum", "policy.threshold.not-in-force");
    }

    @Test
    void patientView_withoutPrefetchOrCredentials_namesEveryMissingQuery() throws Exception {
        JsonNode r = exchange("aftercare-patient-view", "patient-view-no-prefetch");

        assertThat(cards(r)).hasSize(9).contains(
                "warning | Missing prefetch medicationRequests (MedicationRequest?patient={{context.patientId}}): not sent, and no fhirAuthorization to fetch it | CDS Hooks 2.0 (HL7) Prefetch Template",
                "warning | Missing prefetch patient (Patient/{{context.patientId}}): not sent, and no fhirAuthorization to fetch it | CDS Hooks 2.0 (HL7) Prefetch Template",
                "warning | None of the 0 resources and 0 draft orders mapped to a plan or a medication record; the request holds an empty medication record | aftercare FHIR mapping docs/fhir-mapping.md");
        assertThat(codes(r)).containsExactly("cdshooks.prefetch.missing", "cdshooks.prefetch.missing",
                "cdshooks.prefetch.missing", "cdshooks.prefetch.missing", "cdshooks.prefetch.missing",
                "cdshooks.prefetch.missing", "cdshooks.prefetch.missing", "cdshooks.prefetch.missing",
                "fhir.nothing-to-evaluate");
        assertThat(r.get("cards").get(0).get("source").get("url").asText())
                .isEqualTo("https://cds-hooks.hl7.org/2.0/#prefetch-template");
    }

    @Test
    void patientView_missingPrefetchIsFetchedFromTheFhirServerWithTheBearerToken() throws Exception {
        JsonNode prefetch = JSON.readTree(sample("patient-view-overdose-risk.request.json")).get("prefetch");
        String[][] queries = {{"patient", "Patient/1288992"}, {"medicationRequests", "MedicationRequest?patient=1288992"},
            {"medicationAdministrations", "MedicationAdministration?patient=1288992"},
            {"medicationDispenses", "MedicationDispense?patient=1288992"},
            {"observations", "Observation?patient=1288992"}, {"conditions", "Condition?patient=1288992"},
            {"carePlans", "CarePlan?patient=1288992"}, {"serviceRequests", "ServiceRequest?patient=1288992"}};
        try (FakeFhirServer fhir = new FakeFhirServer(TOKEN)) {
            for (String[] q : queries) {
                fhir.answer(q[1], prefetch.get(q[0]).toString());
            }
            String request = sample("patient-view-fetched.request.json").replace("http://127.0.0.1:FHIR_PORT/fhir",
                    fhir.baseUrl());

            // The same hook instance and data as patient-view-overdose-risk, fetched instead of prefetched: same cards.
            exchange("aftercare-patient-view", "patient-view-overdose-risk", request);

            List<String> expected = new ArrayList<>();
            for (String[] q : queries) {
                expected.add(q[1] + " Bearer " + TOKEN);
            }
            assertThat(fhir.seen()).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void patientView_aWrongTokenIsRefusedByTheFhirServer_andEveryQueryBecomesAMissingDataCard() throws Exception {
        Reply r;
        try (FakeFhirServer fhir = new FakeFhirServer(TOKEN)) {
            String request = sample("patient-view-fetched.request.json").replace("http://127.0.0.1:FHIR_PORT/fhir",
                    fhir.baseUrl()).replace(TOKEN, "a-token-the-fhir-server-refuses");
            r = call("POST", "cds-services/aftercare-patient-view", request);
            assertThat(fhir.seen()).hasSize(8).allMatch(q -> q.endsWith(" Bearer a-token-the-fhir-server-refuses"));
        }

        assertThat(r.status()).isEqualTo(200);
        assertThat(cards(r.json())).contains("warning | Missing prefetch observations (Observation?patient={{context.patientId}}): "
                + "not sent; fetching it failed: the FHIR server answered HTTP 401 | CDS Hooks 2.0 (HL7) Prefetch Template");
        assertThat(codes(r.json())).filteredOn("cdshooks.prefetch.missing"::equals).hasSize(8);
    }

    @Test
    void concurrentRequests_allGetTheSameExactCards() throws Exception {
        String request = sample("order-select-buprenorphine-after-fentanyl.request.json");
        String expected = sample("order-select-buprenorphine-after-fentanyl.response.json");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<Reply>> replies = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                replies.add(pool.submit(() -> call("POST", "cds-services/aftercare-medication-order-select", request)));
            }
            for (java.util.concurrent.Future<Reply> f : replies) {
                Reply r = f.get(60, java.util.concurrent.TimeUnit.SECONDS);
                assertThat(r.status()).isEqualTo(200);
                assertThat(r.body()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
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
