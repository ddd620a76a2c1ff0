package org.aftercare.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import org.aftercare.Answer;
import org.aftercare.Finding;
import org.aftercare.MoudStatus;
import org.aftercare.OudMedication;
import org.aftercare.Severity;
import org.aftercare.care.AftercarePlan;
import org.aftercare.care.AsamLevel;
import org.aftercare.care.CarePlacement;
import org.aftercare.care.CareSetting;
import org.aftercare.care.Modality;
import org.aftercare.care.PlannedService;
import org.aftercare.care.SessionSchedule;
import org.aftercare.evaluation.Aftercare;
import org.aftercare.medication.Dose;
import org.aftercare.medication.DoseEvent;
import org.aftercare.medication.Formulation;
import org.aftercare.medication.MedicationRecord;
import org.aftercare.medication.Regimen;
import org.aftercare.medication.RegimenPhase;
import org.aftercare.screening.Analyte;
import org.aftercare.screening.AnalyteResult;
import org.aftercare.screening.DrugTest;
import org.aftercare.screening.Outcome;
import org.aftercare.screening.Specimen;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.junit.jupiter.api.Test;

/** Real FHIR JSON bundles (src/test/resources/fhir), shaped like the specification's examples, parsed and mapped. */
class FixtureBundlesTest {
    static final ZoneId ZONE = ZoneId.of("America/New_York");
    static final Instant AS_OF = Instant.parse("2026-03-02T15:00:00Z");
    static final FhirMapper MAPPER = FhirRoundTripPropertiesTest.MAPPER;

