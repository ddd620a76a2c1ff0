package org.aftercare.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.aftercare.evaluation.Aftercare;
import org.aftercare.evaluation.AftercareReport;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;

/** The example docs/fhir-mapping.md opens with, run on the fixture bundles. */
class FhirMappingDocExampleTest {
    @Test
    void theOpeningExampleMapsEvaluatesAndWritesBack() throws IOException {
        Instant asOf = FixtureBundlesTest.AS_OF;
        Bundle prefetchBundle = FixtureBundlesTest.bundle("searchset-buprenorphine.json");
        Bundle draftOrdersBundle = FixtureBundlesTest.bundle("draft-orders.json");

        // snippet:fhir-mapping
        FhirMapper mapper = FhirMapper.r4();                       // holds the R4 FhirContext: create once, share
        FhirMapping mapping = mapper.toRequest(FhirInput.builder(asOf, ZoneId.of("America/New_York"))
                .bundle(prefetchBundle)                            // searchset or collection; entries flattened
                .draftOrder(draftOrdersBundle)                     // CDS Hooks context.draftOrders (a Bundle)
                .build());
        AftercareReport report = Aftercare.evaluate(mapping.request());
        OperationOutcome outcome = mapper.toOperationOutcome(mapping.findings());   // what did not map
        List<Resource> resources = mapper.toResources(mapping.request());          // aftercare -> FHIR
        // end-snippet

        assertThat(mapping.findings().stream().map(f -> f.severity() + " " + f.code() + " " + f.path())).containsExactly(
                "INFO fhir.inferred-value MedicationRequest/draft-bup-1.extension("
                        + "'http://aftercare.org/fhir/StructureDefinition/regimen-phase')",
                "INFO fhir.unsupported-resource Encounter/enc-1",
                "INFO fhir.unsupported-resource OperationOutcome/urn:uuid:6f1b6b4e-5d3c-4f2a-9a57-1d1e2f3a4b5c");
        assertThat(report.evaluation().findings().stream().map(f -> f.severity() + " " + f.code())).containsExactly(
                "WARNING medication.overdose-risk.naloxone",
                "WARNING medication.urine.fentanyl-present",
                "WARNING medication.urine.no-test-on-regimen",
                "WARNING medication.urine.prescribed-medication-absent",
                "INFO medication.urine.marker-not-reported");
        assertThat(outcome.getIssue()).hasSize(3);
        assertThat(resources.stream().map(Resource::fhirType)).containsExactly("Patient", "Condition", "MedicationRequest",
                "MedicationRequest", "MedicationAdministration", "Observation");
    }
}
