package org.aftercare;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.aftercare.internal.Checks;

/**
 * The outcome of one rule on one field, such as
 * {@code WARNING care.intensity.below-level-minimum at plan.services: 6 h/week is below the 9 h/week minimum of ASAM 2.1 for adults}.
 *
 * <p>Invariants: the code is dotted lowercase; the message and path are not blank; there is at
 * least one citation. Findings are created through {@link RuleDescriptor#finding}, which keeps
 * codes and severities in step with the rule catalog.
 *
 * @param code  the stable code, such as {@code "care.intensity.below-level-minimum"}
 * @param severity  the severity, not null
 * @param message  a message naming the values involved, not blank
 * @param path  the path of the offending or missing field, such as {@code "plan.services[1].schedule"}
 * @param citations  the sources, first the one whose threshold was applied, not empty
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public record Finding(String code, Severity severity, String message, String path, List<Citation> citations) {

    /**
     * The report order: severity (errors first), then code, then path, then message.
     * Evaluation results are sorted by it, so equal inputs give equal reports.
     */
    public static final Comparator<Finding> REPORT_ORDER = Finding::compareInReportOrder;

    /** Validates the fields; see the class description. */
    public Finding {
        Checks.dottedCode(code, "finding.code");
        Objects.requireNonNull(severity, "finding.severity");
        Checks.nonBlank(message, "finding.message");
        Checks.nonBlank(path, "finding.path");
        citations = List.copyOf(Objects.requireNonNull(citations, "finding.citations"));
        if (citations.isEmpty()) {
            throw new InvalidValueException("finding.citations", "not be empty", citations);
        }
    }

    // REPORT_ORDER written out: what Comparator.comparing(Finding::severity).thenComparing(Finding::code)
    // .thenComparing(Finding::path).thenComparing(Finding::message) does, without a lambda per key
    private static int compareInReportOrder(Finding a, Finding b) {
        int c = a.severity.compareTo(b.severity);
        if (c == 0) {
            c = a.code.compareTo(b.code);
        }
        if (c == 0) {
            c = a.path.compareTo(b.path);
        }
        return c != 0 ? c : a.message.compareTo(b.message);
    }

    /**
     * Returns the first citation: the source of the threshold the rule applied.
     *
     * @return the primary citation, not null
     */
    public Citation citation() {
        return citations.get(0);
    }

    /**
     * Checks if any cited figure is unverified ([U]).
     *
     * @return true if a citation has status {@link VerificationStatus#UNVERIFIED}
     */
    public boolean restsOnUnverifiedSource() {
        return citations.stream().anyMatch(Citation::isUnverified);
    }

    @Override
    public String toString() {
        return severity + " " + code + " at " + path + ": " + message;
    }
}
