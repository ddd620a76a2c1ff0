package org.aftercare.fhir;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.aftercare.InvalidValueException;
import org.aftercare.OudMedication;
import org.aftercare.medication.AdjunctOrder;
import org.aftercare.medication.Dose;
import org.aftercare.medication.DoseEvent;
import org.aftercare.medication.RegimenPhase;
import org.aftercare.medication.TakeHomeRequest;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Dosage;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.MedicationAdministration;
import org.hl7.fhir.r4.model.MedicationDispense;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Timing;

/**
 * Maps MedicationRequest, MedicationAdministration and MedicationDispense to the parts of a medication record. The
 * record itself is assembled by {@link RecordAssembly}, which needs every order before it can place a dose.
 */
final class MedicationMapping {
    /** An order read from a MedicationRequest; phase null when the request states none. */
    /**
     * An order read from a MedicationRequest; phase null when the request states none; current when its status is
     * active or on-hold (completed and stopped orders are history).
     */
    record Order(org.aftercare.medication.Formulation formulation, RegimenPhase phase, LocalDate start, LocalDate end,
            Resource source, boolean draft, boolean current) {
    }

    record SourcedDose(DoseEvent dose, Resource source) {
    }

    record SourcedTakeHome(TakeHomeRequest request, Resource source) {
    }

    final List<Order> orders = new ArrayList<>();
    final List<SourcedDose> doses = new ArrayList<>();
    final List<SourcedTakeHome> takeHomes = new ArrayList<>();
    final List<AdjunctOrder> adjuncts = new ArrayList<>();
    private final MappingContext ctx;

    MedicationMapping(MappingContext ctx) {
        this.ctx = ctx;
    }

    void request(MedicationRequest mr, boolean draft) {
        if (!draft) {
            MedicationRequest.MedicationRequestStatus status = mr.getStatus();
            if (status == null || status == MedicationRequest.MedicationRequestStatus.CANCELLED
                    || status == MedicationRequest.MedicationRequestStatus.ENTEREDINERROR
                    || status == MedicationRequest.MedicationRequestStatus.UNKNOWN
                    || status == MedicationRequest.MedicationRequestStatus.NULL) {
                ctx.report(FhirRules.NOT_IN_EFFECT, mr, "status", "MedicationRequest status "
                        + (status == null ? "(none)" : status.toCode()) + " is not in effect; not evaluated");
                return;
            }
        }
        Dosage dosage = mr.hasDosageInstruction() ? mr.getDosageInstructionFirstRep() : null;
        Timing timing = dosage != null && dosage.hasTiming() ? dosage.getTiming() : null;
        Optional<MedicationIdentity> identity = MedicationIdentity.resolve(ctx, mr, mr.getMedication(),
                dosage != null && dosage.hasRoute() ? dosage.getRoute() : null, timing);
        if (identity.isEmpty()) {
            return;
        }
        Period bounds = timing != null && timing.hasRepeat() && timing.getRepeat().hasBoundsPeriod()
                ? timing.getRepeat().getBoundsPeriod() : null;
        Optional<LocalDate> start = bounds != null && bounds.hasStart() ? ctx.date(bounds.getStartElement())
                : Optional.empty();
        if (start.isEmpty() && mr.hasAuthoredOn()) {
            start = ctx.date(mr.getAuthoredOnElement());
        }
        if (start.isEmpty() && draft) {
            start = Optional.of(ctx.asOfDate());
        }
        if (start.isEmpty()) {
            ctx.report(FhirRules.MISSING_ELEMENT, mr, "dosageInstruction[0].timing.repeat.boundsPeriod.start",
                    "MedicationRequest has no start (neither dosageInstruction[0].timing.repeat.boundsPeriod.start nor"
                            + " authoredOn to the day)");
            return;
        }
        if (identity.get().isAdjunct()) {
            adjunct(mr, identity.get(), dosage, timing, bounds, start.get());
            return;
        }
        LocalDate end = bounds != null && bounds.hasEnd() ? ctx.date(bounds.getEndElement()).orElse(null) : null;
        if (end != null && end.isBefore(start.get())) {
            ctx.report(FhirRules.INVALID_VALUE, mr, "dosageInstruction[0].timing.repeat.boundsPeriod.end",
                    "MedicationRequest ends on " + end + ", before its start " + start.get());
            return;
        }
        Optional<RegimenPhase> phase = phase(mr);
        if (phase == null) {
            return;
        }
        org.aftercare.medication.Formulation formulation = identity.get().formulation();
        boolean current = mr.getStatus() == MedicationRequest.MedicationRequestStatus.ACTIVE
                || mr.getStatus() == MedicationRequest.MedicationRequestStatus.ONHOLD;
        orders.add(new Order(formulation, phase.orElse(null), start.get(), end, mr, draft, current));
        ctx.mapped(mr);
        if (formulation.medication() == OudMedication.METHADONE && mr.hasDispenseRequest()
                && mr.getDispenseRequest().hasExpectedSupplyDuration()) {
            takeHome(mr, start.get());
        }
        if (draft) {
            Instant at = plannedStart(mr, bounds);
            Optional<Dose> dose = dosage != null && dosage.hasDoseAndRate() && dosage.getDoseAndRateFirstRep().hasDoseQuantity()
                    ? Quantities.dose(ctx, mr, "dosageInstruction[0].doseAndRate[0].doseQuantity",
                            dosage.getDoseAndRateFirstRep().getDoseQuantity())
                    : missingDose(mr);
            dose.ifPresent(d -> doses.add(new SourcedDose(DoseEvent.administered(formulation, d, at), mr)));
        }
    }

