/**
 * FHIR R4 adapter of aftercare: FHIR resources to an {@link org.aftercare.evaluation.EvaluationRequest} plus mapping
 * findings, and aftercare values and findings back to FHIR, such as a CDS Hooks prefetch Bundle and draft orders
 * mapped so the medication rules judge the proposed order.
 *
 * <pre>{@code
 * FhirMapper mapper = FhirMapper.r4();
 * FhirMapping mapping = mapper.toRequest(FhirInput.builder(asOf, zone).bundle(bundle).build());
 * AftercareReport report = Aftercare.evaluate(mapping.request());
 * }</pre>
 *
 * <p>Package specification: a null argument gives a {@link java.lang.NullPointerException}; bad clinical data never
 * throws but becomes a finding with a {@code fhir.*} code ({@link org.aftercare.fhir.FhirRules}). Patient ids, names
 * and identifiers never appear in findings, {@code toString()} or exception messages. The mapping tables are in
 * docs/fhir-mapping.md.
 *
 * @since 0.1.0
 */
package org.aftercare.fhir;
