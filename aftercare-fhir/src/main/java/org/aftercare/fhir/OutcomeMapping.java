package org.aftercare.fhir;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aftercare.Finding;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.OperationOutcome;

/**
 * Findings to an OperationOutcome: one issue per finding, in the order given. Severity ERROR/WARNING/INFO becomes
 * error/warning/information; issue.code follows the finding code (see docs/fhir-mapping.md); details.coding is the
 * finding code in the aftercare finding code system and details.text the finding's path; diagnostics is the message;
 * expression is the FHIRPath of the element when the path names a FHIR element ({@code Type/id.element}).
 */
final class OutcomeMapping {
    /** {@code Type/id.element} or {@code Type/(input n).element}; the element is optional. */
    private static final Pattern FHIR_PATH = Pattern.compile("^([A-Z][A-Za-z]+)(?:/(?:\\([^)]*\\)|[A-Za-z0-9\\-.:]{1,80}?))?"
            + "(?:\\.([A-Za-z].*))?$");

    private OutcomeMapping() {
    }

    static OperationOutcome toOperationOutcome(List<Finding> findings) {
        OperationOutcome outcome = new OperationOutcome();
        for (Finding f : findings) {
            OperationOutcome.OperationOutcomeIssueComponent issue = outcome.addIssue();
            issue.setSeverity(severity(f));
            issue.setCode(code(f.code()));
            issue.setDetails(new CodeableConcept().addCoding(new Coding(Terminology.CS_FINDING, f.code(), null))
                    .setText(f.path()));
            issue.setDiagnostics(f.message());
            expression(f.path()).ifPresent(issue::addExpression);
        }
        if (findings.isEmpty()) {
            // OperationOutcome needs at least one issue (R4 invariant): "all ok".
            outcome.addIssue().setSeverity(OperationOutcome.IssueSeverity.INFORMATION)
                    .setCode(OperationOutcome.IssueType.INFORMATIONAL).setDiagnostics("No findings");
        }
        return outcome;
    }

    private static OperationOutcome.IssueSeverity severity(Finding f) {
        switch (f.severity()) {
            case ERROR:
                return OperationOutcome.IssueSeverity.ERROR;
            case WARNING:
                return OperationOutcome.IssueSeverity.WARNING;
            case INFO:
                return OperationOutcome.IssueSeverity.INFORMATION;
            default:
                throw new AssertionError(f.severity());
        }
    }

    static OperationOutcome.IssueType code(String findingCode) {
        switch (findingCode) {
            case "fhir.unsupported-resource":
                return OperationOutcome.IssueType.NOTSUPPORTED;
            case "fhir.unmapped-code":
                return OperationOutcome.IssueType.CODEINVALID;
            case "fhir.missing-element":
                return OperationOutcome.IssueType.REQUIRED;
            case "fhir.ambiguous-medication":
                return OperationOutcome.IssueType.MULTIPLEMATCHES;
            case "fhir.unsupported-unit":
            case "fhir.invalid-value":
                return OperationOutcome.IssueType.VALUE;
            case "fhir.unresolved-reference":
                return OperationOutcome.IssueType.NOTFOUND;
            case "fhir.not-in-effect":
            case "fhir.inferred-value":
            case "fhir.unused-resource":
                return OperationOutcome.IssueType.INFORMATIONAL;
            case "fhir.conflicting-resources":
                return OperationOutcome.IssueType.CONFLICT;
            case "fhir.dose-without-order":
            case "fhir.nothing-to-evaluate":
                return OperationOutcome.IssueType.INCOMPLETE;
            default:
                // Rule outcomes of aftercare-core: a business rule.
                return OperationOutcome.IssueType.BUSINESSRULE;
        }
    }

    /** The FHIRPath of a {@code Type/id.element} path: {@code Type.element}; none for aftercare paths. */
    static Optional<String> expression(String path) {
        Matcher m = FHIR_PATH.matcher(path);
        if (!m.matches() || !path.contains("/") && !path.startsWith("Patient")) {
            return Optional.empty();
        }
        return Optional.of(m.group(2) == null ? m.group(1) : m.group(1) + "." + m.group(2));
    }
}