    private Optional<Dose> missingDose(MedicationRequest mr) {
        ctx.report(FhirRules.MISSING_ELEMENT, mr, "dosageInstruction[0].doseAndRate[0].doseQuantity",
                "Draft MedicationRequest has no dose, so its first dose cannot be judged; the order is still mapped");
        return Optional.empty();
    }

    /** The planned start of a draft: bounds start, else authoredOn, else the as-of instant; a bare date today is now. */
    private Instant plannedStart(MedicationRequest mr, Period bounds) {
        org.hl7.fhir.r4.model.BaseDateTimeType t = bounds != null && bounds.hasStart() ? bounds.getStartElement()
                : mr.hasAuthoredOn() ? mr.getAuthoredOnElement() : null;
        if (t == null || t.getValue() == null) {
            return ctx.asOf();
        }
        if (t.getPrecision() == ca.uhn.fhir.model.api.TemporalPrecisionEnum.DAY
                && ctx.date(t).map(d -> d.equals(ctx.asOfDate())).orElse(false)) {
            return ctx.asOf();
        }
        return ctx.instant(t).orElse(ctx.asOf());
    }

    /** Returns the stated phase, empty when none is stated, or null after reporting an unknown one. */
    private Optional<RegimenPhase> phase(MedicationRequest mr) {
        Extension ext = mr.getExtensionByUrl(Terminology.EXT_REGIMEN_PHASE);
        if (ext == null) {
            return Optional.empty();
        }
        String code = ext.getValue() instanceof CodeType c ? c.getValue() : null;
        Optional<RegimenPhase> phase = code == null ? Optional.empty() : Terminology.parse(RegimenPhase.class, code);
        if (phase.isEmpty()) {
            ctx.report(FhirRules.UNMAPPED_CODE, mr, "extension('" + Terminology.EXT_REGIMEN_PHASE + "')",
                    "MedicationRequest regimen phase " + (code == null ? "(no code)" : "\"" + code + "\"")
                            + " is not one of induction, low-dose-induction, stabilization, maintenance, taper");
            return null;
        }
        return phase;
    }

