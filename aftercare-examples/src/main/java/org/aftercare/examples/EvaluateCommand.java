package org.aftercare.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.aftercare.evaluation.Aftercare;
import org.aftercare.evaluation.AftercareReport;
import org.aftercare.evaluation.EvaluationRequest;
import org.aftercare.jackson.AftercareJson;
import org.aftercare.jackson.Decoded;

/**
 * {@code ./aftercare evaluate FILE|- [--format json|text]}: decodes one request, evaluates it and
 * prints the report. Exit status 0 (no ERROR findings), 1 (ERROR findings), 2 (input rejected: the
 * problems are printed as JSON on standard output, each with its JSON Pointer), 3 (internal failure).
 */
final class EvaluateCommand {
    static final String HELP = String.join("\n",
            "Usage: ./aftercare evaluate FILE|- [--format json|text]",
            "",
            "Evaluates one JSON evaluation request (FILE, or - for standard input) and prints the report:",
            "JSON by default (docs/wire-format.md), or text for people with --format text.",
            "",
            "Exit status: 0 no ERROR findings, 1 ERROR findings, 2 input rejected (the problems are printed",
            "as JSON on standard output, each with its JSON Pointer), 3 internal failure.",
            "");

    private EvaluateCommand() {
    }

    static ExitStatus run(List<String> args, InputStream stdin, PrintStream out, PrintStream err) {
        if (args.contains("--help")) {
            out.print(HELP);
            return ExitStatus.OK;
        }
        String file = null;
        boolean text = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--format")) {
                if (i + 1 >= args.size() || !(args.get(i + 1).equals("json") || args.get(i + 1).equals("text"))) {
                    err.println("aftercare evaluate: --format takes json or text");
                    return ExitStatus.REJECTED;
                }
                text = args.get(++i).equals("text");
            } else if (a.startsWith("--")) {
                err.println("aftercare evaluate: unknown option '" + a + "'");
                return ExitStatus.REJECTED;
            } else if (file == null) {
                file = a;
            } else {
                err.println("aftercare evaluate: unexpected argument '" + a + "' (one FILE or - only)");
                return ExitStatus.REJECTED;
            }
        }
        if (file == null) {
            err.println("aftercare evaluate: name a FILE, or - for standard input");
            err.print(HELP);
            return ExitStatus.REJECTED;
        }
        AftercareJson json = AftercareJson.standard();
        Decoded<EvaluationRequest> decoded;
        try (InputStream in = file.equals("-") ? stdin : Files.newInputStream(Path.of(file))) {
            decoded = json.decodeRequest(in);
        } catch (NoSuchFileException e) {
            err.println("aftercare evaluate: file '" + file + "' does not exist");
            return ExitStatus.REJECTED;
        } catch (IOException e) {
            err.println("aftercare evaluate: cannot read file '" + file + "' (" + e.getClass().getSimpleName() + ")");
            return ExitStatus.REJECTED;
        }
        if (decoded instanceof Decoded.Rejected<EvaluationRequest> rejected) {
            out.print(json.encodeProblems(rejected.problems()));
            return ExitStatus.REJECTED;
        }
        Decoded.Accepted<EvaluationRequest> accepted = (Decoded.Accepted<EvaluationRequest>) decoded;
        AftercareReport report = Aftercare.evaluate(accepted.value());
        out.print(text ? TextReport.render("Evaluation", report)
                : json.encodeReport(report, accepted.correlation().orElse(null)));
        return report.evaluation().hasErrors() ? ExitStatus.ERROR_FINDINGS : ExitStatus.OK;
    }
}
