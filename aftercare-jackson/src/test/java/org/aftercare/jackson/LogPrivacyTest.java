package org.aftercare.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.aftercare.evaluation.Aftercare;
import org.aftercare.evaluation.AftercareReport;
import org.aftercare.evaluation.EvaluationRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Neither the correlation string nor the clinic's free text (override description, citation document, section and
 * edition) ever reaches a log line or an exception message, while requests are decoded, evaluated and encoded, and
 * while rejected documents carrying such text are decoded.
 *
 * <p>SLF4J is configured once per JVM, and other tests of this module initialise slf4j-simple at its default level.
 * So the {@link Probe} runs in a child JVM of its own, on this test's class path, with slf4j-simple at TRACE writing
 * to a file; the test reads that file and what the probe printed of every exception and {@code toString()}.
 */
class LogPrivacyTest {
    static final String CORRELATION = "CORR-7f3a-do-not-log";
    static final String DESCRIPTION = "DESC-2b81-do-not-log";
    static final String DOCUMENT = "DOC-5c07-do-not-log";
    static final String SECTION = "SECT-9e44-do-not-log";
    static final String EDITION = "EDN-0d6a-do-not-log";
    static final List<String> SECRETS = List.of(CORRELATION, DESCRIPTION, DOCUMENT, SECTION, EDITION);

    @TempDir
    static Path dir;
    static String log;
    static String probeOutput;

    @BeforeAll
    static void runProbe() throws Exception {
        Path logFile = dir.resolve("slf4j.log");
        Path out = dir.resolve("probe.out");
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java,
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=trace",
                "-Dorg.slf4j.simpleLogger.logFile=" + logFile,
                "-Dorg.slf4j.simpleLogger.showDateTime=true",
                "-Dfile.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"),
                Probe.class.getName())
                .redirectErrorStream(true)
                .redirectOutput(out.toFile())
                .start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the probe finishes").isTrue();
        probeOutput = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(probeOutput).isZero();
        log = Files.exists(logFile) ? Files.readString(logFile, StandardCharsets.UTF_8) : "";
    }

    @Test
    void test_probe_capturedTheLibrarysLogAtDebug() {
        // The capture works: the evaluation's DEBUG line is there (once per evaluated request).
        assertThat(log).contains("DEBUG org.aftercare.evaluation.Aftercare - Evaluated request under a policy of");
        assertThat(probeOutput).contains("probe: done");
    }

    @Test
    void test_log_holdsNoCorrelationNorFreeText() {
        for (String secret : SECRETS) {
            assertThat(log).as("log line with " + secret).doesNotContain(secret);
        }
    }

    @Test
    void test_exceptionsAndToStrings_holdNoCorrelationNorFreeText() {
        assertThat(probeOutput).contains("probe: rejected ").contains("probe: accepted ");
        for (String secret : SECRETS) {
            assertThat(probeOutput).as("exception message or toString with " + secret).doesNotContain(secret);
        }
    }

    /** Runs in the child JVM: decodes, evaluates and encodes, and prints what a caller might log. */
    static final class Probe {
        private Probe() {
        }

        static String overrides(String layer, String description, String document, String section, String edition,
                String status) {
            return "\"overrides\": {\"layer\": \"" + layer + "\", \"description\": \"" + description + "\", \"thresholds\": ["
                    + "{\"key\": \"care.population.adult-age\", \"value\": 21, \"citation\": {\"document\": \"" + document
                    + "\", \"section\": \"" + section + "\", \"edition\": \"" + edition + "\", \"status\": \"" + status
                    + "\"}}]}";
        }

        static String request(String correlation, String overrides) {
            return HostileDocumentsTest.BASE
                    .replace("\"req-1\"", correlation)
                    .replace("\"layers\": [\"care-alt-continuing-care-12-months\"]}",
                            "\"layers\": [\"care-alt-continuing-care-12-months\"], " + overrides + "}");
        }

        static List<String> documents() {
            String good = overrides("clinic:probe", DESCRIPTION, DOCUMENT, SECTION, EDITION, "local");
            String q = "\"" + CORRELATION + "\"";
            List<String> docs = new ArrayList<>();
            docs.add(request(q, good));
            // Rejected: a bad value elsewhere, and bad values in the free-text fields and the correlation themselves.
            docs.add(request(q, good).replace("\"ageYears\": 29", "\"ageYears\": 300"));
            docs.add(request(q, overrides("clinic:probe", DESCRIPTION, DOCUMENT, SECTION, EDITION, DESCRIPTION)));
            docs.add(request(q, overrides("clinic:probe", DESCRIPTION, DOCUMENT, SECTION, EDITION, "local"))
                    .replace("\"status\": \"local\"", "\"status\": \"local\", \"" + DOCUMENT + "\": 1"));
            docs.add(request(q, overrides("clinic:probe", DESCRIPTION, "", SECTION, EDITION, "local")));
            docs.add(request(q, good).replace("\"zone\": \"America/New_York\",\n  \"policy\"",
                    "\"zone\": \"" + CORRELATION + "\",\n  \"policy\""));
            docs.add(request("{\"" + CORRELATION + "\": \"" + DESCRIPTION + "\"}", good));
            docs.add(request("\"" + CORRELATION + "\" " + CORRELATION, good));
            docs.add(request(q, good).substring(0, request(q, good).indexOf(DESCRIPTION) + 8));
            docs.add(request(q, good).replace(DOCUMENT, DOCUMENT + "x".repeat(10_001)));
            docs.add(request(q, good).replace("\"" + EDITION + "\"", "\"" + EDITION + "\", \"edition\": \"" + EDITION + "\""));
            return docs;
        }

        public static void main(String[] args) throws IOException {
            PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            AftercareJson json = AftercareJson.standard();
            for (String doc : documents()) {
                try {
                    Decoded<EvaluationRequest> decoded = json.decodeRequest(doc.getBytes(StandardCharsets.UTF_8));
                    decoded = json.decodeRequest(new java.io.ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8)));
                    if (decoded instanceof Decoded.Accepted<EvaluationRequest> ok) {
                        out.println("probe: accepted " + ok);
                        AftercareReport report = Aftercare.evaluate(ok.value());
                        String encoded = json.encodeReport(report, ok.correlation().orElse(null));
                        json.encodeReportLine(report, ok.correlation().orElse(null));
                        json.encodeRequest(ok.value(), ok.correlation().orElse(null));
                        if (!encoded.contains(CORRELATION)) {
                            out.println("probe: the report does not echo the correlation");
                            System.exit(2);
                        }
                    } else {
                        out.println("probe: rejected " + decoded.problems().size());
                        json.encodeProblems(decoded.problems());
                        json.encodeProblemsLine(decoded.problems());
                    }
                } catch (Throwable t) {
                    out.println("probe: exception");
                    for (Throwable c = t; c != null; c = c.getCause()) {
                        out.println(c);
                    }
                }
            }
            out.println("probe: done");
        }
    }
}
