package org.aftercare.examples;

import java.io.PrintStream;
import java.util.List;
import org.aftercare.evaluation.RuleCatalog;

/** {@code ./aftercare rules [--markdown]}: prints the rule catalog. */
final class RulesCommand {
    static final String HELP = String.join("\n",
            "Usage: ./aftercare rules [--markdown]",
            "",
            "Prints the rule catalog: code, severities, meaning. With --markdown, the table that docs/rules.md",
            "holds (code, severity, meaning, sources).",
            "");

    private RulesCommand() {
    }

    static ExitStatus run(List<String> args, PrintStream out, PrintStream err) {
        if (args.contains("--help")) {
            out.print(HELP);
            return ExitStatus.OK;
        }
        for (String a : args) {
            if (!a.equals("--markdown")) {
                err.println("aftercare rules: unknown option '" + a + "'");
                return ExitStatus.REJECTED;
            }
        }
        if (args.contains("--markdown")) {
            out.print(RuleCatalog.toMarkdownTable());
        } else {
            RuleCatalog.all().forEach(d -> out.println(d.code() + "  " + d.severities() + "\n    " + d.meaning()));
        }
        return ExitStatus.OK;
    }
}
