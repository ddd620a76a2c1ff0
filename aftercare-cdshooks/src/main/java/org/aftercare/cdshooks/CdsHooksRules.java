package org.aftercare.cdshooks;

import java.util.List;
import org.aftercare.Citation;
import org.aftercare.RuleDescriptor;
import org.aftercare.Severity;
import org.aftercare.VerificationStatus;

/**
 * The findings the CDS Hooks service itself reports, such as {@code cdshooks.prefetch.missing} when a prefetch
 * query was neither sent nor readable from the FHIR server: missing data is shown as a card, never passed over.
 *
 * @since 0.1.0
 */
public final class CdsHooksRules {
    /** The CDS Hooks 2.0 specification, section on prefetch. */
    public static final Citation PREFETCH_SPEC = Citation.of("CDS Hooks 2.0 (HL7)", "Prefetch Template",
            "2.0, https://cds-hooks.hl7.org/2.0/#prefetch-template", VerificationStatus.VERIFIED);

    /** A prefetch key the service declares was not sent and could not be read from the FHIR server. */
    public static final RuleDescriptor PREFETCH_MISSING = RuleDescriptor.of("cdshooks.prefetch.missing",
            "A prefetch query the service declares was neither sent by the client nor readable from its FHIR "
                    + "server; the checks that need it may be incomplete.",
            Severity.WARNING, List.of(PREFETCH_SPEC));

    /** The incentive ledger's status, as the patient summary shows it. */
    public static final RuleDescriptor INCENTIVE_LEDGER = RuleDescriptor.of("cdshooks.incentive.ledger",
            "The status of the patient's contingency-management ledger as of the evaluation: samples judged, "
                    + "successes, amounts paid and withheld by funding caps, the current run.",
            Severity.INFO, List.of(Citation.local("aftercare incentive ledger", "", "0.1.0")));

    /** Mapping or evaluation failed inside aftercare: no check was applied, and the clinician is told so. */
    public static final RuleDescriptor EVALUATION_FAILED = RuleDescriptor.of("cdshooks.evaluation.failed",
            "aftercare failed while mapping or evaluating the data (a defect in aftercare, reported by class only); "
                    + "none of its checks were applied.",
            Severity.ERROR, List.of(PREFETCH_SPEC));

    private CdsHooksRules() {
    }
}
