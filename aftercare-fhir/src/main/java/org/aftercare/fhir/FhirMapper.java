package org.aftercare.fhir;

import ca.uhn.fhir.context.FhirContext;
import java.util.List;
import java.util.Objects;
import org.aftercare.Finding;
import org.hl7.fhir.r4.model.OperationOutcome;

/**
 * Maps FHIR R4 resources to an aftercare evaluation request and findings back to FHIR, such as a Bundle of
 * MedicationRequests and urine drug test Observations to a request with a regimen and drug tests.
 *
 * <pre>{@code
 * FhirMapper mapper = FhirMapper.r4();            // create once and share
 * FhirMapping mapping = mapper.toRequest(FhirInput.builder(asOf, zone).bundle(bundle).build());
 * AftercareReport report = Aftercare.evaluate(mapping.request());
 * OperationOutcome outcome = mapper.toOperationOutcome(mapping.findings());
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe; it holds the R4 {@link FhirContext}, which is expensive to
 *     create: create one mapper and share it.
 * @since 0.1.0
 */
public final class FhirMapper {
    private final FhirContext context;

    private FhirMapper(FhirContext context) {
        this.context = context;
    }

    /**
     * Obtains a mapper for FHIR R4.
     *
     * @return the mapper, not null
     */
    public static FhirMapper r4() {
        return new FhirMapper(FhirContext.forR4());
    }

    /**
     * Maps FHIR resources to an evaluation request plus mapping findings (codes {@code fhir.*}). Never throws on
     * bad clinical data: unmappable or ambiguous input becomes a finding.
     *
     * @param input  the resources, not null
     * @return the mapping, not null
     */
    public FhirMapping toRequest(FhirInput input) {
        Objects.requireNonNull(input, "input");
        return InputMapping.map(input).mapping();
    }

    /**
     * Maps findings to an OperationOutcome: issue.severity from the severity, issue.code, details.coding the
     * finding code, diagnostics the message, expression the FHIRPath of the element when known.
     *
     * @param findings  the findings, not null
     * @return the outcome, not null
     */
    public OperationOutcome toOperationOutcome(List<Finding> findings) {
        Objects.requireNonNull(findings, "findings");
        return OutcomeMapping.toOperationOutcome(findings);
    }

    /**
     * Maps an evaluation request back to FHIR resources that {@link #toRequest(FhirInput)} reads to the same values:
     * a Patient with only a birth date (no id), Conditions for the patient's answers, MedicationRequests for regimens,
     * take-home requests and adjunct orders, MedicationAdministrations for given and missed doses,
     * MedicationDispenses for take-home doses, Observations for last opioid use, COWS and drug tests, and a CarePlan
     * with ServiceRequests for the plan (and an activity naming the preset of its incentive programme). Ids are local ({@code mr-1}, {@code obs-1}, ...) and no resource names a
     * subject; the caller links them to its patient. What round-trips is listed in docs/fhir-mapping.md.
     *
     * <pre>{@code
     * List<Resource> resources = mapper.toResources(request);
     * FhirMapping back = mapper.toRequest(FhirInput.builder(asOf, zone).resources(resources).build());
     * }</pre>
     *
     * @param request  the request, not null
     * @return the resources, not null
     */
    public java.util.List<org.hl7.fhir.r4.model.Resource> toResources(org.aftercare.evaluation.EvaluationRequest request) {
        Objects.requireNonNull(request, "request");
        return ResourceWriter.write(request);
    }

    /**
     * Returns the R4 context, for callers that parse or encode FHIR JSON.
     *
     * @return the context, not null
     */
    public FhirContext context() {
        return context;
    }
}
