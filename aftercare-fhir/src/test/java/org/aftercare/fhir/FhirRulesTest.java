package org.aftercare.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.aftercare.RuleDescriptor;
import org.aftercare.evaluation.RuleCatalog;
import org.aftercare.screening.Analyte;
import org.junit.jupiter.api.Test;

/** The fhir.* catalog: distinct from core's codes, and docs/fhir-mapping.md shows it and the LOINC table as they are. */
class FhirRulesTest {
    static final Path DOC = Path.of("..", "docs", "fhir-mapping.md");
    static final String BEGIN = "<!-- fhir-findings:begin (FhirRulesTest checks it) -->\n";
    static final String END = "<!-- fhir-findings:end -->";

    @Test
    void codesAreFhirCodesUniqueAndNotInCoreCatalog() {
        assertThat(FhirRules.all()).hasSize(13).allSatisfy(d -> assertThat(d.code()).startsWith("fhir."));
        assertThat(FhirRules.all()).extracting(RuleDescriptor::code).doesNotHaveDuplicates();
        assertThat(FhirRules.all()).allSatisfy(d -> assertThat(RuleCatalog.find(d.code())).isEmpty());
        assertThat(FhirRules.find("fhir.unmapped-code")).contains(FhirRules.UNMAPPED_CODE);
        assertThat(FhirRules.find("care.intensity.below-level-minimum")).isEmpty();
    }

    @Test
    void docsShowTheCurrentFindingTable() throws IOException {
        String text = Files.readString(DOC, StandardCharsets.UTF_8);
        int from = text.indexOf(BEGIN);
        int to = text.indexOf(END);
        assertThat(from).as("begin marker in docs/fhir-mapping.md").isNotNegative();
        assertThat(to).isGreaterThan(from);
        assertThat(text.substring(from + BEGIN.length(), to)).isEqualTo(FhirRules.toMarkdownTable());
    }

    @Test
    void docsListEveryLoincCodeOfTheTable() throws IOException {
        String text = Files.readString(DOC, StandardCharsets.UTF_8);
        for (Map.Entry<String, Analyte> e : Terminology.loincTable().entrySet()) {
            assertThat(text).as("LOINC %s (%s) in docs/fhir-mapping.md", e.getKey(), e.getValue())
                    .contains("`" + e.getKey() + "`");
        }
    }
}
