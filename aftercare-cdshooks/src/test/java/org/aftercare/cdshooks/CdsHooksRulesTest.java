package org.aftercare.cdshooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.aftercare.RuleDescriptor;
import org.aftercare.Severity;
import org.junit.jupiter.api.Test;

/** docs/ehr-integration.md lists every finding code of the service with its severity and meaning. */
class CdsHooksRulesTest {
    @Test
    void test_everyDescriptor_isInTheGuideWithItsSeverityAndMeaning() throws IOException {
        String doc = Files.readString(Path.of("../docs/ehr-integration.md"), StandardCharsets.UTF_8);
        List<RuleDescriptor> all = RuleDescriptor.declaredIn(CdsHooksRules.class);

        assertThat(all).extracting(RuleDescriptor::code).containsExactly("cdshooks.prefetch.missing",
                "cdshooks.incentive.ledger", "cdshooks.evaluation.failed");
        for (RuleDescriptor d : all) {
            String severities = String.join(", ", d.severities().stream().map(Severity::name).toList());
            assertThat(doc).contains("| `" + d.code() + "` | " + severities + " | " + d.meaning() + " |");
        }
    }

    @Test
    void test_everyServiceShowsTheServiceOwnFindings() {
        for (CdsService s : CdsService.standard()) {
            for (RuleDescriptor d : RuleDescriptor.declaredIn(CdsHooksRules.class)) {
                assertThat(s.shows(d.finding(d.severities().iterator().next(), "prefetch", "m",
                        List.of(CdsHooksRules.PREFETCH_SPEC)))).as(s.id() + " " + d.code()).isTrue();
            }
        }
    }
}
