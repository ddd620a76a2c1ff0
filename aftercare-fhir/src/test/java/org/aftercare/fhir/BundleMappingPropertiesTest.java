package org.aftercare.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.util.FhirTerser;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.aftercare.Finding;
import org.aftercare.care.AftercarePlan;
import org.aftercare.evaluation.EvaluationRequest;
import org.aftercare.jqwik.AftercareArbitraries;
import org.aftercare.medication.MedicationRecord;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Resource;

/**
 * Any bundle of supported and unsupported resources, whole or broken (elements removed, codes replaced), never makes
 * the mapping throw, and every input resource is accounted for: it maps, or a finding names it. No finding names the
 * Patient's id, name or identifier.
 */
class BundleMappingPropertiesTest {
    static final FhirMapper MAPPER = FhirRoundTripPropertiesTest.MAPPER;
    static final FhirTerser TERSER = MAPPER.context().newTerser();

    /** Resources written from generated aftercare values, then broken by a seeded random choice per resource. */
    record Scenario(List<Resource> resources, List<Resource> drafts) {
        @Override
        public String toString() {
            return resources.size() + " resources, " + drafts.size() + " drafts: "
                    + MAPPER.context().newJsonParser().encodeResourceToString(bundle(resources));
        }
    }

    static Bundle bundle(List<Resource> resources) {
        Bundle b = new Bundle().setType(Bundle.BundleType.COLLECTION);
        resources.forEach(r -> b.addEntry().setResource(r));
        return b;
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        Arbitrary<MedicationRecord> records = AftercareArbitraries.medicationRecords();
        Arbitrary<AftercarePlan> plans = AftercareArbitraries.plans();
        return Combinators.combine(records, plans.optional(0.5), AftercareArbitraries.patients(), Arbitraries.longs(),
                Arbitraries.integers().between(0, 3)).as((record, plan, patient, seed, extras) -> {
                    EvaluationRequest.Builder b = EvaluationRequest.builder(AftercareArbitraries.REFERENCE_INSTANT,
                            AftercareArbitraries.ZONE).medication(record);
                    plan.ifPresent(b::plan);
                    if (plan.isEmpty()) {
                        b.patient(patient);
                    }
                    List<Resource> written = new ArrayList<>(MAPPER.toResources(b.build()));
                    Random random = new Random(seed);
                    List<Resource> resources = new ArrayList<>();
                    List<Resource> drafts = new ArrayList<>();
                    for (Resource r : written) {
                        if (r instanceof Patient p) {
                            p.setId("pat-secret-1");
                            p.addName(new HumanName().setFamily("Secretname"));
                            p.addIdentifier(new Identifier().setValue("MRN-SECRET-2"));
                        }
                        if (random.nextInt(4) == 0) {
                            breakIt(r, random);
                        }
                        if (r instanceof org.hl7.fhir.r4.model.MedicationRequest && random.nextInt(5) == 0) {
                            drafts.add(r);
                        } else {
                            resources.add(r);
                        }
                    }
                    for (int i = 0; i < extras; i++) {
                        Resource extra = switch (random.nextInt(3)) {
                            case 0 -> new Encounter().setStatus(Encounter.EncounterStatus.FINISHED);
                            case 1 -> new Practitioner().addName(new HumanName().setFamily("Doe"));
                            default -> new org.hl7.fhir.r4.model.Medication();
                        };
                        if (random.nextBoolean()) {
                            extra.setId("extra-" + i);
                        }
                        resources.add(random.nextInt(resources.size() + 1), extra);
                    }
                    return new Scenario(resources, drafts);
                });
    }

    /** Removes the values of one populated element, or replaces the code of one coding. */
    static void breakIt(Resource r, Random random) {
        List<Coding> codings = TERSER.getAllPopulatedChildElementsOfType(r, Coding.class);
        if (!codings.isEmpty() && random.nextBoolean()) {
            codings.get(random.nextInt(codings.size())).setCode("zz-" + random.nextInt(100));
            return;
        }
        List<org.hl7.fhir.r4.model.Property> populated = new ArrayList<>();
        for (org.hl7.fhir.r4.model.Property p : r.children()) {
            if (p.hasValues() && !p.getName().equals("id") && !p.getName().equals("resourceType")) {
                populated.add(p);
            }
        }
        if (populated.isEmpty()) {
            return;
        }
        org.hl7.fhir.r4.model.Property p = populated.get(random.nextInt(populated.size()));
        for (Base value : new ArrayList<>(p.getValues())) {
            r.removeChild(p.getName(), value);
        }
    }

    @Property(tries = 1000, seed = InvariantSeed.SEED)
    void neverThrowsAndAccountsForEveryResource(@ForAll("scenarios") Scenario s) {
        FhirInput input = FhirInput.builder(AftercareArbitraries.REFERENCE_INSTANT, AftercareArbitraries.ZONE)
                .bundle(bundle(s.resources())).draftOrders(s.drafts()).build();
        InputMapping.Result result = InputMapping.map(input);
        List<IBaseResource> all = new ArrayList<>(input.resources());
        all.addAll(input.draftOrders());
        assertThat(all).allSatisfy(r -> assertThat(result.accounted()).containsKey(r));
        assertThat(result.mapping().findings()).extracting(Finding::message).noneMatch(m -> m.contains("mapping defect"))
                .noneMatch(m -> m.contains("could not be mapped"));
        for (Finding f : result.mapping().findings()) {
            assertThat(f.toString()).doesNotContain("pat-secret-1").doesNotContain("Secretname")
                    .doesNotContain("MRN-SECRET-2");
        }
        assertThat(MAPPER.toOperationOutcome(result.mapping().findings()).getIssue()).isNotEmpty();
    }
}
