package org.aftercare.examples;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import org.aftercare.evaluation.Aftercare;
import org.aftercare.evaluation.AftercareReport;
import org.aftercare.evaluation.RuleCatalog;

/**
 * The command line behind {@code ./aftercare}, such as {@code ./aftercare demo}.
 *
 * <pre>
 * ./aftercare demo              evaluate the sample plans and print their findings
 * ./aftercare rules [--markdown] print the rule catalog
 * ./aftercare --help            this text
 * </pre>
 *
 * <p>Exit status: 0 success, 2 usage error, 3 internal failure.
 *
 * @since 0.1.0
 */
public final class AftercareCli {
    static final int OK = 0;
    static final int USAGE = 2;
    static final int INTERNAL = 3;

    private static final String HELP = String.join("\n",
            "Usage: ./aftercare <command> [options]",
            "",
            "Commands:",
            "  demo               evaluate the sample aftercare plans and print their findings",
            "  rules [--markdown] print the rule catalog (--markdown: the table in docs/rules.md)",
            "  --help             print this help",
            "",
            "Exit status: 0 success, 2 usage error, 3 internal failure.",
            "");

    private AftercareCli() {
    }

    /**
     * Runs the command line and exits with its status.
     *
     * @param args  the arguments
     */
    public static void main(String[] args) {
        System.exit(run(Arrays.asList(args), System.out, System.err));
    }

    /**
     * Runs a command.
     *
     * @param args  the arguments, not null
     * @param out  standard output, not null
     * @param err  standard error, not null
     * @return the exit status
     */
    static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty()) {
            err.print(HELP);
            return USAGE;
        }
        try {
            switch (args.get(0)) {
                case "demo":
                    return demo(args.subList(1, args.size()), out, err);
                case "rules":
                    return rules(args.subList(1, args.size()), out, err);
                case "--help":
                case "-h":
                case "help":
                    out.print(HELP);
                    return OK;
                default:
                    err.println("aftercare: unknown command '" + args.get(0) + "'");
                    err.print(HELP);
                    return USAGE;
            }
        } catch (RuntimeException e) {
            err.println("aftercare: internal failure: " + e.getClass().getSimpleName());
            return INTERNAL;
        }
    }

    private static int demo(List<String> args, PrintStream out, PrintStream err) {
        if (args.contains("--help")) {
            out.println("Usage: ./aftercare demo\nEvaluates the sample aftercare plans of aftercare-examples and prints "
                    + "their findings.");
            return OK;
        }
        if (!args.isEmpty()) {
            err.println("aftercare demo: unexpected argument '" + args.get(0) + "'");
            return USAGE;
        }
        boolean first = true;
        for (Sample sample : SamplePlans.demo()) {
            if (!first) {
                out.println();
            }
            first = false;
            AftercareReport report = Aftercare.evaluate(sample.request());
            out.print(TextReport.render(sample.title(), report));
        }
        return OK;
    }

    private static int rules(List<String> args, PrintStream out, PrintStream err) {
        if (args.contains("--help")) {
            out.println("Usage: ./aftercare rules [--markdown]\nPrints the rule catalog: code, severity, meaning, sources.");
            return OK;
        }
        boolean markdown = args.contains("--markdown");
        for (String a : args) {
            if (!a.equals("--markdown")) {
                err.println("aftercare rules: unknown option '" + a + "'");
                return USAGE;
            }
        }
        if (markdown) {
            out.print(RuleCatalog.toMarkdownTable());
        } else {
            RuleCatalog.all().forEach(d -> out.println(d.code() + "  " + d.severities() + "\n    " + d.meaning()));
        }
        return OK;
    }
}