    static Bundle bundle(String name) throws IOException {
        try (InputStream in = FixtureBundlesTest.class.getResourceAsStream("/fhir/" + name)) {
            return MAPPER.context().newJsonParser().parseResource(Bundle.class,
                    new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void searchsetWithIncludesAndAnOutcomeEntry() throws IOException {
        FhirMapping m = MAPPER.toRequest(FhirInput.builder(AS_OF, ZONE).bundle(bundle("searchset-buprenorphine.json"))
                .build());
        MedicationRecord record = m.request().medication().orElseThrow();
        assertThat(record.regimens()).containsExactly(new Regimen(Formulation.BUPRENORPHINE_NALOXONE_SUBLINGUAL,
                RegimenPhase.MAINTENANCE, LocalDate.of(2026, 2, 10), null));
        assertThat(record.drugTests()).containsExactly(DrugTest.of(Specimen.URINE,
                Instant.parse("2026-03-01T14:30:00Z"), List.of(AnalyteResult.of(Analyte.FENTANYL, Outcome.POSITIVE),
                        AnalyteResult.of(Analyte.BUPRENORPHINE, Outcome.NEGATIVE))));
        assertThat(m.request().patient().ageYears()).hasValue(35);
        assertThat(m.request().patient().opioidUseDisorder()).isEqualTo(Answer.YES);
        assertThat(m.request().moud()).isEqualTo(MoudStatus.receiving(OudMedication.BUPRENORPHINE));
        assertThat(m.findings()).extracting(Finding::code, Finding::severity, Finding::path, Finding::message)
                .containsExactly(
                        tuple("fhir.unsupported-resource", Severity.INFO, "Encounter/enc-1",
                                "Encounter is not a resource type the mapping reads; not evaluated"),
                        tuple("fhir.unsupported-resource", Severity.INFO, "OperationOutcome/urn:uuid:6f1b6b4e-5d3c-4f2a-9a57-1d1e2f3a4b5c",
                                "OperationOutcome is not a resource type the mapping reads; not evaluated"));
    }

    @Test
    void searchsetAndCollectionOfTheSameEntriesMapAlike() throws IOException {
        Bundle searchset = bundle("searchset-buprenorphine.json");
        Bundle collection = bundle("searchset-buprenorphine.json").setType(Bundle.BundleType.COLLECTION);
        collection.getEntry().forEach(e -> e.setSearch(null));
        FhirMapping a = MAPPER.toRequest(FhirInput.builder(AS_OF, ZONE).bundle(searchset).build());
        FhirMapping b = MAPPER.toRequest(FhirInput.builder(AS_OF, ZONE).bundle(collection).build());
        assertThat(b.request().medication()).isEqualTo(a.request().medication());
        assertThat(b.request().patient()).isEqualTo(a.request().patient());
        assertThat(b.findings()).isEqualTo(a.findings());
    }

    @Test
    void patientIdentifiersNeverAppearInFindingsOrTheOperationOutcome() throws IOException {
        Bundle searchset = bundle("searchset-buprenorphine.json");
        // Break the Patient and everything that refers to it, so findings are about it.
        searchset.getEntry().get(0).getResource().castToResource(searchset.getEntry().get(0).getResource());
        ((org.hl7.fhir.r4.model.Patient) searchset.getEntry().get(0).getResource()).setBirthDate(null);
        FhirInput input = FhirInput.builder(AS_OF, ZONE).bundle(searchset).bundle(bundle("searchset-buprenorphine.json"))
                .build();
        FhirMapping m = MAPPER.toRequest(input);
        OperationOutcome outcome = MAPPER.toOperationOutcome(m.findings());
        String json = MAPPER.context().newJsonParser().encodeResourceToString(outcome);
        assertThat(m.findings()).extracting(Finding::path).contains("Patient.birthDate", "Patient");
        for (String secret : List.of("pat-7781", "MRN-99887766", "Chalmers", "Peter")) {
            assertThat(json).doesNotContain(secret);
            assertThat(m.findings()).allSatisfy(f -> assertThat(f.toString()).doesNotContain(secret));
            assertThat(input.toString()).doesNotContain(secret);
            assertThat(m.request().toString()).doesNotContain(secret);
        }
    }

    @Test
    void collectionWithUuidReferencesContainedMedicationAndAPlan() throws IOException {
        FhirMapping m = MAPPER.toRequest(FhirInput.builder(AS_OF, ZONE).bundle(bundle("collection-methadone-plan.json"))
                .build());
        AftercarePlan plan = m.request().plan().orElseThrow();
        LocalDate start = LocalDate.of(2026, 3, 2);
        LocalDate end = LocalDate.of(2026, 5, 24);
        assertThat(plan.placement()).isEqualTo(CarePlacement.of(AsamLevel.V3_2_1, CareSetting.OUTPATIENT, start, end));
        assertThat(plan.services()).containsExactly(PlannedService.inPerson(Modality.GROUP_THERAPY, SessionSchedule.weekly(
                EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY), Duration.ofMinutes(180), start, end)));
        assertThat(plan.moud()).isEqualTo(MoudStatus.receiving(OudMedication.METHADONE));
        assertThat(plan.continuingCareEnd()).isEqualTo(LocalDate.of(2027, 3, 1));
        MedicationRecord record = m.request().medication().orElseThrow();
        assertThat(record.regimens()).containsExactly(new Regimen(Formulation.METHADONE_ORAL_LIQUID,
                RegimenPhase.MAINTENANCE, LocalDate.of(2026, 1, 5), null));
        assertThat(record.doses()).containsExactly(
                DoseEvent.administered(Formulation.METHADONE_ORAL_LIQUID, Dose.ofMilligrams("80"),
                        Instant.parse("2026-03-02T13:15:00Z")),
                DoseEvent.takeHome(Formulation.METHADONE_ORAL_LIQUID, Dose.ofMilligrams("80"),
                        Instant.parse("2026-03-02T13:20:00Z"), 2, 0));
        assertThat(m.findings()).extracting(Finding::code, Finding::path, Finding::message).containsExactly(tuple(
                "fhir.missing-element", "Observation/urn:uuid:0c3e9a9e-6a41-4c0a-8f38-1a2b3c4d5e07.component", "COWS total 14 lacks item scores"
                        + " resting-pulse, sweating, restlessness, pupil-size, bone-or-joint-aches, runny-nose-or-tearing,"
                        + " gi-upset, tremor, yawning, anxiety-or-irritability, gooseflesh; the rules need all 11 items"));
        assertThat(Aftercare.evaluate(m.request()).evaluation().findings()).isNotNull();
    }

    @Test
    void draftOrdersBundleAsCdsHooksSendsIt() throws IOException {
        FhirMapping m = MAPPER.toRequest(FhirInput.builder(AS_OF, ZONE)
                .bundle(bundle("searchset-buprenorphine.json"))
                .draftOrders(List.of(bundle("draft-orders.json"))).build());
        MedicationRecord record = m.request().medication().orElseThrow();
        assertThat(record.doses()).containsExactly(DoseEvent.administered(Formulation.BUPRENORPHINE_SUBLINGUAL,
                Dose.ofMilligrams("4"), Instant.parse("2026-03-02T15:00:00Z")));
        assertThat(record.regimens()).extracting(Regimen::formulation, Regimen::phase).containsExactly(
                tuple(Formulation.BUPRENORPHINE_NALOXONE_SUBLINGUAL, RegimenPhase.MAINTENANCE),
                tuple(Formulation.BUPRENORPHINE_SUBLINGUAL, RegimenPhase.MAINTENANCE));
        assertThat(m.findings()).extracting(Finding::code, Finding::path).contains(tuple("fhir.inferred-value",
                "MedicationRequest/draft-bup-1.extension('http://aftercare.org/fhir/StructureDefinition/regimen-phase')"));
    }
}
