package org.aftercare.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code ./aftercare schema [--report|--problems]}: prints the JSON Schema (draft 2020-12) of
 * requests, reports or problem documents, as published under docs/schema.
 */
final class SchemaCommand {
    static final String HELP = String.join("\n",
            "Usage: ./aftercare schema [--report|--problems]",
            "",
            "Prints the JSON Schema (draft 2020-12) of evaluation requests, or of reports (--report), or of",
            "the problem documents of rejected input (--problems). The same files are under docs/schema.",
            "");

    private SchemaCommand() {
    }

    static ExitStatus run(List<String> args, PrintStream out, PrintStream err) {
        if (args.contains("--help")) {
            out.print(HELP);
            return ExitStatus.OK;
        }
        String name = "evaluation-request";
        if (args.size() > 1) {
            err.println("aftercare schema: choose one of --report or --problems");
            return ExitStatus.REJECTED;
        }
        if (args.size() == 1) {
            switch (args.get(0)) {
                case "--report":
                    name = "evaluation-report";
                    break;
                case "--problems":
                    name = "problems";
                    break;
                default:
                    err.println("aftercare schema: unknown option '" + args.get(0) + "'");
                    return ExitStatus.REJECTED;
            }
        }
        out.print(read(name));
        return ExitStatus.OK;
    }

    static String read(String name) {
        String resource = "schema/" + name + ".schema.json";
        try (InputStream in = SchemaCommand.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("schema resource missing: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
