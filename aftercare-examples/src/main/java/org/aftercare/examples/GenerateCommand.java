package org.aftercare.examples;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.aftercare.jackson.AftercareJson;

/**
 * {@code ./aftercare generate --count N --seed S OUT.ndjson}: writes N synthetic evaluation requests, one per
 * line, for load tests of {@code ./aftercare batch}. The same count and seed always give the same file.
 */
final class GenerateCommand {
    static final String HELP = String.join("\n",
            "Usage: ./aftercare generate --count N --seed S OUT.ndjson",
            "",
            "Writes N synthetic evaluation requests (JSON, one per line) to OUT for load tests of batch: half a",
            "plan only, three in ten a plan and a methadone take-home request, two in ten also CRA + vouchers",
            "with their samples so far. Built with the public API and encoded with AftercareJson, so every line",
            "is a valid request; the same N and S always give the same file.",
            "");

    private GenerateCommand() {
    }

    static ExitStatus run(List<String> args, PrintStream out, PrintStream err) {
        if (args.contains("--help")) {
            out.print(HELP);
            return ExitStatus.OK;
        }
        Long count = null;
        Long seed = null;
        String file = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--count") || a.equals("--seed")) {
                Long value = i + 1 < args.size() ? parse(args.get(i + 1)) : null;
                if (value == null || (a.equals("--count") && value < 0)) {
                    err.println("aftercare generate: " + a + " takes a " + (a.equals("--count") ? "non-negative " : "")
                            + "whole number");
                    return ExitStatus.REJECTED;
                }
                if (a.equals("--count")) {
                    count = value;
                } else {
                    seed = value;
                }
                i++;
            } else if (a.startsWith("--") || file != null) {
                err.println("aftercare generate: unexpected argument '" + a + "'");
                return ExitStatus.REJECTED;
            } else {
                file = a;
            }
        }
        if (count == null || seed == null || file == null) {
            err.println("aftercare generate: give --count, --seed and an output file");
            err.print(HELP);
            return ExitStatus.REJECTED;
        }
        AftercareJson json = AftercareJson.standard();
        long s = seed;
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()), r -> {
            Thread t = new Thread(r, "aftercare-generate");
            t.setDaemon(true);
            return t;
        });
        Deque<Future<String>> window = new ArrayDeque<>();
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(Path.of(file), StandardCharsets.UTF_8), 1 << 16)) {
            for (long n = 0; n < count; n++) {
                long i = n;
                window.addLast(pool.submit(() -> oneLine(json.encodeRequest(SyntheticRequests.request(s, i),
                        "synthetic:" + s + ":" + i))));
                if (window.size() >= 256) {
                    w.write(take(window.removeFirst()));
                    w.write('\n');
                }
            }
            while (!window.isEmpty()) {
                w.write(take(window.removeFirst()));
                w.write('\n');
            }
        } catch (IOException e) {
            err.println("aftercare generate: cannot write '" + file + "' (" + e.getClass().getSimpleName() + ")");
            return ExitStatus.REJECTED;
        } finally {
            pool.shutdownNow();
        }
        err.println("aftercare generate: " + count + " requests written to " + file);
        return ExitStatus.OK;
    }

    /** Removes the line breaks and indentation of pretty-printed JSON (a string never holds a raw line break). */
    static String oneLine(String pretty) {
        StringBuilder sb = new StringBuilder(pretty.length());
        int i = 0;
        while (i < pretty.length()) {
            char c = pretty.charAt(i++);
            if (c == '\n' || c == '\r') {
                while (i < pretty.length() && pretty.charAt(i) == ' ') {
                    i++;
                }
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String take(Future<String> line) throws IOException {
        try {
            return line.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted");
        } catch (ExecutionException e) {
            throw new IllegalStateException("generating a request failed", e.getCause());
        }
    }

    private static Long parse(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
