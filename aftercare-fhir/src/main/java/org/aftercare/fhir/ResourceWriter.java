package org.aftercare.fhir;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.aftercare.Answer;
import org.aftercare.MoudStatus;
import org.aftercare.OudMedication;
import org.aftercare.PatientContext;
import org.aftercare.care.AftercarePlan;
import org.aftercare.care.PlannedService;
import org.aftercare.care.Referral;
import org.aftercare.care.ResidentialStay;
import org.aftercare.care.SessionSchedule;
import org.aftercare.evaluation.EvaluationRequest;
import org.aftercare.medication.AdjunctOrder;
import org.aftercare.medication.CowsAssessment;
import org.aftercare.medication.CowsItem;
import org.aftercare.medication.DoseEvent;
import org.aftercare.medication.DoseEventKind;
import org.aftercare.medication.Formulation;
import org.aftercare.medication.MedicationRecord;
import org.aftercare.medication.OpioidExposure;
import org.aftercare.medication.Regimen;
import org.aftercare.medication.TakeHomeRequest;
import org.aftercare.screening.AnalyteResult;
import org.aftercare.screening.DrugTest;
import org.aftercare.screening.Outcome;
import org.aftercare.screening.SpecimenStatus;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Dosage;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.MedicationAdministration;
import org.hl7.fhir.r4.model.MedicationDispense;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Specimen;
import org.hl7.fhir.r4.model.Timing;

/**
 * Aftercare to FHIR: the resources {@link InputMapping} reads back to the same values (see the round-trip list in
 * docs/fhir-mapping.md). Ids are local and deterministic ({@code mr-1}, {@code obs-2}, ...); the Patient has no id and
 * carries only a birth date, and no resource names a subject: the caller links them to its patient.
 */
final class ResourceWriter {
    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");
    private final List<Resource> out = new ArrayList<>();
    private final Map<String, Integer> counters = new java.util.HashMap<>();
    private final LocalDate asOfDate;

    private ResourceWriter(EvaluationRequest request) {
        this.asOfDate = LocalDate.ofInstant(request.context().asOf(), request.context().zone());
    }

    static List<Resource> write(EvaluationRequest request) {
        ResourceWriter w = new ResourceWriter(request);
        w.patient(request.patient());
        request.medication().ifPresent(w::record);
        request.plan().ifPresent(plan -> {
            CarePlan cp = w.plan(plan);
            request.incentiveProgram().filter(p -> p.prescribedMoud().equals(plan.moud().medications()))
                    .ifPresent(p -> IncentiveMapping.write(cp, p, request.context().zone()));
        });
        return List.copyOf(w.out);
    }

    private String id(String prefix) {
        return prefix + "-" + counters.merge(prefix, 1, Integer::sum);
    }

    private <R extends Resource> R add(R r, String prefix) {
        r.setId(id(prefix));
        out.add(r);
        return r;
    }

    static DateTimeType dateTime(Instant at) {
        DateTimeType t = new DateTimeType(Date.from(at), TemporalPrecisionEnum.MILLI, UTC);
        return t;
    }

    static DateTimeType dateTime(LocalDate date) {
        return new DateTimeType(date.toString());
    }

    // ---- patient ----

    private void patient(PatientContext p) {
        if (p.ageYears().isPresent()) {
            Patient patient = new Patient();
            patient.setBirthDateElement(new DateType(asOfDate.minusYears(p.ageYears().getAsInt()).toString()));
            out.add(patient);
        }
        condition(p.opioidUseDisorder(), Terminology.ICD_OUD_WRITE, "Opioid dependence, uncomplicated");
        condition(p.stimulantUseDisorder(), Terminology.ICD_STIMULANT_WRITE, "Other stimulant dependence, uncomplicated");
        condition(p.coOccurringMentalHealthDisorder(), Terminology.ICD_MENTAL_HEALTH_WRITE,
                "Major depressive disorder, single episode, unspecified");
        condition(p.pregnant(), Terminology.ICD_PREGNANCY_WRITE, "Pregnant state");
    }

    private void condition(Answer answer, String icd, String display) {
        if (answer == Answer.UNKNOWN) {
            return;
        }
        Condition c = add(new Condition(), "cond");
        c.setCode(new CodeableConcept().addCoding(new Coding(Terminology.ICD10CM, icd, display)));
        c.setVerificationStatus(new CodeableConcept().addCoding(new Coding(Terminology.CONDITION_VERIFICATION,
                answer == Answer.YES ? "confirmed" : "refuted", null)));
        if (answer == Answer.YES) {
            c.setClinicalStatus(new CodeableConcept().addCoding(new Coding(Terminology.CONDITION_CLINICAL, "active",
                    null)));
        }
    }

