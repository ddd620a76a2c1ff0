package org.aftercare.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class AftercareCliTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return AftercareCli.run(List.of(args), new java.io.ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                false).code();
    }

    @Test
    void demoPrintsEverySampleWithItsFindings() {
        assertThat(run("demo")).isZero();
        String text = out.toString(StandardCharsets.UTF_8);
        for (Sample s : SamplePlans.demo()) {
            assertThat(text).contains("== " + s.title() + " ==");
        }
        assertThat(text).contains("WARNING care.attendance.below-threshold")
                .contains("source: Riverside Recovery Center continuing-care protocol, section 6.1 (version 2026-01) - local policy");
    }

    @Test
    void demoOutputIsTheSameOnEveryRun() {
        run("demo");
        String first = out.toString(StandardCharsets.UTF_8);
        out.reset();
        run("demo");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(first);
    }

    @Test
    void unknownCommandIsAUsageErrorNamingIt() {
        assertThat(run("evaluat")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("aftercare: unknown command 'evaluat'");
    }

    @Test
    void noCommandPrintsHelpAsAUsageError() {
        assertThat(run()).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Usage: ./aftercare <command>");
    }

    @Test
    void rulesUnknownOptionIsNamed() {
        assertThat(run("rules", "--md")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("aftercare rules: unknown option '--md'\n");
    }

    @Test
    void helpOnEveryCommand() {
        assertThat(run("--help")).isZero();
        assertThat(run("demo", "--help")).isZero();
        assertThat(run("rules", "--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Usage: ./aftercare demo").contains("Usage: ./aftercare rules");
    }

    @Test
    void sourcesPrintsTheCatalogTableAndNamesAnUnknownOption() {
        assertThat(run("sources", "--markdown")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(org.aftercare.evaluation.SourceCatalog.toMarkdownTable());

        assertThat(run("sources", "--md")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("aftercare sources: unknown option '--md'\n");
    }

    @Test
    void sourcesListsEachCitationWithWhatCitesIt() {
        assertThat(run("sources")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("42 CFR 8.12 (i)(2), 2001 rule, 66 FR 4098 [V]\n"
                + "    cited by: policy medication.take-home.criteria-count (layer medication-alt-part8-2001-until-compliance),"
                + " policy medication.take-home.criteria-count (layer us-federal-medication),"
                + " rule medication.take-home.criteria-not-documented\n");
    }
}
