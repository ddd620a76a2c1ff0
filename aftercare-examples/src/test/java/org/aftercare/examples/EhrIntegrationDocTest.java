package org.aftercare.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * docs/ehr-integration.md quotes the CDS Hooks samples that {@link CdsHooksServerTest} sends to the real server and
 * compares byte for byte; {@link DocsCodeBlocksTest} checks each quote equals its file, this test that the quotes are
 * there.
 */
class EhrIntegrationDocTest {
    @Test
    void theGuideQuotesTheDiscoveryDocumentAndTheExactCardsOfEachSample() throws IOException {
        String doc = Files.readString(Path.of("../docs/ehr-integration.md"), StandardCharsets.UTF_8);
        List<String> quoted = DocsCodeBlocksTest.blocks().stream()
                .filter(b -> b.doc().endsWith("ehr-integration.md") && b.marker() != null && b.marker().startsWith("snippet: "))
                .map(b -> b.marker().substring("snippet: ".length()).split("#", 2)[0].trim()).toList();

        assertThat(quoted).contains(
                "aftercare-examples/src/test/resources/cdshooks/discovery.response.json",
                "aftercare-examples/src/test/resources/cdshooks/order-select-buprenorphine-after-fentanyl.request.json",
                "aftercare-examples/src/test/resources/cdshooks/order-select-buprenorphine-after-fentanyl.response.json",
                "aftercare-examples/src/test/resources/cdshooks/order-sign-methadone-take-home.response.json",
                "aftercare-examples/src/test/resources/cdshooks/order-sign-naltrexone-with-agonist.response.json",
                "aftercare-examples/src/test/resources/cdshooks/patient-view-overdose-risk.response.json",
                "aftercare-examples/src/test/resources/cdshooks/patient-view-continuing-care-gap.response.json",
                "aftercare-examples/src/test/resources/cdshooks/patient-view-incentive-ledger.response.json",
                "aftercare-examples/src/test/resources/cdshooks/patient-view-fetched.request.json",
                "aftercare-examples/src/test/resources/cdshooks/malformed.request.json",
                "aftercare-examples/src/test/resources/cdshooks/malformed.response.json",
                "aftercare-examples/src/test/resources/cdshooks/feedback.request.json",
                "aftercare-examples/src/main/java/org/aftercare/examples/ServeCommand.java");
        assertThat(doc).contains("http://127.0.0.1:8080/cds-services").contains("## Security");
    }
}