    // ---- medication ----

    private void record(MedicationRecord record) {
        record.regimens().forEach(this::regimen);
        for (TakeHomeRequest t : record.takeHomeRequests()) {
            takeHome(record, t);
        }
        record.adjunctOrders().forEach(this::adjunct);
        record.doses().forEach(this::dose);
        record.opioidExposures().forEach(this::exposure);
        record.cowsAssessments().forEach(this::cows);
        record.drugTests().forEach(this::drugTest);
    }

    static CodeableConcept medication(Formulation f) {
        CodeableConcept cc = new CodeableConcept().addCoding(new Coding(Terminology.CS_FORMULATION, Terminology.code(f),
                null));
        cc.addCoding(new Coding(Terminology.RXNORM, Terminology.rxcuiOf(f.medication()),
                Terminology.code(f.medication())));
        if (f == Formulation.BUPRENORPHINE_NALOXONE_SUBLINGUAL || f == Formulation.ZUBSOLV) {
            cc.addCoding(new Coding(Terminology.RXNORM, Terminology.RXCUI_NALOXONE, "naloxone"));
        }
        return cc.setText(Terminology.code(f));
    }

    static String route(Formulation f) {
        switch (f) {
            case BUPRENORPHINE_SUBLINGUAL:
            case BUPRENORPHINE_NALOXONE_SUBLINGUAL:
            case ZUBSOLV:
                return Terminology.ROUTE_SUBLINGUAL;
            case SUBLOCADE_MONTHLY:
            case BRIXADI_WEEKLY:
            case BRIXADI_MONTHLY:
                return Terminology.ROUTE_SUBCUTANEOUS;
            case NALTREXONE_XR_INJECTION:
                return Terminology.ROUTE_INTRAMUSCULAR;
            default:
                return Terminology.ROUTE_ORAL;
        }
    }

    private MedicationRequest order(Formulation f, LocalDate start, LocalDate end) {
        MedicationRequest mr = add(new MedicationRequest(), "mr");
        mr.setStatus(MedicationRequest.MedicationRequestStatus.ACTIVE);
        mr.setIntent(MedicationRequest.MedicationRequestIntent.ORDER);
        mr.setMedication(medication(f));
        Dosage dosage = mr.addDosageInstruction();
        dosage.setRoute(new CodeableConcept().addCoding(new Coding(Terminology.SNOMED, route(f), null)));
        Period bounds = new Period().setStartElement(dateTime(start));
        if (end != null) {
            bounds.setEndElement(dateTime(end));
        }
        dosage.setTiming(new Timing().setRepeat(new Timing.TimingRepeatComponent().setBounds(bounds)));
        return mr;
    }

    private MedicationRequest regimen(Regimen r) {
        MedicationRequest mr = order(r.formulation(), r.start(), r.end());
        mr.addExtension(Terminology.EXT_REGIMEN_PHASE, new CodeType(Terminology.code(r.phase())));
        return mr;
    }

    private void takeHome(MedicationRecord record, TakeHomeRequest t) {
        Regimen regimen = record.regimens().stream().filter(r -> r.medication() == OudMedication.METHADONE
                && r.isActiveOn(t.firstDay())).findFirst().orElse(record.regimens().stream()
                        .filter(r -> r.medication() == OudMedication.METHADONE).findFirst().orElseThrow());
        MedicationRequest mr = regimen(regimen);
        mr.getDispenseRequest().setExpectedSupplyDuration(Quantities.daysDuration(t.supplyDays()));
        mr.getDispenseRequest().setValidityPeriod(new Period().setStartElement(dateTime(t.firstDay())));
        if (t.closureDays() > 0) {
            mr.addExtension(Terminology.EXT_CLOSURE_DAYS, new IntegerType(t.closureDays()));
        }
    }

    private void adjunct(AdjunctOrder a) {
        MedicationRequest mr = add(new MedicationRequest(), "mr");
        mr.setStatus(MedicationRequest.MedicationRequestStatus.ACTIVE);
        mr.setIntent(MedicationRequest.MedicationRequestIntent.ORDER);
        mr.setMedication(new CodeableConcept().addCoding(new Coding(Terminology.CS_ADJUNCT, Terminology.code(a.adjunct()),
                null)).setText(Terminology.code(a.adjunct())));
        Dosage dosage = mr.addDosageInstruction();
        dosage.addDoseAndRate().setDose(Quantities.milligrams(a.dose()));
        Period bounds = new Period().setStartElement(dateTime(a.start()))
                .setEndElement(dateTime(a.start().plusDays(a.days() - 1L)));
        dosage.setTiming(new Timing().setRepeat(new Timing.TimingRepeatComponent().setBounds(bounds)
                .setFrequency(a.dosesPerDay()).setPeriod(1).setPeriodUnit(Timing.UnitsOfTime.D)));
    }

