package org.aftercare.fhir;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aftercare.Finding;
import org.aftercare.MoudStatus;
import org.aftercare.PatientContext;
import org.aftercare.Severity;
import org.aftercare.care.AftercarePlan;
import org.aftercare.evaluation.EvaluationRequest;
import org.aftercare.incentive.IncentiveEvent;
import org.aftercare.medication.DoseEvent;
import org.aftercare.medication.DoseEventKind;
import org.aftercare.medication.MedicationRecord;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.MedicationAdministration;
import org.hl7.fhir.r4.model.MedicationDispense;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Specimen;

/** FHIR to aftercare: dispatches each resource, then assembles the request. Never throws on clinical data. */
final class InputMapping {
    /** The mapping plus, for tests, whether each input resource mapped (true) or only yielded findings (false). */
    record Result(FhirMapping mapping, Map<IBaseResource, Boolean> accounted) {
    }

    private InputMapping() {
    }

    static Result map(FhirInput input) {
        MappingContext ctx = new MappingContext(input);
        MedicationMapping meds = new MedicationMapping(ctx);
        ObservationMapping obs = new ObservationMapping(ctx);
        ConditionMapping conditions = new ConditionMapping(ctx);
        CarePlanMapping plans = new CarePlanMapping(ctx);
        List<IBaseResource> later = new ArrayList<>();
        for (IBaseResource r : input.resources()) {
            dispatch(ctx, r, meds, obs, conditions, plans, later);
        }
        for (Resource r : input.draftOrders()) {
            if (r instanceof MedicationRequest mr) {
                meds.request(mr, true);
            } else {
                dispatch(ctx, r, meds, obs, conditions, plans, later);
            }
        }
        Optional<MedicationRecord> record = RecordAssembly.assemble(ctx, meds, obs);
        PatientContext patient = conditions.patientContext();
        MoudStatus derived = RecordAssembly.derivedMoud(ctx, meds);
        Optional<AftercarePlan> plan = plans.plan(patient, derived);
        for (IBaseResource r : later) {
            if (!ctx.accounted().containsKey(r)) {
                ctx.report(FhirRules.UNUSED_RESOURCE, r, "", r.fhirType() + " is not referenced by any resource the"
                        + " mapping read; not evaluated on its own");
            }
        }
        List<IBaseResource> all = new ArrayList<>(input.resources());
        all.addAll(input.draftOrders());
        for (IBaseResource r : all) {
            if (!ctx.accounted().containsKey(r)) {
                // Safety net: every input resource maps or yields a finding; reaching this is a mapping defect.
                ctx.report(FhirRules.UNSUPPORTED_RESOURCE, Severity.WARNING, r, "", r.fhirType()
                        + " was neither mapped nor reported (a mapping defect); not evaluated");
            }
        }
        EvaluationRequest.Builder b = EvaluationRequest.builder(input.asOf(), input.zone()).policy(input.policy());
        if (plan.isPresent()) {
            b.plan(plan.get());
        } else {
            b.patient(patient).moud(plans.statedMoud().orElse(derived));
        }
        plans.program().ifPresent(program -> b.incentives(program, events(input, meds, record)));
        if (record.isPresent()) {
            b.medication(record.get());
        } else if (plan.isEmpty()) {
            b.medication(MedicationRecord.builder().build());
            ctx.reportGlobal(FhirRules.NOTHING_TO_EVALUATE, "input", "None of the " + input.resources().size()
                    + " resources and " + input.draftOrders().size() + " draft orders mapped to a plan or a medication"
                    + " record; the request holds an empty medication record");
        }
        List<Finding> findings = new ArrayList<>(ctx.findings());
        findings.sort(Finding.REPORT_ORDER);
        return new Result(new FhirMapping(b.build(), findings), ctx.accounted());
    }

    /**
     * The incentive events: every drug test as a sample, every given or missed dose (not draft ones) as a medication
     * dose on its date in the clinic zone. Attendance is not mapped.
     */
    private static List<IncentiveEvent> events(FhirInput input, MedicationMapping meds, Optional<MedicationRecord> record) {
        List<IncentiveEvent> events = new ArrayList<>();
        if (record.isEmpty()) {
            return events;
        }
        Set<Object> drafts = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<Object> draftDoses = Collections.newSetFromMap(new IdentityHashMap<>());
        drafts.addAll(input.draftOrders());
        meds.doses.stream().filter(d -> drafts.contains(d.source())).forEach(d -> draftDoses.add(d.dose()));
        record.get().drugTests().forEach(t -> events.add(new IncentiveEvent.SampleResult(t)));
        for (DoseEvent d : record.get().doses()) {
            if (!draftDoses.contains(d) && d.kind() != DoseEventKind.DISPENSED_TAKE_HOME) {
                events.add(new IncentiveEvent.MedicationDose(d.date(input.zone()), d.kind() == DoseEventKind.ADMINISTERED));
            }
        }
        return events;
    }

    private static void dispatch(MappingContext ctx, IBaseResource r, MedicationMapping meds, ObservationMapping obs,
            ConditionMapping conditions, CarePlanMapping plans, List<IBaseResource> later) {
        try {
            if (r instanceof MedicationRequest mr) {
                meds.request(mr, false);
            } else if (r instanceof MedicationAdministration ma) {
                meds.administration(ma);
            } else if (r instanceof MedicationDispense md) {
                meds.dispense(md);
            } else if (r instanceof Observation o) {
                obs.observation(o);
            } else if (r instanceof Condition c) {
                conditions.condition(c);
            } else if (r instanceof Patient p) {
                conditions.patient(p);
            } else if (r instanceof CarePlan cp) {
                plans.carePlan(cp);
            } else if (r instanceof ServiceRequest sr) {
                plans.serviceRequest(sr);
            } else if (r instanceof Medication || r instanceof Specimen) {
                later.add(r);
            } else {
                ctx.report(FhirRules.UNSUPPORTED_RESOURCE, Severity.INFO, r, "", r.fhirType()
                        + " is not a resource type the mapping reads; not evaluated");
            }
        } catch (RuntimeException e) {
            // A HAPI accessor or a domain factory rejected something the checks above missed: report, never throw.
            ctx.report(FhirRules.INVALID_VALUE, r, "", r.fhirType() + " could not be mapped: "
                    + e.getClass().getSimpleName() + (e instanceof org.aftercare.InvalidValueException
                    ? ": " + e.getMessage() : ""));
        }
    }
}
