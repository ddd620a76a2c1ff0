package org.aftercare.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.xml.sax.InputSource;

/**
 * Every code block in README.md and docs/*.md is checked, so the guides cannot drift from the code.
 *
 * <ul>
 *   <li>{@code <!-- snippet: PATH[#NAME] -->} (or {@code <!-- quote: PATH -->}) before a block: the block equals the
 *       tested source it names, the whole file or the lines between {@code // snippet:NAME} and
 *       {@code // end-snippet} (or {@code // tag::NAME[]} and {@code // end::NAME[]}) with their common indentation
 *       removed. Every {@code java} block needs one: Java in the
 *       docs is code the build compiles and a test runs.</li>
 *   <li>{@code json} blocks: a snippet marker, or {@code <!-- json: schema NAME -->} (valid against
 *       docs/schema/NAME.schema.json), or {@code <!-- json: fragment -->} (strict JSON, or JSON members).</li>
 *   <li>{@code xml} blocks are well-formed, and Maven coordinates of aftercare name the project's version.</li>
 *   <li>{@code <!-- output: ARGS -->} before a block: the block is exactly what {@code ./aftercare ARGS} prints.</li>
 *   <li>Command blocks: every {@code ./aftercare COMMAND} names a command of the command line's help.</li>
 * </ul>
 */
class DocsCodeBlocksTest {
    private static final Path ROOT = Path.of("..");
    private static final Pattern BLOCK = Pattern.compile(
            "(?:<!-- ((?:snippet|quote|json|output): [^>]*?) -->\\n)?```([a-z]*)\\n(.*?)```", Pattern.DOTALL);
    private static final ObjectMapper STRICT = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    record Block(Path doc, int line, String marker, String language, String text) {
        @Override
        public String toString() {
            return ROOT.relativize(doc) + ":" + line + " (" + (language.isEmpty() ? "text" : language) + ")";
        }
    }

    static List<Path> documents() throws IOException {
        List<Path> docs = new ArrayList<>(List.of(ROOT.resolve("README.md")));
        try (Stream<Path> files = Files.list(ROOT.resolve("docs"))) {
            files.filter(p -> p.toString().endsWith(".md")).sorted().forEach(docs::add);
        }
        return docs;
    }

    static List<Block> blocks() throws IOException {
        List<Block> all = new ArrayList<>();
        for (Path doc : documents()) {
            String text = Files.readString(doc, StandardCharsets.UTF_8);
            Matcher m = BLOCK.matcher(text);
            while (m.find()) {
                int line = (int) text.substring(0, m.start(2)).chars().filter(c -> c == '\n').count() + 1;
                all.add(new Block(doc, line, m.group(1), m.group(2), m.group(3)));
            }
        }
        return all;
    }

    @Test
    void theGuidesHaveCheckedBlocks() throws IOException {
        List<Block> blocks = blocks();

        assertThat(blocks).filteredOn(b -> b.doc().endsWith("integration.md") && b.marker() != null)
                .hasSizeGreaterThanOrEqualTo(4);
        assertThat(blocks).filteredOn(b -> b.doc().endsWith("README.md") && "java".equals(b.language())).isNotEmpty();
        assertThat(blocks).filteredOn(b -> b.doc().endsWith("getting-started.md") && "java".equals(b.language()))
                .hasSizeGreaterThanOrEqualTo(1);
    }

