package org.aftercare.fhir;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import org.aftercare.Answer;
import org.aftercare.InvalidValueException;
import org.aftercare.PatientContext;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Patient;

/**
 * Maps Conditions (ICD-10-CM) to the answers of the patient context (opioid use disorder, stimulant use disorder,
 * co-occurring mental-health disorder, pregnancy) and the Patient's birth date to an age. A confirmed (or
 * unqualified) Condition answers yes, a refuted one no; nothing from the Patient but its birth date is read.
 */
final class ConditionMapping {
    private enum Topic {
        OUD, STIMULANT, MENTAL_HEALTH, PREGNANCY
    }

    private final Answer[] answers = {Answer.UNKNOWN, Answer.UNKNOWN, Answer.UNKNOWN, Answer.UNKNOWN};
    private Integer age;
    private boolean patientSeen;
    private final MappingContext ctx;

    ConditionMapping(MappingContext ctx) {
        this.ctx = ctx;
    }

    void patient(Patient p) {
        if (patientSeen) {
            ctx.report(FhirRules.CONFLICTING_RESOURCES, p, "", "The input holds more than one Patient; only the first"
                    + " is read");
            return;
        }
        patientSeen = true;
        if (!p.hasBirthDateElement() || p.getBirthDateElement().getValue() == null
                || p.getBirthDateElement().getPrecision() != ca.uhn.fhir.model.api.TemporalPrecisionEnum.DAY) {
            ctx.report(FhirRules.MISSING_ELEMENT, p, "birthDate", "Patient has no full birth date; the age is unknown");
            return;
        }
        LocalDate birth = LocalDate.parse(p.getBirthDateElement().getValueAsString().substring(0, 10));
        LocalDate asOf = ctx.asOfDate();
        if (birth.isAfter(asOf)) {
            ctx.report(FhirRules.INVALID_VALUE, p, "birthDate", "Patient birth date is after the as-of date " + asOf);
            return;
        }
        int years = Period.between(birth, asOf).getYears();
        if (years > PatientContext.MAX_AGE_YEARS) {
            ctx.report(FhirRules.INVALID_VALUE, p, "birthDate", "Patient age " + years + " is above "
                    + PatientContext.MAX_AGE_YEARS);
            return;
        }
        age = years;
        ctx.mapped(p);
    }

    void condition(Condition c) {
        String verification = code(c.getVerificationStatus().getCoding(), Terminology.CONDITION_VERIFICATION);
        if ("entered-in-error".equals(verification) || "unconfirmed".equals(verification)
                || "provisional".equals(verification) || "differential".equals(verification)) {
            ctx.report(FhirRules.NOT_IN_EFFECT, c, "verificationStatus", "Condition verification status "
                    + verification + " is not a diagnosis the mapping reads");
            return;
        }
        String icd = code(c.getCode().getCoding(), Terminology.ICD10CM);
        Topic topic = icd == null ? null : topic(icd);
        if (topic == null && Terminology.SNOMED_OPIOID_DEPENDENCE.equals(code(c.getCode().getCoding(), Terminology.SNOMED))) {
            topic = Topic.OUD;
            icd = "SNOMED CT " + Terminology.SNOMED_OPIOID_DEPENDENCE;
        }
        if (topic == null) {
            ctx.report(FhirRules.UNMAPPED_CODE, org.aftercare.Severity.INFO, c, "code", "Condition code "
                    + ObservationMapping.codes(c.getCode()) + " is not one the patient context reads (ICD-10-CM F11,"
                    + " F14, F15, F20-F48, F60, O, Z33.1; SNOMED CT 75544000)");
            return;
        }
        boolean refuted = "refuted".equals(verification);
        String clinical = code(c.getClinicalStatus().getCoding(), Terminology.CONDITION_CLINICAL);
        boolean over = "inactive".equals(clinical) || "resolved".equals(clinical)
                || "remission".equals(clinical) && topic != Topic.OUD;
        if (!refuted && over) {
            ctx.report(FhirRules.NOT_IN_EFFECT, c, "clinicalStatus", "Condition " + icd + " clinical status " + clinical
                    + " is not current; not read");
            return;
        }
        Answer answer = refuted ? Answer.NO : Answer.YES;
        Answer before = answers[topic.ordinal()];
        if (before != Answer.UNKNOWN && before != answer) {
            ctx.report(FhirRules.CONFLICTING_RESOURCES, c, "verificationStatus", "Condition " + icd + " answers "
                    + answer + " where an earlier Condition answered " + before + "; yes is kept");
            answers[topic.ordinal()] = Answer.YES;
            return;
        }
        answers[topic.ordinal()] = answer;
        ctx.mapped(c);
    }

    private static String code(List<Coding> codings, String system) {
        return codings.stream().filter(x -> system.equals(x.getSystem()) && x.getCode() != null).map(Coding::getCode)
                .findFirst().orElse(null);
    }

    private static Topic topic(String icd) {
        String code = icd.trim().toUpperCase(Locale.ROOT);
        if (matches(code, Terminology.ICD_OUD)) {
            return Topic.OUD;
        }
        if (matches(code, Terminology.ICD_STIMULANT)) {
            return Topic.STIMULANT;
        }
        if (matches(code, Terminology.ICD_MENTAL_HEALTH)) {
            return Topic.MENTAL_HEALTH;
        }
        if (matches(code, Terminology.ICD_PREGNANCY)) {
            return Topic.PREGNANCY;
        }
        return null;
    }

    private static boolean matches(String code, List<String> prefixes) {
        return prefixes.stream().anyMatch(code::startsWith);
    }

    PatientContext patientContext() {
        PatientContext.Builder b = PatientContext.builder()
                .opioidUseDisorder(answers[Topic.OUD.ordinal()])
                .stimulantUseDisorder(answers[Topic.STIMULANT.ordinal()])
                .coOccurringMentalHealthDisorder(answers[Topic.MENTAL_HEALTH.ordinal()])
                .pregnant(answers[Topic.PREGNANCY.ordinal()]);
        if (age != null) {
            try {
                b.ageYears(age);
            } catch (InvalidValueException e) {
                throw new AssertionError("age checked before", e);
            }
        }
        return b.build();
    }
}
