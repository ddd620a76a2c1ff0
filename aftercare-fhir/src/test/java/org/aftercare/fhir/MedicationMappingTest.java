package org.aftercare.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.aftercare.Finding;
import org.aftercare.OudMedication;
import org.aftercare.Severity;
import org.aftercare.medication.AdjunctOrder;
import org.aftercare.medication.Adjunct;
import org.aftercare.medication.Dose;
import org.aftercare.medication.DoseEvent;
import org.aftercare.medication.Formulation;
import org.aftercare.medication.MedicationRecord;
import org.aftercare.medication.TakeHomeRequest;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.MedicationAdministration;
import org.hl7.fhir.r4.model.MedicationDispense;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Timing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** MedicationRequest / MedicationAdministration / MedicationDispense, at every boundary of the tables. */
class MedicationMappingTest {
    static final ZoneId ZONE = ZoneId.of("America/New_York");
    static final Instant AS_OF = Instant.parse("2026-03-02T15:00:00Z");
    static final Instant START = Instant.parse("2026-03-02T14:00:00Z");
    static final FhirMapper MAPPER = FhirRoundTripPropertiesTest.MAPPER;

    static FhirMapping map(Resource... resources) {
        return MAPPER.toRequest(FhirInput.builder(AS_OF, ZONE).resources(List.of(resources)).build());
    }

    static MedicationRequest active(MedicationRequest mr) {
        mr.setStatus(MedicationRequest.MedicationRequestStatus.ACTIVE);
        return mr;
    }

    static Stream<Arguments> formulations() {
        return Stream.of(
                Arguments.of(Fhir.rx("methadone hydrochloride 10 MG/ML Oral Solution", "6813"), "26643006", null,
                        Formulation.METHADONE_ORAL_LIQUID),
                Arguments.of(Fhir.rx("methadone hydrochloride 10 MG Oral Tablet", "6813"), "26643006", null,
                        Formulation.METHADONE_TABLET),
                Arguments.of(Fhir.rx("buprenorphine 8 MG Sublingual Tablet", "1819"), "37839007", null,
                        Formulation.BUPRENORPHINE_SUBLINGUAL),
                Arguments.of(Fhir.rx("buprenorphine / naloxone Sublingual Film", "1819", "7242"), "37839007", null,
                        Formulation.BUPRENORPHINE_NALOXONE_SUBLINGUAL),
                Arguments.of(Fhir.rx("Zubsolv 5.7 MG / 1.4 MG Sublingual Tablet", "1819", "7242"), "37839007", null,
                        Formulation.ZUBSOLV),
                Arguments.of(Fhir.rx("Sublocade 300 MG extended-release injection", "1819"), "34206005", null,
                        Formulation.SUBLOCADE_MONTHLY),
                Arguments.of(Fhir.rx("Brixadi injection", "1819"), "34206005", Timing.UnitsOfTime.WK,
                        Formulation.BRIXADI_WEEKLY),
                Arguments.of(Fhir.rx("Brixadi injection", "1819"), "34206005", Timing.UnitsOfTime.MO,
                        Formulation.BRIXADI_MONTHLY),
                Arguments.of(Fhir.rx("naltrexone hydrochloride 50 MG Oral Tablet", "7243"), "26643006", null,
                        Formulation.NALTREXONE_ORAL),
                Arguments.of(Fhir.rx("naltrexone 380 MG extended-release injectable suspension", "7243"), "78421000",
                        null, Formulation.NALTREXONE_XR_INJECTION));
    }

    @ParameterizedTest
    @MethodSource("formulations")
    void everyFormulationByIngredientFormRouteOrBrand(CodeableConcept medication, String route,
            Timing.UnitsOfTime every, Formulation expected) {
        MedicationRequest mr = active(Fhir.order("mr-1", medication, route, START, null));
        if (every != null) {
            mr.getDosageInstructionFirstRep().getTiming().getRepeat().setPeriod(1).setPeriodUnit(every);
        }
        FhirMapping m = map(mr);
        assertThat(m.request().medication().orElseThrow().regimens()).singleElement()
                .satisfies(r -> assertThat(r.formulation()).isEqualTo(expected))
                .satisfies(r -> assertThat(r.start()).isEqualTo(LocalDate.of(2026, 3, 2)));
        assertThat(m.findings()).extracting(Finding::code).containsExactly("fhir.inferred-value");
    }

    @ParameterizedTest
    @MethodSource("formulations")
    void everyFormulationByItsAftercareCode(CodeableConcept ignored, String route, Timing.UnitsOfTime every,
            Formulation expected) {
        CodeableConcept local = new CodeableConcept().addCoding(new Coding(Fhir.AFTERCARE + "CodeSystem/formulation",
                Terminology.code(expected), null));
        FhirMapping m = map(active(Fhir.order("mr-1", local, null, START, null)));
        assertThat(m.request().medication().orElseThrow().regimens().get(0).formulation()).isEqualTo(expected);
    }

