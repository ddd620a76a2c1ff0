package org.aftercare.examples;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.aftercare.Finding;
import org.aftercare.Severity;

/** Counts of a batch run: lines, reports, rejections, failures, findings by severity and by code. */
final class BatchSummary {
    private long lines;
    private long reports;
    private long rejected;
    private long failures;
    /** Findings by severity ordinal. */
    private final long[] bySeverity = new long[Severity.values().length];
    /** Findings by code: a hash map with a mutable count each (no boxing per finding), sorted when rendered. */
    private final Map<String, long[]> byCode = new HashMap<>();

    void line() {
        lines++;
    }

    void rejected() {
        rejected++;
    }

    void failure() {
        failures++;
    }

    void report(List<Finding> findings) {
        reports++;
        for (Finding f : findings) {
            bySeverity[f.severity().ordinal()]++;
            long[] n = byCode.get(f.code());
            if (n == null) {
                byCode.put(f.code(), new long[] {1});
            } else {
                n[0]++;
            }
        }
    }

    long lines() {
        return lines;
    }

    ExitStatus status() {
        if (failures > 0) {
            return ExitStatus.INTERNAL;
        }
        if (rejected > 0) {
            return ExitStatus.REJECTED;
        }
        return bySeverity[Severity.ERROR.ordinal()] > 0 ? ExitStatus.ERROR_FINDINGS : ExitStatus.OK;
    }

    /** Returns the summary for people, one fact per line, the same in every locale. */
    String render() {
        StringBuilder sb = new StringBuilder();
        sb.append("lines ").append(lines).append(", reports ").append(reports).append(", rejected ").append(rejected)
                .append(", internal failures ").append(failures).append('\n');
        sb.append("findings:");
        for (Severity s : Severity.values()) {
            sb.append(' ').append(s).append(' ').append(bySeverity[s.ordinal()]);
        }
        sb.append('\n');
        new TreeMap<>(byCode).forEach((code, n) -> sb.append("  ").append(code).append(' ').append(n[0]).append('\n'));
        return sb.toString();
    }
}
