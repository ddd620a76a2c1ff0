package org.aftercare.examples;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/**
 * The command line behind {@code ./aftercare}, such as {@code ./aftercare evaluate request.json}.
 *
 * <pre>
 * ./aftercare demo                               evaluate the sample requests, print for people
 * ./aftercare evaluate FILE|- [--format text]    evaluate one JSON request, print the report
 * ./aftercare batch IN.ndjson OUT.ndjson         one report per request line, constant memory
 * ./aftercare generate --count N --seed S OUT    synthetic requests for load tests of batch
 * ./aftercare rules [--markdown]                 the rule catalog
 * ./aftercare schema [--report|--problems]       the JSON Schemas
 * ./aftercare serve [--port N] [--host H] [--zone Z]  the CDS Hooks service (loopback by default)
 * </pre>
 *
 * <p>Exit status ({@link ExitStatus}): 0 no ERROR findings, 1 ERROR findings, 2 input rejected or
 * usage error, 3 internal failure. Error messages name the flag or the file; no request content is
 * ever printed to standard error or logged.
 *
 * @since 0.1.0
 */
public final class AftercareCli {
    static final String HELP = String.join("\n",
            "Usage: ./aftercare <command> [options]",
            "",
            "Commands:",
            "  demo                             evaluate the sample requests and print their findings",
            "  evaluate FILE|- [--format text]  evaluate one JSON request; print the report (JSON or text)",
            "  batch IN.ndjson OUT.ndjson       evaluate one request per line; one report per line",
            "  generate --count N --seed S OUT  write N synthetic requests (NDJSON) for load tests of batch",
            "  rules [--markdown]               print the rule catalog",
            "  sources [--markdown]             print every cited document and what cites it",
            "  schema [--report|--problems]     print the JSON Schema of requests, reports or problems",
            "  chart KIND|all [--out DIR]       draw SVG charts (ladder, vouchers, prizes, induction, plan)",
            "  serve [--port N] [--host H] [--zone Z]  run the CDS Hooks service (default 127.0.0.1:8080)",
            "  --help                           print this help; every command takes --help too",
            "",
            "Exit status: 0 no ERROR findings, 1 ERROR findings, 2 input rejected or usage error,",
            "3 internal failure.",
            "");

    private AftercareCli() {
    }

    /**
     * Runs the command line and exits with its status.
     *
     * @param args  the arguments
     */
    public static void main(String[] args) {
        System.exit(run(Arrays.asList(args), System.in, System.out, System.err, System.console() != null).code());
    }

    /**
     * Runs a command.
     *
     * @param args  the arguments, not null
     * @param stdin  standard input, not null
     * @param out  standard output, not null
     * @param err  standard error, not null
     * @param terminal  whether standard error is a terminal (progress display)
     * @return the exit status, not null
     */
    static ExitStatus run(List<String> args, InputStream stdin, PrintStream out, PrintStream err, boolean terminal) {
        if (args.isEmpty()) {
            err.print(HELP);
            return ExitStatus.REJECTED;
        }
        List<String> rest = args.subList(1, args.size());
        try {
            switch (args.get(0)) {
                case "demo":
                    return DemoCommand.run(rest, out, err);
                case "evaluate":
                    return EvaluateCommand.run(rest, stdin, out, err);
                case "batch":
                    return BatchCommand.run(rest, out, err, terminal);
                case "generate":
                    return GenerateCommand.run(rest, out, err);
                case "rules":
                    return CatalogCommand.rules().run(rest, out, err);
                case "sources":
                    return CatalogCommand.sources().run(rest, out, err);
                case "schema":
                    return SchemaCommand.run(rest, out, err);
                case "chart":
                    return ChartCommand.run(rest, out, err);
                case "serve":
                    return ServeCommand.run(rest, out, err);
                case "--help":
                case "-h":
                case "help":
                    out.print(HELP);
                    return ExitStatus.OK;
                default:
                    err.println("aftercare: unknown command '" + args.get(0) + "'");
                    err.print(HELP);
                    return ExitStatus.REJECTED;
            }
        } catch (RuntimeException e) {
            err.println("aftercare: internal failure (" + e.getClass().getSimpleName() + ")");
            return ExitStatus.INTERNAL;
        }
    }
}
