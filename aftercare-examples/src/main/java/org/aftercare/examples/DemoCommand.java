package org.aftercare.examples;

import java.io.PrintStream;
import java.util.List;
import org.aftercare.evaluation.Aftercare;

/** {@code ./aftercare demo}: evaluates the sample requests and prints their reports for people. */
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
            out.print(TextReport.render(sample.title(), Aftercare.evaluate(sample.request())));
        }
        return ExitStatus.OK;
    }
}
