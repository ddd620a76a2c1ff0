package org.aftercare.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every snippet in docs/*.md preceded by {@code <!-- snippet: PATH[#NAME] -->} equals the tested
 * source it names: the whole file, or the lines between {@code // snippet:NAME} and
 * {@code // end-snippet} with their common indentation removed.
 */
class DocSnippetsTest {
    private static final Path ROOT = Path.of("..");
    private static final Pattern MARKER = Pattern.compile(
            "<!-- snippet: ([^#\\s]+)(?:#([a-z-]+))? -->\\n```[a-z]*\\n(.*?)```", Pattern.DOTALL);

    record Snippet(Path doc, String source, String name, String text) {
    }

    static List<Snippet> snippets() throws IOException {
        List<Snippet> all = new ArrayList<>();
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            for (Path doc : docs.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                Matcher m = MARKER.matcher(Files.readString(doc, StandardCharsets.UTF_8));
                while (m.find()) {
                    all.add(new Snippet(doc, m.group(1), m.group(2), m.group(3)));
                }
            }
        }
        return all;
    }

    @Test
    void theIntegrationGuideHasCheckedSnippets() throws IOException {
        assertThat(snippets()).filteredOn(s -> s.doc().endsWith("integration.md")).hasSizeGreaterThanOrEqualTo(4);
    }

    @TestFactory
    Stream<DynamicTest> everySnippetEqualsItsSource() throws IOException {
        return snippets().stream().map(s -> DynamicTest.dynamicTest(s.doc().getFileName() + " <- " + s.source()
                + (s.name() == null ? "" : "#" + s.name()), () -> {
                    String source = Files.readString(ROOT.resolve(s.source()), StandardCharsets.UTF_8);
                    assertThat(s.text()).isEqualTo(s.name() == null ? source : region(source, s.name()));
                }));
    }

    static String region(String source, String name) {
        String[] lines = source.split("\n", -1);
        List<String> body = new ArrayList<>();
        boolean in = false;
        for (String line : lines) {
            if (line.trim().equals("// snippet:" + name)) {
                in = true;
            } else if (in && line.trim().equals("// end-snippet")) {
                break;
            } else if (in) {
                body.add(line);
            }
        }
        assertThat(body).as("snippet region " + name).isNotEmpty();
        int indent = body.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length()).min()
                .orElse(0);
        StringBuilder sb = new StringBuilder();
        body.forEach(l -> sb.append(l.isBlank() ? "" : l.substring(indent)).append('\n'));
        return sb.toString();
    }
}
