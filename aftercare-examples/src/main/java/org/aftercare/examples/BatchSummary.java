package org.aftercare.examples;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import org.aftercare.Finding;
import org.aftercare.Severity;
import org.aftercare.evaluation.AftercareReport;

/** Counts of a batch run: lines, reports, rejections, failures, findings by severity and by code. */
final class BatchSummary {
    private long lines;
    private long reports;
    private long rejected;
    private long failures;
    private final Map<Severity, Long> bySeverity = new EnumMap<>(Severity.class);
    private final Map<String, Long> byCode = new TreeMap<>();

    void line() {
        lines++;
    }

    void rejected() {
        rejected++;
    }

    void failure() {
        failures++;
    }

    void report(AftercareReport report) {
        reports++;
        for (Finding f : report.evaluation().findings()) {
            bySeverity.merge(f.severity(), 1L, Long::sum);
            byCode.merge(f.code(), 1L, Long::sum);
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
        return bySeverity.getOrDefault(Severity.ERROR, 0L) > 0 ? ExitStatus.ERROR_FINDINGS : ExitStatus.OK;
    }

    /** Returns the summary for people, one fact per line, the same in every locale. */
    String render() {
        StringBuilder sb = new StringBuilder();
        sb.append("lines ").append(lines).append(", reports ").append(reports).append(", rejected ").append(rejected)
                .append(", internal failures ").append(failures).append('\n');
        sb.append("findings:");
        for (Severity s : Severity.values()) {
            sb.append(' ').append(s).append(' ').append(bySeverity.getOrDefault(s, 0L));
        }
        sb.append('\n');
        byCode.forEach((code, n) -> sb.append("  ").append(code).append(' ').append(n).append('\n'));
        return sb.toString();
    }
}
