package org.aftercare.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.aftercare.evaluation.Aftercare;
import org.aftercare.evaluation.EvaluationRequest;
import org.aftercare.jackson.AftercareJson;
import org.aftercare.jackson.Decoded;

/**
 * {@code ./aftercare demo}: decodes the sample JSON requests shipped with aftercare-examples
 * ({@code samples/*.request.json}, each the wire form of a Java sample), evaluates them and prints
 * their reports for people.
 */
final class DemoCommand {
    static final String HELP = String.join("\n",
            "Usage: ./aftercare demo",
            "",
            "Evaluates the sample requests of aftercare-examples (aftercare plans, medication and incentive",
            "scenarios) and prints their findings, sources and forecasts for a clinician to read.",
            "");

    private DemoCommand() {
    }

    static ExitStatus run(List<String> args, PrintStream out, PrintStream err) {
        if (args.contains("--help")) {
            out.print(HELP);
            return ExitStatus.OK;
        }
        if (!args.isEmpty()) {
            err.println("aftercare demo: unexpected argument '" + args.get(0) + "'");
            return ExitStatus.REJECTED;
        }
        boolean first = true;
        for (Sample sample : SamplePlans.demo()) {
            if (!first) {
                out.println();
            }
            first = false;
            out.print(TextReport.render(sample.title(), Aftercare.evaluate(decode(sample.name()))));
        }
        return ExitStatus.OK;
    }

    /** Decodes a shipped sample request; a sample that does not decode is a defect of this module. */
    static EvaluationRequest decode(String name) {
        String resource = "samples/" + name + ".request.json";
        try (InputStream in = DemoCommand.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("sample resource missing: " + resource);
            }
            Decoded<EvaluationRequest> decoded = AftercareJson.standard().decodeRequest(in);
            if (decoded instanceof Decoded.Accepted<EvaluationRequest> ok) {
                return ok.value();
            }
            throw new IllegalStateException("sample " + name + " does not decode: " + decoded.problems());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
