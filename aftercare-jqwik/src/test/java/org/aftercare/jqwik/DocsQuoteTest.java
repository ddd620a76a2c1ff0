package org.aftercare.jqwik;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/testing.md quotes the worked example verbatim: the quoted code is the compiled, passing test. */
class DocsQuoteTest {
    private static final Path DOC = Path.of("../docs/testing.md");
    private static final Path EXAMPLE = Path.of(
            "src/test/java/org/aftercare/jqwik/example/ClinicRuleExamplePropertiesTest.java");

    static String tagged(String source) {
        int start = source.indexOf("// tag::example[]\n");
        int end = source.indexOf("// end::example[]");
        assertThat(start).as("tag::example[]").isNotNegative();
        assertThat(end).as("end::example[]").isGreaterThan(start);
        return source.substring(start + "// tag::example[]\n".length(), end);
    }

    static String quoted(String doc) {
        String marker = "<!-- quote: aftercare-jqwik/" + EXAMPLE.toString().replace('\\', '/') + " -->\n```java\n";
        int start = doc.indexOf(marker);
        assertThat(start).as("quote marker in docs/testing.md").isNotNegative();
        int end = doc.indexOf("```\n", start + marker.length());
        return doc.substring(start + marker.length(), end);
    }

    @Test
    void theDocumentQuotesTheExampleVerbatim() throws IOException {
        assertThat(quoted(Files.readString(DOC, StandardCharsets.UTF_8)))
                .isEqualTo(tagged(Files.readString(EXAMPLE, StandardCharsets.UTF_8)));
    }

    @Test
    void aChangedQuoteIsNoticed() {
        String doc = "<!-- quote: aftercare-jqwik/" + EXAMPLE.toString().replace('\\', '/') + " -->\n```java\nclass A {}\n```\n";
        assertThat(quoted(doc)).isEqualTo("class A {}\n").isNotEqualTo(tagged("// tag::example[]\nclass B {}\n// end::example[]"));
    }
}