    private void takeHome(MedicationRequest mr, LocalDate regimenStart) {
        MedicationRequest.MedicationRequestDispenseRequestComponent dr = mr.getDispenseRequest();
        Optional<Integer> days = Quantities.days(ctx, mr, "dispenseRequest.expectedSupplyDuration",
                dr.getExpectedSupplyDuration());
        if (days.isEmpty()) {
            return;
        }
        LocalDate first = dr.hasValidityPeriod() && dr.getValidityPeriod().hasStart()
                ? ctx.date(dr.getValidityPeriod().getStartElement()).orElse(regimenStart) : regimenStart;
        Optional<Integer> closure = closureDays(mr, "dispenseRequest");
        if (closure.isEmpty()) {
            return;
        }
        try {
            takeHomes.add(new SourcedTakeHome(TakeHomeRequest.of(OudMedication.METHADONE, first, days.get(),
                    closure.get()), mr));
        } catch (InvalidValueException e) {
            ctx.invalid(mr, "dispenseRequest", e);
        }
    }

    private Optional<Integer> closureDays(Resource r, String element) {
        Extension ext = r instanceof org.hl7.fhir.r4.model.DomainResource d
                ? d.getExtensionByUrl(Terminology.EXT_CLOSURE_DAYS) : null;
        if (ext == null) {
            return Optional.of(0);
        }
        if (ext.getValue() instanceof IntegerType i && i.getValue() != null && i.getValue() >= 0) {
            return Optional.of(i.getValue());
        }
        ctx.report(FhirRules.INVALID_VALUE, r, "extension('" + Terminology.EXT_CLOSURE_DAYS + "')",
                r.fhirType() + " closure days are not a whole number of 0 or more");
        return Optional.empty();
    }

    private void adjunct(MedicationRequest mr, MedicationIdentity identity, Dosage dosage, Timing timing, Period bounds,
            LocalDate start) {
        if (dosage == null || !dosage.hasDoseAndRate() || !dosage.getDoseAndRateFirstRep().hasDoseQuantity()) {
            ctx.report(FhirRules.MISSING_ELEMENT, mr, "dosageInstruction[0].doseAndRate[0].doseQuantity",
                    "Adjunct MedicationRequest (" + Terminology.code(identity.adjunct()) + ") has no dose");
            return;
        }
        Optional<Dose> dose = Quantities.dose(ctx, mr, "dosageInstruction[0].doseAndRate[0].doseQuantity",
                dosage.getDoseAndRateFirstRep().getDoseQuantity());
        if (dose.isEmpty()) {
            return;
        }
        Timing.TimingRepeatComponent repeat = timing != null && timing.hasRepeat() ? timing.getRepeat() : null;
        if (repeat == null || !repeat.hasFrequency() || !repeat.hasPeriod() || repeat.getPeriodUnit() != Timing.UnitsOfTime.D
                || repeat.getPeriod().compareTo(java.math.BigDecimal.ONE) != 0) {
            ctx.report(FhirRules.MISSING_ELEMENT, mr, "dosageInstruction[0].timing.repeat",
                    "Adjunct MedicationRequest (" + Terminology.code(identity.adjunct()) + ") states no doses per day"
                            + " (timing.repeat frequency per period 1 d)");
            return;
        }
        Integer days = null;
        if (bounds != null && bounds.hasEnd()) {
            Optional<LocalDate> end = ctx.date(bounds.getEndElement());
            if (end.isPresent()) {
                days = Math.toIntExact(ChronoUnit.DAYS.between(start, end.get()) + 1);
            }
        } else if (repeat.hasBoundsDuration()) {
            days = Quantities.days(ctx, mr, "dosageInstruction[0].timing.repeat.boundsDuration",
                    repeat.getBoundsDuration()).orElse(null);
            if (days == null) {
                return;
            }
        } else if (mr.hasDispenseRequest() && mr.getDispenseRequest().hasExpectedSupplyDuration()) {
            days = Quantities.days(ctx, mr, "dispenseRequest.expectedSupplyDuration",
                    mr.getDispenseRequest().getExpectedSupplyDuration()).orElse(null);
            if (days == null) {
                return;
            }
        }
        if (days == null) {
            ctx.report(FhirRules.MISSING_ELEMENT, mr, "dosageInstruction[0].timing.repeat.boundsPeriod.end",
                    "Adjunct MedicationRequest (" + Terminology.code(identity.adjunct()) + ") states no duration"
                            + " (boundsPeriod end, boundsDuration or dispenseRequest.expectedSupplyDuration)");
            return;
        }
        try {
            adjuncts.add(new AdjunctOrder(identity.adjunct(), dose.get(), repeat.getFrequency(), start, days));
            ctx.mapped(mr);
        } catch (InvalidValueException e) {
            ctx.invalid(mr, "dosageInstruction[0]", e);
        }
    }

