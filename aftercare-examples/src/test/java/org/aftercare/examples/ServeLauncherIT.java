package org.aftercare.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Runs {@code ./aftercare serve --port 0} through the real launcher, calls discovery, then stops it with SIGTERM. */
class ServeLauncherIT {
    @Test
    void serveAnswersDiscoveryOnLoopbackAndStopsCleanly() throws Exception {
        ProcessBuilder pb = new ProcessBuilder(LauncherIT.ROOT.resolve("aftercare").toString(), "serve", "--port", "0",
                "--zone", "America/New_York").directory(LauncherIT.ROOT.toFile()).redirectErrorStream(true);
        Process p = pb.start();
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            Pattern started = Pattern.compile("CDS Hooks service at (http://127\\.0\\.0\\.1:\\d+/cds-services) "
                    + "\\(zone America/New_York\\)");
            String url = null;
            while (url == null) {
                String line = lines.readLine();
                if (line == null) {
                    break;
                }
                Matcher m = started.matcher(line);
                if (m.find()) {
                    url = m.group(1);
                }
            }
            assertThat(url).as("the server announced its loopback URL").isNotNull();

            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).isEqualTo(Files.readString(CdsHooksServerTest.SAMPLES.resolve("discovery.response.json")));
        } finally {
            p.destroy();
            assertThat(p.waitFor(20, TimeUnit.SECONDS)).as("stopped within 20 s of SIGTERM").isTrue();
        }
    }
}
