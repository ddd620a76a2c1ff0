package org.aftercare.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.aftercare.charts.Chart;

/**
 * {@code ./aftercare chart <ladder|vouchers|prizes|induction|plan|all> [--out DIR]}: draws SVG charts from the
 * library's own policies and schedules; one chart goes to standard output unless {@code --out} names a directory.
 */
final class ChartCommand {
    static final String HELP = String.join("\n",
            "Usage: ./aftercare chart <ladder|vouchers|prizes|induction|plan|all> [--out DIR]",
            "",
            "Draws SVG charts from the library's own policies and schedules:",
            "  ladder     methadone take-home ladders: 42 CFR 8.12 2001 text, 2024 text, with the Virginia overlay",
            "  vouchers   escalating-voucher earnings with resets and recoveries (CRA + vouchers sample ledger)",
            "  prizes     prize-draw expected value per week under full abstinence (CTN-0007 prize bowl)",
            "  induction  last opioid use, earliest buprenorphine / naltrexone starts, XR injection windows",
            "  plan       the step-down sample plan as a timeline of levels of care and modalities",
            "  all        every chart (needs --out)",
            "",
            "With --out DIR, writes DIR/<chart-name>.svg (creating DIR) and prints each path; without it, prints",
            "the one chart's SVG. docs/charts is made with: ./aftercare chart all --out docs/charts",
            "");

    private ChartCommand() {
    }

    static ExitStatus run(List<String> args, PrintStream out, PrintStream err) {
        if (args.contains("--help")) {
            out.print(HELP);
            return ExitStatus.OK;
        }
        String kind = null;
        Path dir = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--out")) {
                if (i + 1 >= args.size()) {
                    err.println("aftercare chart: --out needs a directory");
                    return ExitStatus.REJECTED;
                }
                dir = Path.of(args.get(++i));
            } else if (a.startsWith("-") || kind != null) {
                err.println("aftercare chart: unexpected argument '" + a + "'");
                err.print(HELP);
                return ExitStatus.REJECTED;
            } else {
                kind = a;
            }
        }
        if (kind == null) {
            err.println("aftercare chart: name a chart: " + String.join(", ", SampleCharts.KINDS) + " or all");
            return ExitStatus.REJECTED;
        }
        List<Chart> charts = new ArrayList<>();
        if (kind.equals("all")) {
            if (dir == null) {
                err.println("aftercare chart: all needs --out DIR");
                return ExitStatus.REJECTED;
            }
            charts.addAll(SampleCharts.all());
        } else {
            Optional<Chart> one = SampleCharts.of(kind);
            if (one.isEmpty()) {
                err.println("aftercare chart: unknown chart '" + kind + "'; choose one of "
                        + String.join(", ", SampleCharts.KINDS) + " or all");
                return ExitStatus.REJECTED;
            }
            charts.add(one.get());
        }
        if (dir == null) {
            out.print(charts.get(0).toSvg());
            return ExitStatus.OK;
        }
        try {
            Files.createDirectories(dir);
            for (Chart c : charts) {
                Path file = dir.resolve(c.name() + ".svg");
                Files.writeString(file, c.toSvg(), StandardCharsets.UTF_8);
                out.println(file);
            }
        } catch (IOException e) {
            err.println("aftercare chart: cannot write to " + dir + " (" + e.getClass().getSimpleName() + ")");
            return ExitStatus.INTERNAL;
        }
        return ExitStatus.OK;
    }
}