    private void dose(DoseEvent d) {
        if (d.kind() == DoseEventKind.DISPENSED_TAKE_HOME) {
            MedicationDispense md = add(new MedicationDispense(), "md");
            md.setStatus(MedicationDispense.MedicationDispenseStatus.COMPLETED);
            md.setMedication(medication(d.formulation()));
            md.setWhenHandedOverElement(dateTime(d.at()));
            md.setDaysSupply(Quantities.daysQuantity(d.supplyDays()));
            Dosage dosage = md.addDosageInstruction();
            dosage.setRoute(new CodeableConcept().addCoding(new Coding(Terminology.SNOMED, route(d.formulation()), null)));
            dosage.addDoseAndRate().setDose(Quantities.milligrams(d.dose()));
            if (d.closureDays() > 0) {
                md.addExtension(Terminology.EXT_CLOSURE_DAYS, new IntegerType(d.closureDays()));
            }
            return;
        }
        MedicationAdministration ma = add(new MedicationAdministration(), "ma");
        ma.setStatus(d.kind() == DoseEventKind.MISSED ? MedicationAdministration.MedicationAdministrationStatus.NOTDONE
                : MedicationAdministration.MedicationAdministrationStatus.COMPLETED);
        ma.setMedication(medication(d.formulation()));
        ma.setEffective(dateTime(d.at()));
        ma.getDosage().setRoute(new CodeableConcept().addCoding(new Coding(Terminology.SNOMED, route(d.formulation()),
                null)));
        ma.getDosage().setDose(Quantities.milligrams(d.dose()));
    }

    private static CodeableConcept code(String system, String code) {
        return new CodeableConcept().addCoding(new Coding(system, code, null));
    }

    private void exposure(OpioidExposure e) {
        Observation o = add(new Observation(), "obs");
        o.setStatus(Observation.ObservationStatus.FINAL);
        o.setCode(code(Terminology.CS_OBSERVATION, Terminology.OBS_LAST_OPIOID_USE));
        if (e.lastUse() != null) {
            o.setValue(dateTime(e.lastUse()));
        } else {
            o.setDataAbsentReason(code(Terminology.DATA_ABSENT_REASON, "unknown"));
        }
        o.addComponent().setCode(code(Terminology.CS_OBSERVATION, Terminology.OBS_OPIOID_KIND))
                .setValue(code(Terminology.CS_OPIOID_KIND, Terminology.code(e.kind())));
    }

    private void cows(CowsAssessment c) {
        Observation o = add(new Observation(), "obs");
        o.setStatus(Observation.ObservationStatus.FINAL);
        o.setCode(code(Terminology.CS_COWS, Terminology.COWS_PANEL).setText("COWS"));
        o.setEffective(dateTime(c.at()));
        o.setValue(new IntegerType(c.total()));
        for (CowsItem item : CowsItem.values()) {
            o.addComponent().setCode(code(Terminology.CS_COWS, Terminology.cowsCode(item)))
                    .setValue(new IntegerType(c.score(item)));
        }
    }

    private void drugTest(DrugTest t) {
        Observation o = add(new Observation(), "obs");
        o.setCode(code(Terminology.CS_OBSERVATION, Terminology.OBS_DRUG_TEST).setText("Drug test"));
        o.setEffective(dateTime(t.collectedAt()));
        Specimen s = new Specimen();
        s.setId("specimen");
        s.setType(code(Terminology.CS_SPECIMEN, Terminology.code(t.specimen())));
        o.addContained(s);
        o.setSpecimen(new Reference("#specimen"));
        if (t.status() == SpecimenStatus.MISSED || t.status() == SpecimenStatus.REFUSED) {
            o.setStatus(Observation.ObservationStatus.CANCELLED);
            o.setDataAbsentReason(code(Terminology.DATA_ABSENT_REASON,
                    t.status() == SpecimenStatus.MISSED ? "not-performed" : "asked-declined"));
            return;
        }
        o.setStatus(Observation.ObservationStatus.FINAL);
        if (t.status() != SpecimenStatus.VALID) {
            o.addInterpretation(code(Terminology.CS_SPECIMEN_STATUS, Terminology.code(t.status())));
        }
        for (AnalyteResult r : t.results().values()) {
            Observation.ObservationComponentComponent c = o.addComponent();
            CodeableConcept cc = new CodeableConcept();
            Terminology.loincOf(r.analyte()).ifPresent(l -> cc.addCoding(new Coding(Terminology.LOINC, l, null)));
            cc.addCoding(new Coding(Terminology.CS_ANALYTE, r.analyte().code(), null));
            c.setCode(cc);
            CodeableConcept outcome = code(Terminology.V3_INTERPRETATION, interpretation(r.outcome()));
            if (r.nanogramsPerMillilitre() != null) {
                c.setValue(new Quantity().setValue(r.nanogramsPerMillilitre()).setSystem(Terminology.UCUM)
                        .setCode("ng/mL").setUnit("ng/mL"));
                c.addInterpretation(outcome);
            } else {
                c.setValue(outcome);
            }
        }
    }

