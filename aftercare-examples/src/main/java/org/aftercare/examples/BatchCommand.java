package org.aftercare.examples;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
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
 */
final class BatchCommand {
    static final String HELP = String.join("\n",
            "Usage: ./aftercare batch IN.ndjson OUT.ndjson",
            "",
            "Evaluates one JSON request per line of IN and writes one JSON report per line to OUT, or",
            "{\"line\":N,\"problems\":[...]} for a line that is not a valid request, and goes on. Blank lines",
            "are skipped. Memory stays constant whatever the number of lines. At the end a summary (counts",
            "by severity and by code) goes to standard error.",
            "",
            "Exit status: 0 every line evaluated with no ERROR findings, 1 ERROR findings, 2 a line rejected",
            "or a usage error, 3 an internal failure on some line.",
            "");
    private static final long PROGRESS_EVERY = 1000;

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
        try (InputStream in = Files.newInputStream(input);
                Writer w = new BufferedWriter(new OutputStreamWriter(new BufferedOutputStream(Files.newOutputStream(output)),
                        StandardCharsets.UTF_8))) {
            BoundedLineReader lines = new BoundedLineReader(new java.io.BufferedInputStream(in),
                    json.limits().maxDocumentBytes());
            long size = Files.size(input);
            long number = 0;
            for (BoundedLineReader.Line line = lines.next(); line != null; line = lines.next()) {
                number++;
                if (!line.tooLong() && isBlank(line.bytes())) {
                    continue;
                }
                summary.line();
                w.write(evaluateLine(json, number, line, summary));
                w.write('\n');
                if (terminal && summary.lines() % PROGRESS_EVERY == 0) {
                    err.print(progress(lines.consumed(), size, summary.lines()));
                }
            }
        } catch (NoSuchFileException e) {
            err.println("aftercare batch: file '" + e.getFile() + "' does not exist");
            return ExitStatus.REJECTED;
        } catch (IOException e) {
            err.println("aftercare batch: cannot read '" + input + "' or write '" + output + "' ("
                    + e.getClass().getSimpleName() + ")");
            return ExitStatus.REJECTED;
        }
        if (terminal) {
            err.print("\r");
        }
        err.print(summary.render());
        return summary.status();
    }

    private static String evaluateLine(AftercareJson json, long number, BoundedLineReader.Line line, BatchSummary summary) {
        if (line.tooLong()) {
            summary.rejected();
            return lineProblems(json, number, List.of(new Problem("", "json.limit.size", "the document must be at most "
                    + json.limits().maxDocumentBytes() + " bytes: it has more")));
        }
        Decoded<EvaluationRequest> decoded = json.decodeRequest(line.bytes());
        if (decoded instanceof Decoded.Rejected<EvaluationRequest> rejected) {
            summary.rejected();
            return lineProblems(json, number, rejected.problems());
        }
        Decoded.Accepted<EvaluationRequest> accepted = (Decoded.Accepted<EvaluationRequest>) decoded;
        try {
            AftercareReport report = Aftercare.evaluate(accepted.value());
            summary.report(report);
            return json.encodeReportLine(report, accepted.correlation().orElse(null));
        } catch (RuntimeException e) {
            summary.failure();
            return "{\"line\":" + number + ",\"error\":\"internal failure\"}";
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
