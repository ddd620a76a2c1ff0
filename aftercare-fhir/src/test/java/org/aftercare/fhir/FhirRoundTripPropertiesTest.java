package org.aftercare.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.aftercare.PatientContext;
import org.aftercare.care.AftercarePlan;
import org.aftercare.evaluation.EvaluationRequest;
import org.aftercare.jqwik.AftercareArbitraries;
import org.aftercare.medication.MedicationRecord;
import org.hl7.fhir.r4.model.Resource;

/**
 * aftercare -> FHIR -> aftercare is the identity for every value the mapping claims to support (docs/fhir-mapping.md,
 * "Round trip"): patient answers and age (not support needs), medication records as the testkit generates them
 * (regimens, given/missed/take-home doses, exposures, COWS, drug tests, take-home requests), and plans (placement,
 * stepping down, services, MOUD status, continuing care; not attendance or relapses).
 */
class FhirRoundTripPropertiesTest {
    static final FhirMapper MAPPER = FhirMapper.r4();

    @Provide
    Arbitrary<MedicationRecord> records() {
        return AftercareArbitraries.medicationRecords();
    }

    @Provide
    Arbitrary<PatientContext> patients() {
        return AftercareArbitraries.patients();
    }

    @Provide
    Arbitrary<AftercarePlan> plans() {
        return AftercareArbitraries.plans();
    }

    static PatientContext supported(PatientContext p) {
        return p.toBuilder().needs(Set.of()).build();
    }

    /** Through FHIR JSON too: the written resources in a collection Bundle, encoded and parsed again. */
    static FhirMapping roundTrip(EvaluationRequest request) {
        List<Resource> resources = MAPPER.toResources(request);
        org.hl7.fhir.r4.model.Bundle bundle = new org.hl7.fhir.r4.model.Bundle()
                .setType(org.hl7.fhir.r4.model.Bundle.BundleType.COLLECTION);
        resources.forEach(r -> bundle.addEntry().setResource(r));
        String json = MAPPER.context().newJsonParser().encodeResourceToString(bundle);
        org.hl7.fhir.r4.model.Bundle parsed = MAPPER.context().newJsonParser()
                .parseResource(org.hl7.fhir.r4.model.Bundle.class, json);
        return MAPPER.toRequest(FhirInput.builder(request.context().asOf(), request.context().zone())
                .bundle(parsed).build());
    }

    @Property(tries = 1000, seed = InvariantSeed.SEED)
    void medicationRecordsRoundTrip(@ForAll("records") MedicationRecord record, @ForAll("patients") PatientContext p) {
        EvaluationRequest request = EvaluationRequest.builder(AftercareArbitraries.REFERENCE_INSTANT,
                AftercareArbitraries.ZONE).patient(supported(p)).medication(record).build();
        FhirMapping back = roundTrip(request);
        assertThat(back.request().medication()).contains(record);
        assertThat(back.request().patient()).isEqualTo(supported(p));
        assertThat(back.findings()).isEmpty();
    }

    @Property(tries = 1000, seed = InvariantSeed.SEED)
    void plansRoundTrip(@ForAll("plans") AftercarePlan plan) {
        AftercarePlan supported = AftercarePlan.builder().patient(supported(plan.patient())).placement(plan.placement())
                .services(plan.services()).moud(plan.moud())
                .continuingCare(plan.continuingCareStart(), plan.continuingCareEnd()).build();
        if (plan.steppingDownFrom().isPresent()) {
            supported = supported.toBuilder().steppingDownFrom(plan.steppingDownFrom().get()).build();
        }
        EvaluationRequest request = EvaluationRequest.builder(AftercareArbitraries.REFERENCE_INSTANT,
                AftercareArbitraries.ZONE).plan(supported).build();
        FhirMapping back = roundTrip(request);
        assertThat(back.findings()).isEmpty();
        assertThat(back.request().plan()).contains(supported);
    }
}
