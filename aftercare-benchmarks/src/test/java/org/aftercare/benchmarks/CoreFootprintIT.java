package org.aftercare.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The footprint of aftercare-core, checked on every build: its jar under 600 KB and its runtime dependencies
 * Guava (with the dependencies Guava brings today) and the SLF4J API only. Prints both. The jar and the list
 * ({@code target/runtime-dependencies.txt}, written by aftercare-core's build at package time) exist once the
 * reactor has packaged aftercare-core: it runs as an integration test (failsafe, in {@code verify}).
 */
class CoreFootprintIT {
    static final long MAX_JAR_BYTES = 600 * 1024;
    /** groupId:artifactId of every allowed runtime dependency: Guava and its own dependencies, and the SLF4J API. */
    static final Set<String> ALLOWED = Set.of(
            "com.google.guava:guava",
            "com.google.guava:failureaccess",
            "com.google.guava:listenablefuture",
            "com.google.errorprone:error_prone_annotations",
            "com.google.j2objc:j2objc-annotations",
            "org.jspecify:jspecify",
            "org.slf4j:slf4j-api");

    @Test
    void coreJarIsUnder600KbWithGuavaAndTheSlf4jApiAsItsOnlyRuntimeDependencies() throws IOException {
        Path jar = Path.of(System.getProperty("core.jar"));
        Path list = Path.of(System.getProperty("core.dependencies"));
        assertThat(jar).as("aftercare-core jar (package aftercare-core first)").exists();
        assertThat(list).as("aftercare-core runtime dependency list (package aftercare-core first)").exists();
        long size = Files.size(jar);
        List<String> dependencies = dependencies(Files.readAllLines(list));
        System.out.printf("aftercare-core footprint: jar %d bytes (%.1f KB, limit %d KB)%n", size, size / 1024.0,
                MAX_JAR_BYTES / 1024);
        System.out.println("aftercare-core runtime dependencies:");
        dependencies.forEach(d -> System.out.println("  " + d));
        assertThat(size).as("aftercare-core jar size in bytes").isLessThan(MAX_JAR_BYTES);
        assertThat(dependencies).as("runtime dependencies").isNotEmpty();
        assertThat(dependencies.stream().map(CoreFootprintIT::groupAndArtifact).toList())
                .as("runtime dependencies of aftercare-core").allMatch(ALLOWED::contains)
                .contains("com.google.guava:guava", "org.slf4j:slf4j-api");
    }

    @Test
    void theDependencyListIsReadFromMavensOutput() {
        List<String> read = dependencies(List.of("", "The following files have been resolved:",
                "   com.google.guava:guava:jar:33.4.8-jre:compile -- module com.google.common",
                "   com.fasterxml.jackson.core:jackson-core:jar:2.20.1:runtime"));
        assertThat(read).containsExactly("com.google.guava:guava:jar:33.4.8-jre:compile",
                "com.fasterxml.jackson.core:jackson-core:jar:2.20.1:runtime");
        assertThat(read.stream().map(CoreFootprintIT::groupAndArtifact).filter(ALLOWED::contains).toList())
                .containsExactly("com.google.guava:guava");
    }

    /** Returns the {@code group:artifact:type:version:scope} lines of {@code dependency:list} output. */
    static List<String> dependencies(List<String> lines) {
        return lines.stream().map(String::strip).filter(l -> l.chars().filter(c -> c == ':').count() >= 4)
                .map(l -> l.contains(" ") ? l.substring(0, l.indexOf(' ')) : l).toList();
    }

    private static String groupAndArtifact(String dependency) {
        String[] parts = dependency.split(":");
        return parts[0] + ":" + parts[1];
    }
}
