package org.aftercare.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Collectors;
import org.aftercare.medication.CowsItem;
import org.junit.jupiter.api.Test;

/** docs/wire-format.md quotes the tested fixtures verbatim, so its examples cannot drift from the code. */
class WireFormatDocTest {
    @Test
    void test_doc_quotesTheRequestAndReportFixturesVerbatim() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "wire-format.md"));

        assertThat(doc).contains("```json\n" + Fixtures.requestText("step-down-3.5-to-2.1") + "```");
        assertThat(doc).contains("```json\n" + Fixtures.reportText("step-down-3.5-to-2.1") + "```");
    }

    @Test
    void test_doc_quotesTheMedicationFixturesVerbatim() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "wire-format.md"));
        String virginia = Fixtures.reportText("methadone-take-home-virginia");
        int from = virginia.indexOf("  \"forecasts\": [\n");
        int to = virginia.indexOf("\n  ]", from) + "\n  ]\n".length();
        assertThat(from).isPositive();

        assertThat(doc).contains("```json\n" + Fixtures.requestText("buprenorphine-induction-too-early") + "```");
        assertThat(doc).contains("```json\n" + Fixtures.reportText("buprenorphine-induction-too-early") + "```");
        assertThat(doc).contains("```json\n" + virginia.substring(from, to) + "```");
    }

    @Test
    void test_doc_listsEveryCowsItemWithItsAllowedScores() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "wire-format.md"));

        for (CowsItem item : CowsItem.values()) {
            String code = item.name().toLowerCase(Locale.ROOT).replace('_', '-');
            String scores = item.allowedScores().stream().map(String::valueOf).collect(Collectors.joining(", "));
            assertThat(doc).contains("| `" + code + "` | " + scores + " |");
        }
    }

    @Test
    void test_doc_listsEveryProblemCode() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "wire-format.md"));

        for (String code : new String[] {"json.syntax", "json.limit.size", "json.limit.depth", "json.limit.string",
                "json.limit.array", "json.limit.number", "json.duplicate-key", "json.unknown-property", "json.missing",
                "json.wrong-type", "json.unknown-code", "json.out-of-range", "json.invalid-value"}) {
            assertThat(doc).contains("| `" + code + "` |");
        }
    }
}
