package org.aftercare.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.aftercare.Answer;
import org.aftercare.Finding;
import org.aftercare.Severity;
import org.aftercare.medication.CowsAssessment;
import org.aftercare.medication.CowsItem;
import org.aftercare.medication.OpioidExposure;
import org.aftercare.medication.OpioidKind;
import org.aftercare.screening.Analyte;
import org.aftercare.screening.AnalyteResult;
import org.aftercare.screening.DrugTest;
import org.aftercare.screening.Outcome;
import org.aftercare.screening.Specimen;
import org.aftercare.screening.SpecimenStatus;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;

/** Observations (drug tests, COWS, last use) and Conditions, with exact outcomes. */
class ObservationConditionMappingTest {
    static final ZoneId ZONE = ZoneId.of("America/New_York");
    static final Instant AS_OF = Instant.parse("2026-03-02T15:00:00Z");
    static final Instant AT = Instant.parse("2026-03-01T14:30:00Z");

    static FhirMapping map(Resource... resources) {
        return FhirRoundTripPropertiesTest.MAPPER.toRequest(FhirInput.builder(AS_OF, ZONE).resources(List.of(resources))
                .build());
    }

    static Observation loinc(String id, String code, CodeableConcept value) {
        Observation o = new Observation();
        o.setId(id);
        o.setStatus(Observation.ObservationStatus.FINAL);
        o.setCode(new CodeableConcept().addCoding(new Coding(Fhir.LOINC, code, null)));
        o.setEffective(Fhir.at(AT));
        o.setValue(value);
        return o;
    }

    static CodeableConcept v3(String code) {
        return new CodeableConcept().addCoding(new Coding(
                "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation", code, null));
    }

    @Test
    void singleAnalyteObservationsOfOneSpecimenAreOneDrugTest() {
        Observation quantity = loinc("o3", "16199-2", null);
        quantity.setValue(new Quantity().setValue(new BigDecimal("250")).setCode("ng/mL")).addInterpretation(v3("POS"));
        FhirMapping m = map(loinc("o1", "59673-4", v3("POS")), loinc("o2", "19321-9",
                new CodeableConcept().addCoding(new Coding(Fhir.LOINC, "LA6577-6", "Negative"))), quantity);
        assertThat(m.request().medication().orElseThrow().drugTests()).containsExactly(DrugTest.of(Specimen.URINE, AT,
                List.of(AnalyteResult.of(Analyte.FENTANYL, Outcome.POSITIVE),
                        AnalyteResult.of(Analyte.SIX_MAM, Outcome.NEGATIVE),
                        AnalyteResult.of(Analyte.METHADONE, Outcome.POSITIVE, new BigDecimal("250")))));
        assertThat(m.findings()).isEmpty();
    }

    @Test
    void unknownLoincRepeatedAnalyteAndContradictionAreReported() {
        Observation contradiction = loinc("o6", "93494-3", v3("POS"));
        contradiction.addInterpretation(v3("NEG"));
        FhirMapping m = map(loinc("o4", "2345-7", v3("POS")), loinc("o5", "59673-4", v3("POS")),
                loinc("o7", "40839-3", v3("NEG")), contradiction);
        assertThat(m.findings()).extracting(Finding::code, Finding::severity, Finding::path, Finding::message)
                .containsExactly(
                        tuple("fhir.conflicting-resources", Severity.WARNING, "Observation/o6.interpretation",
                                "buprenorphine result is POSITIVE but its interpretation says NEGATIVE"),
                        tuple("fhir.conflicting-resources", Severity.WARNING, "Observation/o7.code",
                                "Observation repeats the fentanyl result of a specimen collected at"
                                        + " 2026-03-01T14:30:00Z that an earlier Observation gave"),
                        tuple("fhir.unmapped-code", Severity.WARNING, "Observation/o4.code",
                                "Observation code LOINC 2345-7 is not a drug test analyte, COWS or last opioid use code"
                                        + " of the mapping tables"));
    }

    @Test
    void missedAndRefusedSpecimensByDataAbsentReason() {
        Observation missed = loinc("o8", "59673-4", null);
        missed.setStatus(Observation.ObservationStatus.CANCELLED);
        missed.setDataAbsentReason(new CodeableConcept().addCoding(new Coding(
                "http://terminology.hl7.org/CodeSystem/data-absent-reason", "not-performed", null)));
        FhirMapping m = map(missed);
        assertThat(m.request().medication().orElseThrow().drugTests()).containsExactly(new DrugTest(Specimen.URINE, AT,
                SpecimenStatus.MISSED, java.util.Map.of()));
        missed.setDataAbsentReason(null);
        assertThat(map(missed).findings()).extracting(Finding::code, Finding::message).contains(tuple(
                "fhir.not-in-effect", "Observation status cancelled without a dataAbsentReason is not a usable result;"
                        + " not evaluated"));
    }