    void administration(MedicationAdministration ma) {
        MedicationAdministration.MedicationAdministrationStatus status = ma.getStatus();
        boolean missed = status == MedicationAdministration.MedicationAdministrationStatus.NOTDONE;
        if (!missed && status != MedicationAdministration.MedicationAdministrationStatus.COMPLETED
                && status != MedicationAdministration.MedicationAdministrationStatus.INPROGRESS) {
            ctx.report(FhirRules.NOT_IN_EFFECT, ma, "status", "MedicationAdministration status "
                    + (status == null ? "(none)" : status.toCode()) + " is not a given or missed dose; not evaluated");
            return;
        }
        MedicationAdministration.MedicationAdministrationDosageComponent dosage = ma.hasDosage() ? ma.getDosage() : null;
        Optional<MedicationIdentity> identity = MedicationIdentity.resolve(ctx, ma, ma.getMedication(),
                dosage != null && dosage.hasRoute() ? dosage.getRoute() : null, null);
        if (identity.isEmpty()) {
            return;
        }
        if (identity.get().isAdjunct()) {
            ctx.report(FhirRules.UNMAPPED_CODE, org.aftercare.Severity.INFO, ma, "medicationCodeableConcept",
                    "Administrations of adjuncts (" + Terminology.code(identity.get().adjunct()) + ") are not evaluated;"
                            + " adjunct limits are checked on the MedicationRequest");
            return;
        }
        org.hl7.fhir.r4.model.BaseDateTimeType when = ma.hasEffectiveDateTimeType() ? ma.getEffectiveDateTimeType()
                : ma.hasEffectivePeriod() && ma.getEffectivePeriod().hasStart() ? ma.getEffectivePeriod().getStartElement()
                : null;
        String whenPath = ma.hasEffectivePeriod() ? "effectivePeriod.start" : "effectiveDateTime";
        if (when == null || when.getValue() == null
                || when.getPrecision().ordinal() <= ca.uhn.fhir.model.api.TemporalPrecisionEnum.DAY.ordinal()) {
            ctx.report(FhirRules.MISSING_ELEMENT, ma, whenPath, "MedicationAdministration has no time of day"
                    + (when == null || when.getValue() == null ? "" : " (only " + when.getValueAsString() + ")")
                    + "; a dose without a time cannot be placed");
            return;
        }
        Optional<Dose> dose = dosage != null && dosage.hasDose()
                ? Quantities.dose(ctx, ma, "dosage.dose", dosage.getDose()) : Optional.empty();
        if (dose.isEmpty()) {
            if (dosage == null || !dosage.hasDose()) {
                ctx.report(FhirRules.MISSING_ELEMENT, ma, "dosage.dose", "MedicationAdministration has no dose");
            }
            return;
        }
        Instant at = when.getValue().toInstant();
        DoseEvent event = missed ? DoseEvent.missed(identity.get().formulation(), dose.get(), at)
                : DoseEvent.administered(identity.get().formulation(), dose.get(), at);
        doses.add(new SourcedDose(event, ma));
    }

