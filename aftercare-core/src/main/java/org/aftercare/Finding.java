package org.aftercare;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.aftercare.internal.Checks;

/**
 * The outcome of one rule on one field, such as
 * {@code WARNING care.intensity.below-level-minimum at plan.services: 6 h/week is below the 9 h/week minimum of ASAM 2.1 for adults}.
 *
 * <p>Invariants: the code is dotted lowercase; the message and path are not blank; there is at
 * least one citation. Findings are created through {@link RuleDescriptor#finding}, which keeps
 * codes and severities in step with the rule catalog.
 *
 * <pre>{@code
 * Finding f = new Finding("care.plan.no-relapse-prevention", Severity.WARNING,
 *         "None of the 3 planned services is a relapse-prevention component", "plan.services",
 *         List.of(CareSources.BOWEN_2014));
 * f.message(); // "None of the 3 planned services is a relapse-prevention component"
 * }</pre>
 *
 * <p>A value class with the accessors, {@code equals}, {@code hashCode} and {@code toString} of a record of its
 * five components (code, severity, message, path, citations). A rule may hand its message over as text to be
 * written on first read ({@link RuleDescriptor#finding(String, Supplier, List)}): a report whose messages are never
 * read (counted, filtered by severity) does not pay for them. The text read is the same either way.
 *
 * @implSpec This class is immutable and thread-safe: a message written on first read is written once, under this
 *         finding's lock, and then read without it.
 * @since 0.1.0
 */
public final class Finding {

    /**
     * The report order: severity (errors first), then code, then path, then message.
     * Evaluation results are sorted by it, so equal inputs give equal reports.
     */
    public static final Comparator<Finding> REPORT_ORDER = Finding::compareInReportOrder;

    /** The class of {@code List.of(a)} and {@code List.of(a, b)}: what most rules pass as citations. */
    private static final Class<?> LIST_OF_ONE_OR_TWO = List.of(Boolean.TRUE).getClass();
    private final String code;
    private final Severity severity;
    private final String path;
    private final List<Citation> citations;
    /** The code's order, packed once: reports sort findings by code. */
    private final CodeOrder codeOrder;
    /**
     * The message, or null until a deferred message is first read. Not volatile (a volatile write would fence every
     * finding made): a string's fields are final, so a thread that reads one here sees it whole, and a thread that
     * reads null writes it, or finds it written, under the lock.
     */
    private String message;
    /** What writes a deferred message; null once it is written (guarded by this). */
    private Supplier<String> messageSource;

    /**
     * Creates a finding, validating the fields; see the class description.
     *
     * @param code  the stable code, such as {@code "care.intensity.below-level-minimum"}
     * @param severity  the severity, not null
     * @param message  a message naming the values involved, not blank
     * @param path  the path of the offending or missing field, such as {@code "plan.services[1].schedule"}
     * @param citations  the sources, first the one whose threshold was applied, not empty
     */
    public Finding(String code, Severity severity, String message, String path, List<Citation> citations) {
        this.code = Checks.dottedCode(code, "finding.code");
        this.severity = Objects.requireNonNull(severity, "finding.severity");
        this.message = Checks.nonBlank(message, "finding.message");
        this.path = Checks.nonBlank(path, "finding.path");
        this.citations = checkedCitations(citations);
        this.codeOrder = CodeOrder.of(this.code);
    }

    /** A finding whose code was checked already, with its message or what writes it on first read. */
    private Finding(String checkedCode, Severity severity, String message, Supplier<String> messageSource, String path,
            List<Citation> citations) {
        this.code = checkedCode;
        this.severity = Objects.requireNonNull(severity, "finding.severity");
        this.message = message;
        this.messageSource = messageSource;
        this.path = Checks.nonBlank(path, "finding.path");
        this.citations = checkedCitations(citations);
        this.codeOrder = CodeOrder.of(this.code);
    }

