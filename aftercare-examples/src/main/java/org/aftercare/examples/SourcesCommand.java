package org.aftercare.examples;

import java.io.PrintStream;
import java.util.List;
import org.aftercare.evaluation.SourceCatalog;

/** {@code ./aftercare sources [--markdown]}: prints every cited document and what cites it. */
final class SourcesCommand {
    static final String HELP = String.join("\n",
            "Usage: ./aftercare sources [--markdown]",
            "",
            "Prints every document aftercare cites (edition or date, section, verification status) and the",
            "rules, policy keys and presets that cite it. With --markdown, the table that docs/sources.md holds.",
            "");

    private SourcesCommand() {
    }

    static ExitStatus run(List<String> args, PrintStream out, PrintStream err) {
        if (args.contains("--help")) {
            out.print(HELP);
            return ExitStatus.OK;
        }
        for (String a : args) {
            if (!a.equals("--markdown")) {
                err.println("aftercare sources: unknown option '" + a + "'");
                return ExitStatus.REJECTED;
            }
        }
        if (args.contains("--markdown")) {
            out.print(SourceCatalog.toMarkdownTable());
        } else {
            SourceCatalog.all().forEach(e -> out.println(e.citation() + "\n    cited by: " + String.join(", ", e.usedBy())));
        }
        return ExitStatus.OK;
    }
}
