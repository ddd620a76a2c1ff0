package org.aftercare.examples;

import java.io.PrintStream;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.aftercare.evaluation.RuleCatalog;
import org.aftercare.evaluation.SourceCatalog;

/**
 * A command that prints one of the library's catalogs, as a listing for people or, with {@code --markdown},
 * as the table a docs page holds: {@code ./aftercare rules} and {@code ./aftercare sources}.
 */
final class CatalogCommand {
    private final String name;
    private final String help;
    private final Supplier<String> markdown;
    private final Consumer<PrintStream> listing;

    private CatalogCommand(String name, String help, Supplier<String> markdown, Consumer<PrintStream> listing) {
        this.name = name;
        this.help = help;
        this.markdown = markdown;
        this.listing = listing;
    }

    /** {@code ./aftercare rules [--markdown]}: the rule catalog. */
    static CatalogCommand rules() {
        return new CatalogCommand("rules", String.join("\n",
                "Usage: ./aftercare rules [--markdown]",
                "",
                "Prints the rule catalog: code, severities, meaning. With --markdown, the table that docs/rules.md",
                "holds (code, severity, meaning, sources).",
                ""),
                RuleCatalog::toMarkdownTable,
                out -> RuleCatalog.all()
                        .forEach(d -> out.println(d.code() + "  " + d.severities() + "\n    " + d.meaning())));
    }

    /** {@code ./aftercare sources [--markdown]}: every cited document and what cites it. */
    static CatalogCommand sources() {
        return new CatalogCommand("sources", String.join("\n",
                "Usage: ./aftercare sources [--markdown]",
                "",
                "Prints every document aftercare cites (edition or date, section, verification status) and the",
                "rules, policy keys and presets that cite it. With --markdown, the table that docs/sources.md holds.",
                ""),
                SourceCatalog::toMarkdownTable,
                out -> SourceCatalog.all()
                        .forEach(e -> out.println(e.citation() + "\n    cited by: " + String.join(", ", e.usedBy()))));
    }

    ExitStatus run(List<String> args, PrintStream out, PrintStream err) {
        if (args.contains("--help")) {
            out.print(help);
            return ExitStatus.OK;
        }
        for (String a : args) {
            if (!a.equals("--markdown")) {
                err.println("aftercare " + name + ": unknown option '" + a + "'");
                return ExitStatus.REJECTED;
            }
        }
        if (args.contains("--markdown")) {
            out.print(markdown.get());
        } else {
            listing.accept(out);
        }
        return ExitStatus.OK;
    }
}