    @Test
    void buprenorphineWithoutRouteOrFormIsAmbiguous() {
        FhirMapping m = map(active(Fhir.order("mr-9", Fhir.rx(null, "1819"), null, START, null)));
        assertThat(m.findings()).extracting(Finding::code, Finding::severity, Finding::path, Finding::message)
                .contains(tuple("fhir.ambiguous-medication", Severity.WARNING,
                        "MedicationRequest/mr-9.medicationCodeableConcept",
                        "MedicationRequest medication BUPRENORPHINE (route not given) matches more than one formulation"
                                + " or none; add the aftercare formulation code, the dose form or the brand name"));
        assertThat(m.request().medication()).contains(MedicationRecord.builder().build());
    }

    @Test
    void methadoneWithoutDoseFormIsAmbiguous() {
        FhirMapping m = map(active(Fhir.order("mr-8", Fhir.rx("methadone", "6813"), "26643006", START, null)));
        assertThat(m.findings()).extracting(Finding::code).contains("fhir.ambiguous-medication");
    }

    @Test
    void unknownRxNormCodeIsUnmappedAndNamed() {
        FhirMapping m = map(active(Fhir.order("mr-7", Fhir.rx("oxycodone", "7804"), "26643006", START, null)));
        assertThat(m.findings()).extracting(Finding::code, Finding::severity, Finding::path, Finding::message)
                .containsExactly(tuple("fhir.nothing-to-evaluate", Severity.WARNING, "input", "None of the 1"
                                + " resources and 0 draft orders mapped to a plan or a medication record; the request"
                                + " holds an empty medication record"),
                        tuple("fhir.unmapped-code", Severity.WARNING,
                        "MedicationRequest/mr-7.medicationCodeableConcept",
                        "MedicationRequest medication has codes RxNorm 7804; known: RxNorm ingredients 6813 methadone,"
                                + " 1819 buprenorphine, 7243 naltrexone, or the aftercare formulation and adjunct codes"));
    }

    @Test
    void twoOudIngredientsAreAmbiguous() {
        FhirMapping m = map(active(Fhir.order("mr-6", Fhir.rx("x", "1819", "7243"), "37839007", START, null)));
        assertThat(m.findings()).extracting(Finding::code, Finding::message).contains(tuple(
                "fhir.ambiguous-medication", "MedicationRequest medication names 2 OUD medications [BUPRENORPHINE,"
                        + " NALTREXONE]; one is needed"));
    }

    @Test
    void cancelledAndEnteredInErrorOrdersAreNotInEffect() {
        MedicationRequest mr = Fhir.order("mr-5", Fhir.rx("buprenorphine sublingual", "1819"), "37839007", START, null);
        mr.setStatus(MedicationRequest.MedicationRequestStatus.ENTEREDINERROR);
        FhirMapping m = map(mr);
        assertThat(m.findings()).extracting(Finding::code, Finding::severity, Finding::path, Finding::message)
                .contains(tuple("fhir.not-in-effect", Severity.INFO, "MedicationRequest/mr-5.status",
                        "MedicationRequest status entered-in-error is not in effect; not evaluated"));
    }

    @Test
    void orderWithoutAnyStartIsMissingElement() {
        MedicationRequest mr = active(Fhir.order("mr-4", Fhir.rx("buprenorphine sublingual", "1819"), "37839007", null,
                null));
        assertThat(map(mr).findings()).extracting(Finding::code, Finding::path).contains(tuple("fhir.missing-element",
                "MedicationRequest/mr-4.dosageInstruction[0].timing.repeat.boundsPeriod.start"));
    }

    @Test
    void containedMedicationResolvesAndUnresolvedReferenceIsReported() {
        Medication med = new Medication();
        med.setId("med");
        med.setCode(Fhir.rx("Sublocade", "1819"));
        med.setForm(new CodeableConcept().setText("extended-release injection"));
        MedicationRequest mr = active(Fhir.order("mr-3", null, "34206005", START, null));
        mr.setMedication(new Reference("#med"));
        mr.addContained(med);
        assertThat(map(mr).request().medication().orElseThrow().regimens().get(0).formulation())
                .isEqualTo(Formulation.SUBLOCADE_MONTHLY);

        MedicationRequest dangling = active(Fhir.order("mr-2", null, "34206005", START, null));
        dangling.setMedication(new Reference("Medication/nowhere"));
        assertThat(map(dangling).findings()).extracting(Finding::code, Finding::path, Finding::message)
                .contains(tuple("fhir.unresolved-reference", "MedicationRequest/mr-2.medicationReference",
                        "MedicationRequest medication reference \"Medication/nowhere\" does not resolve to a Medication"
                                + " in the input or contained"));
    }