    private static String interpretation(Outcome outcome) {
        switch (outcome) {
            case POSITIVE:
                return "POS";
            case NEGATIVE:
                return "NEG";
            case INVALID:
                return "IND";
            default:
                throw new AssertionError(outcome);
        }
    }

    // ---- plan ----

    private CarePlan plan(AftercarePlan plan) {
        CarePlan cp = add(new CarePlan(), "cp");
        cp.setStatus(CarePlan.CarePlanStatus.ACTIVE);
        cp.setIntent(CarePlan.CarePlanIntent.PLAN);
        cp.setPeriod(new Period().setStartElement(dateTime(plan.continuingCareStart()))
                .setEndElement(dateTime(plan.continuingCareEnd())));
        plan.steppingDownFrom().ifPresent(l -> cp.addExtension(Terminology.EXT_STEPPING_DOWN_FROM,
                new Coding(Terminology.CS_ASAM_LEVEL, l.toString(), l.label())));
        cp.addExtension(Terminology.EXT_MOUD_STATUS, moud(plan.moud()));
        ServiceRequest placement = add(new ServiceRequest(), "sr");
        placement.setStatus(ServiceRequest.ServiceRequestStatus.ACTIVE);
        placement.setIntent(ServiceRequest.ServiceRequestIntent.PLAN);
        placement.addCategory(code(Terminology.CS_SERVICE_KIND, Terminology.SERVICE_PLACEMENT));
        placement.addCategory(code(Terminology.CS_CARE_SETTING, Terminology.code(plan.placement().setting())));
        placement.setCode(new CodeableConcept().addCoding(new Coding(Terminology.CS_ASAM_LEVEL,
                plan.placement().level().toString(), plan.placement().level().label())));
        placement.setOccurrence(new Period().setStartElement(dateTime(plan.placement().start()))
                .setEndElement(dateTime(plan.placement().end())));
        cp.addActivity().setReference(new Reference("ServiceRequest/" + placement.getIdElement().getIdPart()));
        for (PlannedService s : plan.services()) {
            ServiceRequest sr = add(new ServiceRequest(), "sr");
            sr.setStatus(ServiceRequest.ServiceRequestStatus.ACTIVE);
            sr.setIntent(ServiceRequest.ServiceRequestIntent.PLAN);
            sr.setCode(new CodeableConcept().addCoding(new Coding(Terminology.CS_MODALITY, s.modality().code(),
                    s.modality().label())));
            sr.addCategory(code(Terminology.CS_DELIVERY, Terminology.code(s.delivery())));
            if (s.schedule() instanceof SessionSchedule ss) {
                Timing.TimingRepeatComponent r = new Timing.TimingRepeatComponent();
                for (DayOfWeek d : ss.days()) {
                    r.addDayOfWeek(Timing.DayOfWeek.values()[d.getValue() - 1]);
                }
                r.setFrequency(ss.days().size()).setPeriod(ss.intervalWeeks()).setPeriodUnit(Timing.UnitsOfTime.WK);
                r.setDuration(ss.sessionLength().toMinutes()).setDurationUnit(Timing.UnitsOfTime.MIN);
                r.setBounds(new Period().setStartElement(dateTime(ss.start())).setEndElement(dateTime(ss.end())));
                sr.setOccurrence(new Timing().setRepeat(r));
            } else if (s.schedule() instanceof ResidentialStay stay) {
                sr.setOccurrence(new Period().setStartElement(dateTime(stay.start())).setEndElement(dateTime(stay.end())));
            } else if (s.schedule() instanceof Referral ref) {
                sr.setOccurrence(dateTime(ref.start()));
            } else {
                throw new AssertionError(s.schedule());
            }
            cp.addActivity().setReference(new Reference("ServiceRequest/" + sr.getIdElement().getIdPart()));
        }
        return cp;
    }

    private static CodeableConcept moud(MoudStatus moud) {
        CodeableConcept cc = code(Terminology.CS_MOUD_ENGAGEMENT, Terminology.code(moud.engagement()));
        for (OudMedication m : moud.medications()) {
            cc.addCoding(new Coding(Terminology.RXNORM, Terminology.rxcuiOf(m), Terminology.code(m)));
        }
        return cc;
    }
}