    static Observation cows(String id) {
        Observation o = new Observation();
        o.setId(id);
        o.setStatus(Observation.ObservationStatus.FINAL);
        o.setCode(new CodeableConcept().addCoding(new Coding(Fhir.AFTERCARE + "CodeSystem/cows", "assessment", null)));
        o.setEffective(Fhir.at(AT));
        return o;
    }

    @Test
    void cowsWithAllItemsAndItsTotal() {
        Observation o = cows("c1");
        int[] scores = {1, 2, 1, 1, 2, 1, 2, 1, 1, 2, 0};
        CowsItem[] items = CowsItem.values();
        for (int i = 0; i < items.length; i++) {
            o.addComponent().setCode(new CodeableConcept().addCoding(new Coding(Fhir.AFTERCARE + "CodeSystem/cows",
                    Terminology.cowsCode(items[i]), null))).setValue(new IntegerType(scores[i]));
        }
        o.setValue(new IntegerType(14));
        FhirMapping m = map(o);
        assertThat(m.request().medication().orElseThrow().cowsAssessments()).containsExactly(CowsAssessment.of(AT,
                scores));
        o.setValue(new IntegerType(15));
        assertThat(map(o).findings()).extracting(Finding::code, Finding::path, Finding::message).containsExactly(tuple(
                "fhir.conflicting-resources", "Observation/c1.valueInteger", "COWS total 15 is not the sum of its item"
                        + " scores 14"), tuple("fhir.nothing-to-evaluate", "input", "None of the 1 resources and 0"
                        + " draft orders mapped to a plan or a medication record; the request holds an empty"
                        + " medication record"));
        o.getComponentFirstRep().setValue(new IntegerType(3));
        assertThat(map(o).findings()).extracting(Finding::code).contains("fhir.invalid-value");
    }

    @Test
    void lastOpioidUseWithKindAndWithoutTime() {
        FhirMapping m = map(Fhir.lastUse("u1", AT, "fentanyl"));
        assertThat(m.request().medication().orElseThrow().opioidExposures()).containsExactly(
                OpioidExposure.lastUsed(OpioidKind.FENTANYL, AT));
        Observation dayOnly = Fhir.lastUse("u2", AT, "fentanyl");
        dayOnly.setValue(new org.hl7.fhir.r4.model.DateTimeType("2026-03-01"));
        FhirMapping d = map(dayOnly);
        assertThat(d.request().medication().orElseThrow().opioidExposures()).containsExactly(
                OpioidExposure.lastUseUnknown(OpioidKind.FENTANYL));
        assertThat(d.findings()).extracting(Finding::code, Finding::path, Finding::message).containsExactly(tuple(
                "fhir.missing-element", "Observation/u2.valueDateTime", "Last opioid use 2026-03-01 has no time of day;"
                        + " mapped as a last use of unknown time"));
    }

    static Condition condition(String id, String icd, String verification) {
        Condition c = new Condition();
        c.setId(id);
        c.setCode(new CodeableConcept().addCoding(new Coding("http://hl7.org/fhir/sid/icd-10-cm", icd, null)));
        if (verification != null) {
            c.setVerificationStatus(new CodeableConcept().addCoding(new Coding(
                    "http://terminology.hl7.org/CodeSystem/condition-ver-status", verification, null)));
        }
        return c;
    }

    @Test
    void conditionsAnswerThePatientContext() {
        FhirMapping m = map(condition("c1", "F11.20", "confirmed"), condition("c2", "F15.20", "refuted"),
                condition("c3", "F41.1", null), condition("c4", "Z33.1", null), condition("c5", "I10", null),
                condition("c6", "F11.21", "entered-in-error"));
        assertThat(m.request().patient().opioidUseDisorder()).isEqualTo(Answer.YES);
        assertThat(m.request().patient().stimulantUseDisorder()).isEqualTo(Answer.NO);
        Condition snomed = new Condition();
        snomed.setCode(new CodeableConcept().addCoding(new Coding("http://snomed.info/sct", "75544000", null)));
        assertThat(map(snomed).request().patient().opioidUseDisorder()).isEqualTo(Answer.YES);
        assertThat(m.request().patient().coOccurringMentalHealthDisorder()).isEqualTo(Answer.YES);
        assertThat(m.request().patient().pregnant()).isEqualTo(Answer.YES);
        assertThat(m.findings()).extracting(Finding::code, Finding::severity, Finding::path)
                .containsExactly(tuple("fhir.nothing-to-evaluate", Severity.WARNING, "input"),
                        tuple("fhir.not-in-effect", Severity.INFO, "Condition/c6.verificationStatus"),
                        tuple("fhir.unmapped-code", Severity.INFO, "Condition/c5.code"));
    }
}
