package org.aftercare.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.aftercare.Finding;
import org.aftercare.evaluation.Aftercare;
import org.aftercare.evaluation.AftercareReport;
import org.aftercare.evaluation.EvaluationRequest;
import org.aftercare.jackson.AftercareJson;
import org.aftercare.jackson.Decoded;
import org.aftercare.jackson.Problem;

/**
 * {@code ./aftercare batch IN.ndjson OUT.ndjson}: one request per input line to one report per
 * output line, or an error object {@code {"line":N,"problems":[...]}} for a bad line, without
 * stopping; constant memory; progress on standard error when it is a terminal; a summary at the end.
 *
 * <p>Lines are evaluated on one worker per processor, in chunks of {@value #CHUNK}, while this thread reads and
 * writes: at most {@value #WINDOW} lines are in flight, and output is written in input order, so memory stays constant and
 * the output is the same as a sequential run's. The summary ends with the throughput and the peak heap.
 */
final class BatchCommand {
    static final String HELP = String.join("\n",
            "Usage: ./aftercare batch IN.ndjson OUT.ndjson",
            "",
            "Evaluates one JSON request per line of IN and writes one JSON report per line to OUT, or",
            "{\"line\":N,\"problems\":[...]} for a line that is not a valid request, and goes on. Blank lines",
            "are skipped. Memory stays constant whatever the number of lines (one worker per processor, at most",
            "256 lines in flight, output in input order). At the end a summary (counts by severity and by",
            "code, then throughput and peak heap) goes to standard error. For large files: JAVA_OPTS=-Xmx512m.",
            "",
            "Exit status: 0 every line evaluated with no ERROR findings, 1 ERROR findings, 2 a line rejected",
            "or a usage error, 3 an internal failure on some line.",
            "");
    private static final long PROGRESS_EVERY = 1000;
    /** Lines in flight at most: the bound of memory, whatever the file's length. */
    private static final int WINDOW = 256;
    /**
     * Lines given to a worker at once: one task, one hand-over and one wake-up per chunk rather than per line (at
     * 18,000 lines a second, waking the reading thread for every line costs more than reading and writing them).
     */
    private static final int CHUNK = 32;

    private BatchCommand() {
    }

    static ExitStatus run(List<String> args, PrintStream out, PrintStream err, boolean terminal) {
        if (args.contains("--help")) {
            out.print(HELP);
            return ExitStatus.OK;
        }
        if (args.size() != 2 || args.get(0).startsWith("--") || args.get(1).startsWith("--")) {
            err.println("aftercare batch: name an input and an output file");
            err.print(HELP);
            return ExitStatus.REJECTED;
        }
        Path input = Path.of(args.get(0));
        Path output = Path.of(args.get(1));
        AftercareJson json = AftercareJson.standard();
        BatchSummary summary = new BatchSummary();
        long started = System.nanoTime();
        int workers = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(workers, runnable -> {
            Thread t = new Thread(runnable, "aftercare-batch");
            t.setDaemon(true);
            return t;
        });
        Deque<Future<LineResult[]>> window = new ArrayDeque<>(WINDOW / CHUNK);
        try (InputStream in = Files.newInputStream(input);
                OutputStream w = DirectFileOutput.open(output)) {
            BoundedLineReader lines = new BoundedLineReader(in, json.limits().maxDocumentBytes());
            long size = Files.size(input);
            long number = 0;
            BoundedLineReader.Line[] chunk = new BoundedLineReader.Line[CHUNK];
            long[] numbers = new long[CHUNK];
            int filled = 0;
            for (BoundedLineReader.Line line = lines.next(); line != null; line = lines.next()) {
                number++;
                if (!line.tooLong() && isBlank(line.bytes())) {
                    continue;
                }
                chunk[filled] = line;
                numbers[filled++] = number;
                if (filled == CHUNK) {
                    window.addLast(submit(pool, json, chunk, numbers, filled));
                    chunk = new BoundedLineReader.Line[CHUNK];
                    numbers = new long[CHUNK];
                    filled = 0;
                    if (window.size() >= WINDOW / CHUNK) {
                        write(window.removeFirst(), w, summary, terminal ? () -> err.print(progress(lines.consumed(),
                                size, summary.lines())) : null);
                    }
                }
            }
            if (filled > 0) {
                window.addLast(submit(pool, json, chunk, numbers, filled));
            }
            while (!window.isEmpty()) {
                write(window.removeFirst(), w, summary, null);
            }
        } catch (NoSuchFileException e) {
            err.println("aftercare batch: file '" + e.getFile() + "' does not exist");
            return ExitStatus.REJECTED;
        } catch (IOException e) {
            err.println("aftercare batch: cannot read '" + input + "' or write '" + output + "' ("
                    + e.getClass().getSimpleName() + ")");
            return ExitStatus.REJECTED;
        } finally {
            window.forEach(f -> f.cancel(true));
            pool.shutdownNow();
        }
        if (terminal) {
            err.print("\r");
        }
        err.print(summary.render());
        err.print(throughput(summary.lines(), System.nanoTime() - started, workers, peakHeapBytes()));
        return summary.status();
    }

