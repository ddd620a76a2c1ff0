package org.aftercare.cdshooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Neither the patient id, the user id, the encounter id, the bearer token nor a user's feedback comment reaches a log
 * line or a {@code toString()}, while valid, fetching, failing and malformed requests and feedback are handled.
 * SLF4J is configured once per JVM, so the {@link Probe} runs in a child JVM with slf4j-simple at TRACE (HAPI FHIR's
 * own loggers at INFO) writing to a file.
 */
class LogPrivacyTest {
    static final String PATIENT = "pat-SECRET-7f3a";
    static final String USER = "Practitioner/usr-SECRET-2b81";
    static final String ENCOUNTER = "enc-SECRET-5c07";
    static final String TOKEN = "tok-SECRET-9e44";
    static final String COMMENT = "comment SECRET 0d6a";
    static final List<String> SECRETS = List.of("SECRET");

    @TempDir
    Path dir;

    @Test
    void test_noIdentifierOrTokenIsLogged() throws Exception {
        Path logFile = dir.resolve("slf4j.log");
        Path out = dir.resolve("probe.out");
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Dorg.slf4j.simpleLogger.defaultLogLevel=trace",
                "-Dorg.slf4j.simpleLogger.log.ca.uhn.fhir=info", "-Dorg.slf4j.simpleLogger.logFile=" + logFile,
                "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"), Probe.class.getName())
                .redirectErrorStream(true).redirectOutput(out.toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the probe finishes").isTrue();
        String probeOutput = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(probeOutput).isZero();
        String log = Files.readString(logFile, StandardCharsets.UTF_8);

        assertThat(log).as("the probe's requests were logged at DEBUG").contains("POST /cds-services/"
                + "aftercare-medication-order-sign -> 200").contains("-> 400").contains("/feedback -> 200")
                .contains("Mapping or evaluating a hook request failed (DateTimeException)");
        assertThat(probeOutput).contains("fetch attempted: true").contains("Response[200").contains("Response[400")
                .contains("FhirAuthorization[Bearer ***");
        for (String secret : SECRETS) {
            assertThat(log).doesNotContain(secret);
            assertThat(probeOutput).doesNotContain(secret);
        }
    }

    /** Handles requests carrying the secrets; prints every toString() it can reach. */
    static final class Probe {
        public static void main(String[] args) throws IOException {
            String valid = new String(Requests.bytes("order-sign-naltrexone.json"), StandardCharsets.UTF_8)
                    .replace("1288992", PATIENT).replace("Practitioner/example", USER).replace("89284", ENCOUNTER);
            com.fasterxml.jackson.databind.node.ObjectNode doc = (com.fasterxml.jackson.databind.node.ObjectNode)
                    new com.fasterxml.jackson.databind.ObjectMapper().readTree(valid);
            ((com.fasterxml.jackson.databind.node.ObjectNode) doc.get("prefetch")).remove("patient");
            doc.put("fhirServer", "https://ehr.example.org/fhir");
            doc.putObject("fhirAuthorization").put("access_token", TOKEN).put("token_type", "Bearer")
                    .put("expires_in", 300).put("scope", "user/*.read").put("subject", "aftercare");
            String fetching = doc.toString();
            String malformed = fetching.replace("\"token_type\":\"Bearer\"", "\"token_type\":\"" + TOKEN + "\"")
                    .replace("\"" + PATIENT + "\"", "42");
            String feedback = "{\"feedback\": [{\"card\": \"9368d37b-283f-44a0-93ea-547cebab93ed\", \"outcome\": "
                    + "\"overridden\", \"overrideReason\": {\"userComment\": \"" + COMMENT + "\"}, "
                    + "\"outcomeTimestamp\": \"2026-04-03T13:06:00Z\"}]}";
            CdsHooksService service = Requests.service().fetcher((server, query, auth) -> {
                System.out.println("fetch attempted: " + query.startsWith("Patient/"));
                throw new FhirFetcher.FetchException("the FHIR server answered HTTP 401");
            }).build();
            CdsHooksService failing = CdsHooksService.builder(Clock.fixed(java.time.Instant.MAX, ZoneOffset.UTC),
                    Requests.ZONE).mapper(Requests.MAPPER).build();
            String path = "/cds-services/aftercare-medication-order-sign";
            for (String body : List.of(valid, fetching, malformed)) {
                System.out.println(service.handle("POST", path, body.getBytes(StandardCharsets.UTF_8)));
            }
            System.out.println(failing.handle("POST", path, valid.getBytes(StandardCharsets.UTF_8)));
            System.out.println(service.handle("POST", path + "/feedback", feedback.getBytes(StandardCharsets.UTF_8)));
            System.out.println(new FhirAuthorization(TOKEN, "Bearer", 300, "user/*.read", "aftercare"));
            System.out.println(service);
        }
    }
}
