package org.aftercare.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.aftercare.Citation;
import org.aftercare.Finding;
import org.aftercare.Severity;
import org.aftercare.VerificationStatus;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.junit.jupiter.api.Test;

/** CarePlan / ServiceRequest boundaries, and findings to OperationOutcome. */
class CarePlanOutcomeTest {
    static final ZoneId ZONE = ZoneId.of("America/New_York");
    static final Instant AS_OF = Instant.parse("2026-03-02T15:00:00Z");
    static final FhirMapper MAPPER = FhirRoundTripPropertiesTest.MAPPER;

    static FhirMapping map(Resource... resources) {
        return MAPPER.toRequest(FhirInput.builder(AS_OF, ZONE).resources(List.of(resources)).build());
    }

    static CarePlan carePlan(String id, String... activities) {
        CarePlan cp = new CarePlan();
        cp.setId(id);
        cp.setStatus(CarePlan.CarePlanStatus.ACTIVE);
        cp.setIntent(CarePlan.CarePlanIntent.PLAN);
        cp.setPeriod(new Period().setStartElement(new DateTimeType("2026-03-02"))
                .setEndElement(new DateTimeType("2027-03-01")));
        for (String a : activities) {
            cp.addActivity().setReference(new Reference(a));
        }
        return cp;
    }

    static ServiceRequest placement(String id, String level) {
        ServiceRequest sr = new ServiceRequest();
        sr.setId(id);
        sr.setStatus(ServiceRequest.ServiceRequestStatus.ACTIVE);
        sr.addCategory(new CodeableConcept().addCoding(new Coding(Fhir.AFTERCARE + "CodeSystem/service-kind",
                "placement", null)));
        sr.setCode(new CodeableConcept().addCoding(new Coding(Fhir.AFTERCARE + "CodeSystem/asam-level", level, null)));
        sr.setOccurrence(new Period().setStartElement(new DateTimeType("2026-03-02"))
                .setEndElement(new DateTimeType("2026-05-24")));
        return sr;
    }

    @Test
    void planWithoutPlacementAndUnknownLevelAndUnlinkedRequests() {
        ServiceRequest loose = placement("sr-9", "asam3:2.1");
        FhirMapping none = map(carePlan("cp-1"), loose);
        assertThat(none.request().plan()).isEmpty();
        assertThat(none.findings()).extracting(Finding::code, Finding::severity, Finding::path, Finding::message)
                .containsExactly(
                        tuple("fhir.missing-element", Severity.WARNING, "CarePlan/cp-1.activity", "CarePlan has no"
                                + " placement ServiceRequest (kind placement, coded with an ASAM level); no plan is"
                                + " evaluated"),
                        tuple("fhir.nothing-to-evaluate", Severity.WARNING, "input", "None of the 2 resources and 0"
                                + " draft orders mapped to a plan or a medication record; the request holds an empty"
                                + " medication record"),
                        tuple("fhir.unused-resource", Severity.INFO, "ServiceRequest/sr-9", "ServiceRequest is not an"
                                + " activity of the CarePlan evaluated; not evaluated"));

        FhirMapping unknown = map(carePlan("cp-2", "ServiceRequest/sr-1", "ServiceRequest/sr-404"),
                placement("sr-1", "asam9:9"));
        assertThat(unknown.findings()).extracting(Finding::code, Finding::path).contains(
                tuple("fhir.unmapped-code", "ServiceRequest/sr-1.code"),
                tuple("fhir.unresolved-reference", "CarePlan/cp-2.activity[1].reference"));
    }

    @Test
    void secondCarePlanIsReportedAndThePlanComesFromTheFirst() {
        FhirMapping m = map(carePlan("cp-1", "ServiceRequest/sr-1"), placement("sr-1", "asam4:1.5"),
                carePlan("cp-2"));
        assertThat(m.request().plan().orElseThrow().placement().level().toString()).isEqualTo("asam4:1.5");
        assertThat(m.findings()).extracting(Finding::code, Finding::path).containsExactly(
                tuple("fhir.conflicting-resources", "CarePlan/cp-2"));
    }

    @Test
    void findingsBecomeAnOperationOutcome() {
        Finding fhir = FhirRules.MISSING_ELEMENT.finding(Severity.WARNING,
                "MedicationRequest/mr-1.dosageInstruction[0].doseAndRate[0].doseQuantity", "No dose", List.of(
                        FhirRules.MAPPING_TABLES));
        Finding rule = new Finding("medication.buprenorphine.induction-too-early", Severity.ERROR, "Too early",
                "medication.doses[0].at", List.of(Citation.of("ASAM", "", "2020", VerificationStatus.SECONDARY)));
        Finding info = FhirRules.INFERRED_VALUE.finding(Severity.INFO, "Patient.birthDate", "Inferred",
                List.of(FhirRules.MAPPING_TABLES));
        OperationOutcome oo = MAPPER.toOperationOutcome(List.of(rule, fhir, info));
        assertThat(oo.getIssue()).extracting(i -> i.getSeverity().toCode(), i -> i.getCode().toCode(),
                i -> i.getDetails().getCodingFirstRep().getSystem(), i -> i.getDetails().getCodingFirstRep().getCode(),
                i -> i.getDetails().getText(), OperationOutcome.OperationOutcomeIssueComponent::getDiagnostics,
                i -> i.getExpression().stream().map(Object::toString).toList())
                .containsExactly(
                        tuple("error", "business-rule", "http://aftercare.org/fhir/CodeSystem/finding",
                                "medication.buprenorphine.induction-too-early", "medication.doses[0].at", "Too early",
                                List.of()),
                        tuple("warning", "required", "http://aftercare.org/fhir/CodeSystem/finding",
                                "fhir.missing-element",
                                "MedicationRequest/mr-1.dosageInstruction[0].doseAndRate[0].doseQuantity", "No dose",
                                List.of("MedicationRequest.dosageInstruction[0].doseAndRate[0].doseQuantity")),
                        tuple("information", "informational", "http://aftercare.org/fhir/CodeSystem/finding",
                                "fhir.inferred-value", "Patient.birthDate", "Inferred", List.of("Patient.birthDate")));
        assertThat(MAPPER.toOperationOutcome(List.of()).getIssue()).extracting(i -> i.getCode().toCode())
                .containsExactly("informational");
    }

    @Test
    void everyFhirCodeHasAnIssueTypeOfItsOwnKind() {
        for (org.aftercare.RuleDescriptor d : FhirRules.all()) {
            assertThat(OutcomeMapping.code(d.code())).as(d.code()).isNotEqualTo(OperationOutcome.IssueType.BUSINESSRULE);
        }
    }
}