    /**
     * The outcome of one line, evaluated on a worker: its output line in UTF-8 (encoded on the worker, so this thread
     * only copies bytes) and what the summary counts.
     */
    private record LineResult(byte[] text, List<Finding> findings, boolean rejected, boolean failed) {
        LineResult(String text, List<Finding> findings, boolean rejected, boolean failed) {
            this(text.getBytes(StandardCharsets.UTF_8), findings, rejected, failed);
        }
    }

    /** Evaluates a chunk of lines, in order, on one worker. */
    private static Future<LineResult[]> submit(ExecutorService pool, AftercareJson json, BoundedLineReader.Line[] lines,
            long[] numbers, int count) {
        return pool.submit(() -> {
            LineResult[] results = new LineResult[count];
            for (int i = 0; i < count; i++) {
                results[i] = evaluateLine(json, numbers[i], lines[i]);
                lines[i] = null;
            }
            return results;
        });
    }

    /**
     * Writes the output of a chunk of lines and counts them, in input order (the caller takes the oldest chunk
     * first), calling {@code progress} (if any) after every {@value #PROGRESS_EVERY}th line.
     */
    private static void write(Future<LineResult[]> future, OutputStream w, BatchSummary summary, Runnable progress)
            throws IOException {
        LineResult[] results;
        try {
            results = future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted");
        } catch (ExecutionException e) {
            throw new IllegalStateException("batch worker failed", e.getCause());
        }
        for (LineResult result : results) {
            summary.line();
            if (result.rejected()) {
                summary.rejected();
            } else if (result.failed()) {
                summary.failure();
            } else {
                summary.report(result.findings());
            }
            w.write(result.text());
            w.write('\n');
            if (progress != null && summary.lines() % PROGRESS_EVERY == 0) {
                progress.run();
            }
        }
    }

    /** Returns the closing line such as {@code 1000000 requests in 41.2 s (24271 requests/s, 2 workers), peak heap 212 MB}. */
    static String throughput(long requests, long nanos, int workers, long peakHeap) {
        double seconds = nanos / 1e9;
        return String.format(java.util.Locale.ROOT, "%d requests in %.1f s (%.0f requests/s, %d workers), peak heap %d MB\n",
                requests, seconds, seconds > 0 ? requests / seconds : 0.0, workers, peakHeap >> 20);
    }

    /** Returns the sum of the peak usage of every heap memory pool: an upper bound of the peak heap in use. */
    private static long peakHeapBytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    private static LineResult evaluateLine(AftercareJson json, long number, BoundedLineReader.Line line) {
        if (line.tooLong()) {
            return new LineResult(lineProblems(json, number, List.of(new Problem("", "json.limit.size",
                    "the document must be at most " + json.limits().maxDocumentBytes() + " bytes: it has more"))),
                    null, true, false);
        }
        try {
            Decoded<EvaluationRequest> decoded = json.decodeRequest(line.bytes());
            if (decoded instanceof Decoded.Rejected<EvaluationRequest> rejected) {
                return new LineResult(lineProblems(json, number, rejected.problems()), null, true, false);
            }
            Decoded.Accepted<EvaluationRequest> accepted = (Decoded.Accepted<EvaluationRequest>) decoded;
            AftercareReport report = Aftercare.evaluate(accepted.value());
            // only the findings are kept for the summary: the rest of the report can go as soon as it is written
            return new LineResult(json.encodeReportLineUtf8(report, accepted.correlation().orElse(null)),
                    report.evaluation().findings(), false, false);
        } catch (RuntimeException e) {
            return new LineResult("{\"line\":" + number + ",\"error\":\"internal failure\"}", null, false, true);
        }
    }

    /** Returns a progress bar such as {@code \r[##########----------]  50% 12000 requests}. */
    static String progress(long done, long total, long requests) {
        int width = 20;
        int percent = total <= 0 ? 100 : (int) Math.min(100, done * 100 / total);
        int filled = percent * width / 100;
        return "\r[" + "#".repeat(filled) + "-".repeat(width - filled) + "] " + String.format(java.util.Locale.ROOT,
                "%3d%%", percent) + " " + requests + " requests";
    }

    /** Returns {@code {"line":N,"problems":[...]}}: the problems document with the line number first. */
    private static String lineProblems(AftercareJson json, long number, List<Problem> problems) {
        String doc = json.encodeProblemsLine(problems);
        return "{\"line\":" + number + "," + doc.substring(1);
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }
}
