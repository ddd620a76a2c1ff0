package org.aftercare.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;

/** The comparison's rounds do the benchmark's work, in a class loader of their own, and its table reads right. */
class JarComparisonTest {
    @Test
    void aRoundValidatesTheThreeSamplePlansAThousandTimes() {
        // 2 + 3 + 6 findings: the step-down, the adolescent and the co-occurring samples
        assertThat(new SampleValidationRounds().getAsInt()).isEqualTo(11 * SampleValidationRounds.REPEATS);
        assertThat(new SampleParsingRounds().getAsInt()).isPositive()
                .isEqualTo(new SampleParsingRounds().getAsInt())
                .isEqualTo(new SampleParsingRounds().getAsInt() / SampleValidationRounds.REPEATS
                        * SampleValidationRounds.REPEATS);
    }

    @Test
    void eachBuildIsLoadedInALoaderOfItsOwn() throws Exception {
        // this test's class path stands for a build: every class is loaded again, apart from this test's copies
        List<Path> build = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(Path::of).filter(p -> p.toFile().exists()).toList();
        ClassLoader loader = JarComparison.loaderOf(build);
        IntSupplier rounds = JarComparison.instance(loader, SampleValidationRounds.class);
        assertThat(rounds.getClass()).isNotSameAs(SampleValidationRounds.class);
        assertThat(rounds.getClass().getClassLoader()).isSameAs(loader);
        assertThat(rounds.getAsInt()).isEqualTo(11 * SampleValidationRounds.REPEATS);
        assertThatThrownBy(() -> JarComparison.loaderOf(List.of(Path.of("no-such.jar"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("No such jar: no-such.jar");
    }

    @Test
    void theTableGivesQuantilesAfterTheWarmUpAndPairedRatios() {
        double[][] micros = {
            {9, 2.0, 2.2, 2.4, 2.0},
            {9, 1.0, 1.0, 1.8, 1.5},
            {9, 10.0, 20.0, 12.0, 15.0},
        };
        String table = JarComparison.table(List.of("old", "new", "readTree"), micros, 1);
        assertThat(table.lines()).containsExactly(
                "old                                          min    2.000  q1    2.000  median    2.200 us (3 plans)",
                "new                                          min    1.000  q1    1.000  median    1.500 us (3 plans)",
                "readTree                                     min   10.000  q1   12.000  median   15.000 us (3 plans)",
                "second / first build, median of paired rounds: 0.750",
                "second build / readTree, median of paired rounds: 0.100");
    }
}