    @Test
    void referencedMedicationInTheInputResolvesAndAnUnreferencedOneIsUnused() {
        Medication med = new Medication();
        med.setId("m1");
        med.setCode(Fhir.rx("naltrexone 50 MG Oral Tablet", "7243"));
        Medication spare = new Medication();
        spare.setId("m2");
        MedicationRequest mr = active(Fhir.order("mr-1", null, null, START, null));
        mr.setMedication(new Reference("Medication/m1"));
        FhirMapping m = map(mr, med, spare);
        assertThat(m.request().medication().orElseThrow().regimens().get(0).formulation())
                .isEqualTo(Formulation.NALTREXONE_ORAL);
        assertThat(m.findings()).extracting(Finding::code, Finding::path)
                .contains(tuple("fhir.unused-resource", "Medication/m2"))
                .doesNotContain(tuple("fhir.unused-resource", "Medication/m1"));
    }

    static MedicationAdministration administration(String id, MedicationAdministration.MedicationAdministrationStatus status,
            Quantity dose) {
        MedicationAdministration ma = new MedicationAdministration();
        ma.setId(id);
        ma.setStatus(status);
        ma.setMedication(Fhir.rx("methadone 10 MG/ML oral solution", "6813"));
        ma.setEffective(Fhir.at(START));
        if (dose != null) {
            ma.getDosage().setDose(dose);
        }
        return ma;
    }

    static MedicationRequest methadoneOrder() {
        MedicationRequest mr = active(Fhir.order("mr-m", Fhir.rx("methadone 10 MG/ML oral solution", "6813"),
                "26643006", START.minusSeconds(86400 * 20), null));
        mr.addExtension(Fhir.AFTERCARE + "StructureDefinition/regimen-phase",
                new org.hl7.fhir.r4.model.CodeType("maintenance"));
        return mr;
    }

    @Test
    void administrationsGivenAndNotDoneAreDosesAndMissedDoses() {
        FhirMapping m = map(methadoneOrder(),
                administration("ma-1", MedicationAdministration.MedicationAdministrationStatus.COMPLETED, Fhir.mg("60")),
                administration("ma-2", MedicationAdministration.MedicationAdministrationStatus.NOTDONE, Fhir.mg("60")));
        assertThat(m.request().medication().orElseThrow().doses()).containsExactly(
                DoseEvent.administered(Formulation.METHADONE_ORAL_LIQUID, Dose.ofMilligrams("60"), START),
                DoseEvent.missed(Formulation.METHADONE_ORAL_LIQUID, Dose.ofMilligrams("60"), START));
        assertThat(m.findings()).isEmpty();
    }

    @Test
    void administrationWithoutDoseOrTimeOrInTabletsIsReported() {
        MedicationAdministration noDose = administration("ma-3",
                MedicationAdministration.MedicationAdministrationStatus.COMPLETED, null);
        MedicationAdministration tablets = administration("ma-4",
                MedicationAdministration.MedicationAdministrationStatus.COMPLETED,
                new Quantity().setValue(2).setUnit("tablet"));
        MedicationAdministration dayOnly = administration("ma-5",
                MedicationAdministration.MedicationAdministrationStatus.COMPLETED, Fhir.mg("60"));
        dayOnly.setEffective(new org.hl7.fhir.r4.model.DateTimeType("2026-03-02"));
        FhirMapping m = map(methadoneOrder(), noDose, tablets, dayOnly);
        assertThat(m.request().medication().orElseThrow().doses()).isEmpty();
        assertThat(m.findings()).extracting(Finding::code, Finding::path, Finding::message).containsExactly(
                tuple("fhir.missing-element", "MedicationAdministration/ma-3.dosage.dose",
                        "MedicationAdministration has no dose"),
                tuple("fhir.missing-element", "MedicationAdministration/ma-5.effectiveDateTime",
                        "MedicationAdministration has no time of day (only 2026-03-02); a dose without a time cannot be"
                                + " placed"),
                tuple("fhir.unsupported-unit", "MedicationAdministration/ma-4.dosage.dose",
                        "MedicationAdministration dose 2 \"tablet\" is not in mg or micrograms"));
    }

    @Test
    void doseWithoutAnyOrderIsReported() {
        FhirMapping m = map(administration("ma-6", MedicationAdministration.MedicationAdministrationStatus.COMPLETED,
                Fhir.mg("30")));
        assertThat(m.findings()).extracting(Finding::code, Finding::path, Finding::message).contains(tuple(
                "fhir.dose-without-order", "MedicationAdministration/ma-6.medication[x]", "MedicationAdministration"
                        + " gives methadone-oral-liquid but no MedicationRequest in the input orders methadone; the dose"
                        + " is not evaluated"));
    }