    void dispense(MedicationDispense md) {
        MedicationDispense.MedicationDispenseStatus status = md.getStatus();
        if (status != MedicationDispense.MedicationDispenseStatus.COMPLETED) {
            ctx.report(FhirRules.NOT_IN_EFFECT, md, "status", "MedicationDispense status "
                    + (status == null ? "(none)" : status.toCode()) + " is not a completed take-home dispense; not"
                    + " evaluated");
            return;
        }
        Dosage dosage = md.hasDosageInstruction() ? md.getDosageInstructionFirstRep() : null;
        Optional<MedicationIdentity> identity = MedicationIdentity.resolve(ctx, md, md.getMedication(),
                dosage != null && dosage.hasRoute() ? dosage.getRoute() : null, dosage != null ? dosage.getTiming() : null);
        if (identity.isEmpty()) {
            return;
        }
        if (identity.get().isAdjunct()) {
            ctx.report(FhirRules.UNMAPPED_CODE, org.aftercare.Severity.INFO, md, "medicationCodeableConcept",
                    "Dispenses of adjuncts (" + Terminology.code(identity.get().adjunct()) + ") are not evaluated");
            return;
        }
        org.hl7.fhir.r4.model.DateTimeType when = md.hasWhenHandedOver() ? md.getWhenHandedOverElement()
                : md.hasWhenPrepared() ? md.getWhenPreparedElement() : null;
        if (when == null || when.getValue() == null) {
            ctx.report(FhirRules.MISSING_ELEMENT, md, "whenHandedOver", "MedicationDispense has no time handed over");
            return;
        }
        Optional<Integer> days;
        if (md.hasDaysSupply()) {
            days = Quantities.days(ctx, md, "daysSupply", md.getDaysSupply());
        } else {
            Optional<Resource> prescription = md.hasAuthorizingPrescription()
                    ? ctx.resolve(md, md.getAuthorizingPrescriptionFirstRep()) : Optional.empty();
            if (prescription.isPresent() && prescription.get() instanceof MedicationRequest mr && mr.hasDispenseRequest()
                    && mr.getDispenseRequest().hasExpectedSupplyDuration()) {
                days = Quantities.days(ctx, md, "authorizingPrescription[0].dispenseRequest.expectedSupplyDuration",
                        mr.getDispenseRequest().getExpectedSupplyDuration());
            } else {
                ctx.report(FhirRules.MISSING_ELEMENT, md, "daysSupply", "MedicationDispense has no days supply (nor an"
                        + " authorizing MedicationRequest in the input with an expected supply duration)");
                return;
            }
        }
        if (days.isEmpty()) {
            return;
        }
        if (dosage == null || !dosage.hasDoseAndRate() || !dosage.getDoseAndRateFirstRep().hasDoseQuantity()) {
            ctx.report(FhirRules.MISSING_ELEMENT, md, "dosageInstruction[0].doseAndRate[0].doseQuantity",
                    "MedicationDispense has no daily dose");
            return;
        }
        Optional<Dose> dose = Quantities.dose(ctx, md, "dosageInstruction[0].doseAndRate[0].doseQuantity",
                dosage.getDoseAndRateFirstRep().getDoseQuantity());
        if (dose.isEmpty()) {
            return;
        }
        Timing.TimingRepeatComponent repeat = dosage.hasTiming() && dosage.getTiming().hasRepeat()
                ? dosage.getTiming().getRepeat() : null;
        int perDay = 1;
        if (repeat != null && repeat.hasFrequency()) {
            if (repeat.getPeriodUnit() != Timing.UnitsOfTime.D || !repeat.hasPeriod()
                    || repeat.getPeriod().compareTo(java.math.BigDecimal.ONE) != 0) {
                ctx.report(FhirRules.UNSUPPORTED_UNIT, md, "dosageInstruction[0].timing.repeat",
                        "MedicationDispense timing is not a number of doses per 1 day; the daily dose is unclear");
                return;
            }
            perDay = repeat.getFrequency();
        }
        Optional<Integer> closure = closureDays(md, "");
        if (closure.isEmpty()) {
            return;
        }
        try {
            Dose daily = perDay == 1 ? dose.get()
                    : Dose.of(dose.get().amount().multiply(java.math.BigDecimal.valueOf(perDay)), dose.get().unit());
            doses.add(new SourcedDose(DoseEvent.takeHome(identity.get().formulation(), daily,
                    when.getValue().toInstant(), days.get(), closure.get()), md));
        } catch (InvalidValueException e) {
            ctx.invalid(md, "daysSupply", e);
        }
    }
}
