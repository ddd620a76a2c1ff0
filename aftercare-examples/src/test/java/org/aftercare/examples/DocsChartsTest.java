package org.aftercare.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.aftercare.charts.Chart;
import org.junit.jupiter.api.Test;

/**
 * The charts committed under docs/charts are exactly what {@code ./aftercare chart all --out docs/charts} produces
 * now, byte for byte, so a change to a policy, preset or sample that moves a chart fails here until the charts are
 * regenerated; docs/charts.md and the README show them.
 */
class DocsChartsTest {
    private static final Path DOCS = Path.of("..", "docs");
    private static final String REGENERATE = "regenerate with: ./aftercare chart all --out docs/charts (then commit)";

    @Test
    void committedChartsAreWhatTheCommandProducesNow() throws IOException {
        for (Chart chart : SampleCharts.all()) {
            Path file = DOCS.resolve("charts").resolve(chart.name() + ".svg");
            assertThat(file).as("docs/charts/%s.svg is missing; %s", chart.name(), REGENERATE).exists();
            byte[] committed = Files.readAllBytes(file);
            byte[] now = chart.toSvg().getBytes(StandardCharsets.UTF_8);
            assertThat(Arrays.equals(committed, now))
                    .as("docs/charts/%s.svg differs from what ./aftercare chart produces now; %s", chart.name(), REGENERATE)
                    .isTrue();
        }
    }

    @Test
    void docsChartsHoldsNoStaleChart() throws IOException {
        List<String> expected = SampleCharts.all().stream().map(c -> c.name() + ".svg").sorted().toList();
        try (Stream<Path> files = Files.list(DOCS.resolve("charts"))) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
                    .as("docs/charts holds a file no chart produces; delete it and " + REGENERATE)
                    .isEqualTo(expected);
        }
    }

    @Test
    void chartsPageShowsEveryChartAndTheReadmeShowsTwo() throws IOException {
        String page = Files.readString(DOCS.resolve("charts.md"), StandardCharsets.UTF_8);
        for (Chart chart : SampleCharts.all()) {
            assertThat(page).contains("](charts/" + chart.name() + ".svg)");
        }
        String readme = Files.readString(DOCS.resolveSibling("README.md"), StandardCharsets.UTF_8);
        assertThat(readme).contains("](docs/charts/take-home-ladders.svg)", "](docs/charts/voucher-earnings.svg)",
                "](docs/charts.md)");
    }
}
