package org.aftercare.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
    void test_doc_listsEveryProblemCode() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "wire-format.md"));

        for (String code : new String[] {"json.syntax", "json.limit.size", "json.limit.depth", "json.limit.string",
                "json.limit.array", "json.limit.number", "json.duplicate-key", "json.unknown-property", "json.missing",
                "json.wrong-type", "json.unknown-code", "json.out-of-range", "json.invalid-value"}) {
            assertThat(doc).contains("| `" + code + "` |");
        }
    }
}