    @Test
    void completedDispenseIsATakeHomeWithItsDaysSupply() {
        MedicationDispense md = new MedicationDispense();
        md.setId("md-1");
        md.setStatus(MedicationDispense.MedicationDispenseStatus.COMPLETED);
        md.setMedication(Fhir.rx("methadone 10 MG/ML oral solution", "6813"));
        md.setWhenHandedOverElement(Fhir.at(START));
        md.setDaysSupply(new Quantity().setValue(6).setSystem("http://unitsofmeasure.org").setCode("d"));
        md.addDosageInstruction().addDoseAndRate().setDose(Fhir.mg("80"));
        md.addExtension(Fhir.AFTERCARE + "StructureDefinition/closure-days", new org.hl7.fhir.r4.model.IntegerType(1));
        FhirMapping m = map(methadoneOrder(), md);
        assertThat(m.request().medication().orElseThrow().doses()).containsExactly(DoseEvent.takeHome(
                Formulation.METHADONE_ORAL_LIQUID, Dose.ofMilligrams("80"), START, 6, 1));
        md.setDaysSupply(null);
        assertThat(map(methadoneOrder(), md).findings()).extracting(Finding::code, Finding::path, Finding::message)
                .containsExactly(tuple("fhir.missing-element", "MedicationDispense/md-1.daysSupply", "MedicationDispense"
                        + " has no days supply (nor an authorizing MedicationRequest in the input with an expected"
                        + " supply duration)"));
        MedicationRequest prescription = methadoneOrder();
        prescription.getDispenseRequest().setExpectedSupplyDuration(Quantities.daysDuration(3));
        md.addAuthorizingPrescription(new Reference("MedicationRequest/mr-m"));
        assertThat(map(prescription, md).request().medication().orElseThrow().doses()).containsExactly(
                DoseEvent.takeHome(Formulation.METHADONE_ORAL_LIQUID, Dose.ofMilligrams("80"), START, 3, 1));
    }

    @Test
    void methadoneOrderWithSupplyIsATakeHomeRequest() {
        MedicationRequest mr = methadoneOrder();
        mr.getDispenseRequest().setExpectedSupplyDuration(Quantities.daysDuration(7))
                .setValidityPeriod(new Period().setStartElement(new org.hl7.fhir.r4.model.DateTimeType("2026-03-03")));
        FhirMapping m = map(mr);
        assertThat(m.request().medication().orElseThrow().takeHomeRequests()).containsExactly(
                TakeHomeRequest.of(OudMedication.METHADONE, LocalDate.of(2026, 3, 3), 7, 0));
        org.hl7.fhir.r4.model.Duration month = new org.hl7.fhir.r4.model.Duration();
        month.setValue(1).setCode("mo");
        mr.getDispenseRequest().setExpectedSupplyDuration(month);
        assertThat(map(mr).findings()).extracting(Finding::code, Finding::message).containsExactly(tuple(
                "fhir.unsupported-unit", "MedicationRequest duration 1 \"mo\" is not in days or weeks"));
    }

    @Test
    void moudStatusWithoutAPlanComesFromCurrentOrders() {
        MedicationRequest mr = methadoneOrder();
        assertThat(map(mr).request().moud()).isEqualTo(org.aftercare.MoudStatus.receiving(OudMedication.METHADONE));
        mr.setStatus(MedicationRequest.MedicationRequestStatus.COMPLETED);
        assertThat(map(mr).request().moud()).isEqualTo(org.aftercare.MoudStatus.unknown());
        assertThat(map(mr).request().medication().orElseThrow().regimens()).hasSize(1);
    }

    @Test
    void adjunctOrderByAftercareCode() {
        MedicationRequest mr = active(Fhir.order("mr-a", new CodeableConcept().addCoding(new Coding(
                Fhir.AFTERCARE + "CodeSystem/adjunct", "clonidine", null)), "26643006", START, Fhir.mg("0.1")));
        mr.getDosageInstructionFirstRep().getTiming().getRepeat().setFrequency(3).setPeriod(1)
                .setPeriodUnit(Timing.UnitsOfTime.D).getBoundsPeriod()
                .setEndElement(new org.hl7.fhir.r4.model.DateTimeType("2026-03-06"));
        FhirMapping m = map(mr);
        assertThat(m.request().medication().orElseThrow().adjunctOrders()).containsExactly(new AdjunctOrder(
                Adjunct.CLONIDINE, Dose.ofMilligrams(new BigDecimal("0.1")), 3, LocalDate.of(2026, 3, 2), 5));
        assertThat(m.findings()).isEmpty();
    }
}
