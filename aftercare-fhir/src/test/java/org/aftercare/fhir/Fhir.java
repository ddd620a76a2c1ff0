package org.aftercare.fhir;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Date;
import java.util.TimeZone;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Dosage;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Timing;

/** Small builders of FHIR test resources. */
final class Fhir {
    static final String RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm";
    static final String SNOMED = "http://snomed.info/sct";
    static final String LOINC = "http://loinc.org";
    static final String AFTERCARE = "http://aftercare.org/fhir/";

    private Fhir() {
    }

    static DateTimeType at(Instant instant) {
        return new DateTimeType(Date.from(instant), ca.uhn.fhir.model.api.TemporalPrecisionEnum.SECOND,
                TimeZone.getTimeZone("UTC"));
    }

    static CodeableConcept rx(String text, String... rxcuis) {
        CodeableConcept cc = new CodeableConcept().setText(text);
        for (String c : rxcuis) {
            cc.addCoding(new Coding(RXNORM, c, null));
        }
        return cc;
    }

    static CodeableConcept route(String snomed) {
        return new CodeableConcept().addCoding(new Coding(SNOMED, snomed, null));
    }

    static Quantity mg(String amount) {
        return new Quantity().setValue(new BigDecimal(amount)).setSystem("http://unitsofmeasure.org").setCode("mg")
                .setUnit("mg");
    }

    /** A medication request with a route, a start (bounds) and a dose. */
    static MedicationRequest order(String id, CodeableConcept medication, String route, Instant start, Quantity dose) {
        MedicationRequest mr = new MedicationRequest();
        mr.setId(id);
        mr.setStatus(MedicationRequest.MedicationRequestStatus.DRAFT);
        mr.setIntent(MedicationRequest.MedicationRequestIntent.ORDER);
        mr.setMedication(medication);
        Dosage d = mr.addDosageInstruction();
        if (route != null) {
            d.setRoute(route(route));
        }
        if (start != null) {
            d.setTiming(new Timing().setRepeat(new Timing.TimingRepeatComponent().setBounds(new Period()
                    .setStartElement(at(start)))));
        }
        if (dose != null) {
            d.addDoseAndRate().setDose(dose);
        }
        return mr;
    }

    static Observation lastUse(String id, Instant when, String kind) {
        Observation o = new Observation();
        o.setId(id);
        o.setStatus(Observation.ObservationStatus.FINAL);
        o.setCode(new CodeableConcept().addCoding(new Coding(AFTERCARE + "CodeSystem/observation", "last-opioid-use",
                null)));
        o.setValue(at(when));
        o.addComponent().setCode(new CodeableConcept().addCoding(new Coding(AFTERCARE + "CodeSystem/observation",
                "opioid-kind", null))).setValue(new CodeableConcept().addCoding(new Coding(AFTERCARE
                + "CodeSystem/opioid-kind", kind, null)));
        return o;
    }
}
