package org.aftercare.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.IntSupplier;

/**
 * Compares benchmark 1 (plan validation of the sample plans) of two builds in one JVM, for changes smaller than the
 * drift between two runs on a shared machine. Each jar (a {@code benchmarks.jar}, or any jar holding aftercare-core,
 * -jackson and -examples) is loaded in a class loader of its own; the builds validate the plans in alternating
 * rounds of 0.3 s each, and Jackson's {@code readTree} of the same documents runs in the same rounds. Times are this
 * thread's CPU time. Each round's time of the second build over the first's in the same round gives a paired ratio
 * whose median cancels the machine's drift; the first third of the rounds is warm-up.
 *
 * <pre>
 * java -cp aftercare-benchmarks/target/benchmarks.jar org.aftercare.benchmarks.JarComparison OLD.jar NEW.jar [rounds]
 * </pre>
 *
 * @since 0.1.0
 */
public final class JarComparison {
    private static final long ROUND_NANOS = 300_000_000L;
    private static final int DEFAULT_ROUNDS = 45;

    private JarComparison() {
    }

    /**
     * Runs the comparison and prints the table.
     *
     * @param args  the first build's jar, the second build's jar, and optionally the number of rounds (at least 3)
     * @throws Exception if a jar cannot be loaded
     */
    public static void main(String[] args) throws Exception {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: JarComparison OLD.jar NEW.jar [rounds]");
            System.exit(2);
        }
        int rounds = args.length == 3 ? Integer.parseInt(args[2]) : DEFAULT_ROUNDS;
        if (rounds < 3) {
            throw new IllegalArgumentException("rounds must be at least 3: " + rounds);
        }
        List<String> names = List.of(Path.of(args[0]).getFileName() + " (validate)",
                Path.of(args[1]).getFileName() + " (validate)", "readTree (first jar's Jackson)");
        ClassLoader first = loaderOf(List.of(Path.of(args[0])));
        List<IntSupplier> work = List.of(instance(first, SampleValidationRounds.class),
                instance(loaderOf(List.of(Path.of(args[1]))), SampleValidationRounds.class),
                instance(first, SampleParsingRounds.class));
        double[][] micros = measure(work, rounds);
        System.out.print(table(names, micros, rounds / 3));
    }

    /**
     * A class loader of a build alone (and the platform's classes): its jar, or its jars and class directories, with
     * this module's round classes behind them for a build that lacks them (such as one made before they were added).
     *
     * @param build  the jars and directories of the build, in order, not empty
     * @return the loader, not null
     * @throws MalformedURLException never for a path
     */
    static ClassLoader loaderOf(List<Path> build) throws MalformedURLException {
        List<URL> urls = new ArrayList<>();
        for (Path entry : build) {
            if (!Files.isRegularFile(entry) && !Files.isDirectory(entry)) {
                throw new IllegalArgumentException("No such jar: " + entry);
            }
            urls.add(entry.toUri().toURL());
        }
        urls.add(JarComparison.class.getProtectionDomain().getCodeSource().getLocation());
        return new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    }

    /**
     * Makes one of this module's round classes as the given loader defines it.
     *
     * @param loader  the loader, not null
     * @param type  the round class, not null
     * @return the instance, not null
     * @throws ReflectiveOperationException if the class cannot be made
     */
    static IntSupplier instance(ClassLoader loader, Class<? extends IntSupplier> type)
            throws ReflectiveOperationException {
        return (IntSupplier) loader.loadClass(type.getName()).getConstructor().newInstance();
    }

    /** Runs each piece of work for {@link #ROUND_NANOS} per round, in alternating order; microseconds per plan set. */
    private static double[][] measure(List<IntSupplier> work, int rounds) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[][] micros = new double[work.size()][rounds];
        long checksum = 0;
        for (int r = 0; r < rounds; r++) {
            for (int k = 0; k < work.size(); k++) {
                int w = r % 2 == 0 ? k : work.size() - 1 - k; // alternate the order: neither build always goes first
                long cpu = threads.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                long repeats = 0;
                while (System.nanoTime() - start < ROUND_NANOS) {
                    checksum += work.get(w).getAsInt();
                    repeats++;
                }
                micros[w][r] = (threads.getCurrentThreadCpuTime() - cpu) / 1000.0
                        / (repeats * SampleValidationRounds.REPEATS);
            }
        }
        if (checksum == 42) {
            System.out.println(); // keeps the results in use
        }
        return micros;
    }

    /**
     * Writes the minimum, lower quartile and median of each row after the warm-up rounds, and the paired ratios:
     * second build over first, and second build over {@code readTree}.
     *
     * @param names  the row names: first build, second build, baseline
     * @param micros  microseconds per set of three plans, by row and round
     * @param warmUp  the rounds left out
     * @return the table, not null
     */
    static String table(List<String> names, double[][] micros, int warmUp) {
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < names.size(); k++) {
            double[] kept = Arrays.copyOfRange(micros[k], warmUp, micros[k].length);
            Arrays.sort(kept);
            out.append(String.format(Locale.ROOT, "%-44s min %8.3f  q1 %8.3f  median %8.3f us (3 plans)%n",
                    names.get(k), kept[0], kept[kept.length / 4], kept[kept.length / 2]));
        }
        out.append(String.format(Locale.ROOT, "second / first build, median of paired rounds: %.3f%n",
                pairedMedian(micros[1], micros[0], warmUp)));
        out.append(String.format(Locale.ROOT, "second build / readTree, median of paired rounds: %.3f%n",
                pairedMedian(micros[1], micros[2], warmUp)));
        return out.toString();
    }

    private static double pairedMedian(double[] over, double[] under, int warmUp) {
        List<Double> ratios = new ArrayList<>();
        for (int r = warmUp; r < over.length; r++) {
            ratios.add(over[r] / under[r]);
        }
        ratios.sort(null);
        return ratios.get(ratios.size() / 2);
    }
}
