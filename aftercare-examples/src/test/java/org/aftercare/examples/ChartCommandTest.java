package org.aftercare.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.aftercare.charts.Chart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return AftercareCli.run(List.of(args), new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                false).code();
    }

    @Test
    void oneChartWithoutOutGoesToStandardOutput() {
        assertThat(run("chart", "ladder")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(SampleCharts.of("ladder").orElseThrow().toSvg())
                .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg ");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void allWritesOneFilePerChartIntoTheDirectory(@TempDir Path tmp) throws IOException {
        Path dir = tmp.resolve("new/charts");
        assertThat(run("chart", "all", "--out", dir.toString())).isZero();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted()).containsExactly("aftercare-plan.svg",
                    "induction-timeline.svg", "prize-expected-value.svg", "take-home-ladders.svg", "voucher-earnings.svg");
        }
        for (Chart c : SampleCharts.all()) {
            assertThat(Files.readString(dir.resolve(c.name() + ".svg"), StandardCharsets.UTF_8)).isEqualTo(c.toSvg());
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).contains(dir.resolve("take-home-ladders.svg").toString());
    }

    @Test
    void usageErrorsNameTheProblem() {
        assertThat(run("chart")).isEqualTo(2);
        assertThat(run("chart", "all")).isEqualTo(2);
        assertThat(run("chart", "ladders")).isEqualTo(2);
        assertThat(run("chart", "ladder", "--out")).isEqualTo(2);
        assertThat(run("chart", "ladder", "plan")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("aftercare chart: name a chart: ladder, vouchers, prizes, induction, plan or all\n")
                .contains("aftercare chart: all needs --out DIR\n")
                .contains("aftercare chart: unknown chart 'ladders'; choose one of ladder, vouchers, prizes, induction, plan or all\n")
                .contains("aftercare chart: --out needs a directory\n")
                .contains("aftercare chart: unexpected argument 'plan'\n");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void helpListsEveryChart() {
        assertThat(run("chart", "--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith(
                "Usage: ./aftercare chart <ladder|vouchers|prizes|induction|plan|all> [--out DIR]\n");
        out.reset();
        assertThat(run("--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("  chart KIND|all [--out DIR]");
    }

    @Test
    void everyKindHasAChartWithADistinctName() {
        assertThat(SampleCharts.all()).extracting(Chart::name).containsExactly("take-home-ladders", "voucher-earnings",
                "prize-expected-value", "induction-timeline", "aftercare-plan");
        assertThat(SampleCharts.of("pie")).isEmpty();
    }
}