    @Test
    void everyRelativeLinkAndImageResolves() throws IOException {
        Pattern link = Pattern.compile("\\]\\(([^)#\\s]+)(?:#[^)]*)?\\)");
        List<String> broken = new ArrayList<>();
        for (Path doc : documents()) {
            Matcher m = link.matcher(Files.readString(doc, StandardCharsets.UTF_8));
            while (m.find()) {
                String target = m.group(1);
                if (!target.matches("[a-z]+:.*") && !Files.exists(doc.getParent().resolve(target))) {
                    broken.add(ROOT.relativize(doc) + " -> " + target);
                }
            }
        }
        assertThat(broken).as("links to files that do not exist").isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> everyBlockIsChecked() throws IOException {
        return blocks().stream().map(b -> DynamicTest.dynamicTest(b.toString(), () -> check(b)));
    }

    private static void check(Block b) throws Exception {
        if (b.marker() != null && (b.marker().startsWith("snippet: ") || b.marker().startsWith("quote: "))) {
            String[] target = b.marker().substring(b.marker().indexOf(' ') + 1).trim().split("#", 2);
            String source = Files.readString(ROOT.resolve(target[0]), StandardCharsets.UTF_8);
            assertThat(b.text()).as(b + " quotes " + b.marker()).isEqualTo(target.length == 1 ? source : region(source, target[1]));
            return;
        }
        if (b.marker() != null && b.marker().startsWith("output: ")) {
            assertThat(b.text()).as(b + " is the output of ./aftercare " + b.marker().substring(8)).isEqualTo(run(b.marker()));
            return;
        }
        switch (b.language()) {
            case "java" -> throw new AssertionError(b + ": a Java block needs <!-- snippet: PATH#NAME --> naming tested code");
            case "json" -> checkJson(b);
            case "xml" -> checkXml(b);
            case "", "sh", "shell", "console", "text" -> checkCommands(b);
            default -> throw new AssertionError(b + ": unexpected block language '" + b.language() + "'");
        }
    }

    private static void checkJson(Block b) throws IOException {
        assertThat(b.marker()).as(b + ": a JSON block needs <!-- json: schema NAME --> or <!-- json: fragment -->")
                .isNotNull().startsWith("json: ");
        String kind = b.marker().substring("json: ".length()).trim();
        if (kind.equals("fragment")) {
            String text = b.text().strip();
            String document = text.startsWith("{") || text.startsWith("[") ? text : "{" + text + "}";
            assertThatCode(() -> STRICT.readTree(document)).as(b + " is JSON").doesNotThrowAnyException();
            return;
        }
        assertThat(kind).as(b + ": json marker").startsWith("schema ");
        Path schemaFile = ROOT.resolve("docs/schema/" + kind.substring("schema ".length()).trim() + ".schema.json");
        JsonSchema schema;
        try (InputStream in = Files.newInputStream(schemaFile)) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
        JsonNode node = STRICT.readTree(b.text());
        assertThat(schema.validate(node)).as(b + " against " + schemaFile.getFileName()).isEmpty();
    }

    private static void checkXml(Block b) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.newDocumentBuilder().parse(new InputSource(new StringReader("<root>" + b.text() + "</root>")));
        if (b.text().contains("<groupId>org.aftercare</groupId>")) {
            Matcher version = Pattern.compile("<version>([^<]+)</version>").matcher(b.text());
            assertThat(version.find()).as(b + " names a version").isTrue();
            assertThat(version.group(1)).as(b + " names the project's version").isEqualTo(projectVersion());
        }
    }

    private static void checkCommands(Block b) {
        Set<String> commands = Pattern.compile("(?m)^  ([a-z-]+) ").matcher(AftercareCli.HELP).results()
                .map(r -> r.group(1)).collect(Collectors.toSet());
        Matcher m = Pattern.compile("(?m)^\\$? ?\\./aftercare ([a-z-]+)").matcher(b.text());
        while (m.find()) {
            assertThat(commands).as(b + ": ./aftercare " + m.group(1) + " is a command in the help").contains(m.group(1));
        }
    }

    /** Runs {@code ./aftercare ARGS} in process, with paths taken from the repository root as in the docs. */
    private static String run(String marker) {
        List<String> args = new ArrayList<>();
        for (String a : marker.substring("output: ".length()).trim().split(" +")) {
            args.add(a.contains("/") && Files.exists(ROOT.resolve(a)) ? ROOT.resolve(a).toString() : a);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AftercareCli.run(args, InputStream.nullInputStream(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(OutputStream.nullOutputStream()), false);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String projectVersion() throws IOException {
        String pom = Files.readString(ROOT.resolve("pom.xml"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("<artifactId>aftercare-parent</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
        assertThat(m.find()).as("root pom version").isTrue();
        return m.group(1);
    }

    static String region(String source, String name) {
        String[] lines = source.split("\n", -1);
        List<String> body = new ArrayList<>();
        boolean in = false;
        for (String line : lines) {
            if (line.trim().equals("// snippet:" + name) || line.trim().equals("// tag::" + name + "[]")) {
                in = true;
            } else if (in && (line.trim().equals("// end-snippet") || line.trim().equals("// end::" + name + "[]"))) {
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