    /** A finding of a rule descriptor, whose code was checked when the descriptor was built. */
    static Finding ofCheckedCode(String checkedCode, Severity severity, String message, String path,
            List<Citation> citations) {
        return new Finding(checkedCode, severity, Checks.nonBlank(message, "finding.message"), null, path, citations);
    }

    /**
     * A finding of a rule descriptor, whose code was checked when the descriptor was built, with its message written
     * on first read.
     */
    static Finding ofCheckedCode(String checkedCode, Severity severity, Supplier<String> message, String path,
            List<Citation> citations) {
        return new Finding(checkedCode, severity, null, Objects.requireNonNull(message, "finding.message"), path,
                citations);
    }

    private static List<Citation> checkedCitations(List<Citation> citations) {
        // a list of one or two is returned as it is, as List.copyOf would (List.of made it: never empty, no null),
        // without the call: in a rule compiled with the rules around it, List.copyOf is often left a call
        if (Objects.requireNonNull(citations, "finding.citations").getClass() == LIST_OF_ONE_OR_TWO) {
            return citations;
        }
        List<Citation> copy = List.copyOf(citations);
        if (copy.isEmpty()) {
            throw new InvalidValueException("finding.citations", "not be empty", copy);
        }
        return copy;
    }

    /**
     * Returns the stable code.
     *
     * @return the dotted code, not null
     */
    public String code() {
        return code;
    }

    /**
     * Returns the severity.
     *
     * @return the severity, not null
     */
    public Severity severity() {
        return severity;
    }

    /**
     * Returns the message naming the values involved.
     *
     * @return the message, not blank
     */
    public String message() {
        String m = message;
        return m != null ? m : writeMessage();
    }

    private synchronized String writeMessage() {
        String m = message;
        if (m == null) {
            m = messageSource.get();
            if (m == null || m.isBlank()) { // a programming error in a rule: its message is always text
                throw new IllegalStateException("The message of a " + code + " finding is blank");
            }
            message = m;
            messageSource = null; // nothing the message was written from is held any longer
        }
        return m;
    }

    /**
     * Returns the path of the offending or missing field.
     *
     * @return the path, not blank
     */
    public String path() {
        return path;
    }

    /**
     * Returns the sources, first the one whose threshold was applied.
     *
     * @return the citations, not empty, unmodifiable
     */
    public List<Citation> citations() {
        return citations;
    }

    // REPORT_ORDER written out: what Comparator.comparing(Finding::severity).thenComparing(Finding::code)
    // .thenComparing(Finding::path).thenComparing(Finding::message) does, without a lambda per key (and without
    // writing a deferred message unless everything before it ties)
    private static int compareInReportOrder(Finding a, Finding b) {
        int c = a.severity.ordinal() - b.severity.ordinal(); // Enum.compareTo: the same, after a class check
        if (c == 0) {
            c = CodeOrder.compare(a.codeOrder, b.codeOrder);
        }
        if (c == 0) {
            c = a.path.compareTo(b.path);
        }
        return c != 0 ? c : a.message().compareTo(b.message());
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
        for (int i = 0; i < citations.size(); i++) {
            if (citations.get(i).isUnverified()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Compares the five components, as a record does: code, severity, message, path and citations.
     *
     * @param o  the other object
     * @return true if it is a finding with equal components
     */
    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        // the cheap components first: a deferred message is written only when everything else is equal
        return o instanceof Finding other && severity == other.severity && code.equals(other.code)
                && path.equals(other.path) && citations.equals(other.citations) && message().equals(other.message());
    }

    /**
     * Returns the hash of the five components, combined as a record combines its components.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        int h = code.hashCode();
        h = h * 31 + severity.hashCode();
        h = h * 31 + message().hashCode();
        h = h * 31 + path.hashCode();
        return h * 31 + citations.hashCode();
    }

    @Override
    public String toString() {
        return severity + " " + code + " at " + path + ": " + message();
    }
}
