package org.aftercare.fhir;

import java.util.List;
import java.util.Objects;
import org.aftercare.Finding;
import org.aftercare.evaluation.EvaluationRequest;

/**
 * The result of mapping FHIR resources: an evaluation request plus the mapping findings (codes {@code fhir.*}),
 * such as a request with a buprenorphine regimen and {@code WARNING fhir.unmapped-code at Observation/obs-9.code}.
 *
 * <pre>{@code
 * FhirMapping mapping = FhirMapper.r4().toRequest(FhirInput.builder(asOf, zone).bundle(bundle).build());
 * AftercareReport report = Aftercare.evaluate(mapping.request());
 * }</pre>
 *
 * @param request  the request built from everything that mapped, not null
 * @param findings  what did not map, or mapped with a doubt, in report order, not null
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public record FhirMapping(EvaluationRequest request, List<Finding> findings) {

    /** Validates and copies the fields. */
    public FhirMapping {
        Objects.requireNonNull(request, "mapping.request");
        findings = List.copyOf(Objects.requireNonNull(findings, "mapping.findings"));
    }
}
