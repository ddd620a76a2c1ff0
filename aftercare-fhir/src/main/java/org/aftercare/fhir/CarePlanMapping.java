package org.aftercare.fhir;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.aftercare.InvalidValueException;
import org.aftercare.MoudEngagement;
import org.aftercare.MoudStatus;
import org.aftercare.OudMedication;
import org.aftercare.PatientContext;
import org.aftercare.care.AftercarePlan;
import org.aftercare.care.AsamLevel;
import org.aftercare.care.CarePlacement;
import org.aftercare.care.CareSetting;
import org.aftercare.care.Delivery;
import org.aftercare.care.Modality;
import org.aftercare.care.ModalityRole;
import org.aftercare.care.PlannedService;
import org.aftercare.care.Referral;
import org.aftercare.care.ResidentialStay;
import org.aftercare.care.ServiceSchedule;
import org.aftercare.care.SessionSchedule;
import org.aftercare.incentive.IncentiveProgram;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Timing;

/**
 * Maps a CarePlan and the ServiceRequests its activities reference to an aftercare plan: the placement (a
 * ServiceRequest of kind {@code placement} coded with an ASAM level), the planned services (ServiceRequests coded with
 * a modality, scheduled by occurrenceTiming, occurrencePeriod or occurrenceDateTime) and continuing care (the
 * CarePlan's period).
 */
final class CarePlanMapping {
    private final MappingContext ctx;
    private final List<CarePlan> carePlans = new ArrayList<>();
    private final List<ServiceRequest> serviceRequests = new ArrayList<>();
    private final Set<Resource> used = Collections.newSetFromMap(new IdentityHashMap<>());
    private Optional<MoudStatus> statedMoud = Optional.empty();
    private IncentiveProgram program;

    CarePlanMapping(MappingContext ctx) {
        this.ctx = ctx;
    }

    void carePlan(CarePlan cp) {
        carePlans.add(cp);
    }

    void serviceRequest(ServiceRequest sr) {
        serviceRequests.add(sr);
    }

    Optional<MoudStatus> statedMoud() {
        return statedMoud;
    }

    /** The incentive programme of the evaluated CarePlan, if it has one that maps. */
    Optional<IncentiveProgram> program() {
        return Optional.ofNullable(program);
    }

    /** Builds the plan of the first usable CarePlan; reports the others and every unused ServiceRequest. */
    Optional<AftercarePlan> plan(PatientContext patient, MoudStatus derivedMoud) {
        AftercarePlan plan = null;
        for (CarePlan cp : carePlans) {
            CarePlan.CarePlanStatus status = cp.getStatus();
            if (status == CarePlan.CarePlanStatus.REVOKED || status == CarePlan.CarePlanStatus.ENTEREDINERROR
                    || status == CarePlan.CarePlanStatus.UNKNOWN || status == null) {
                ctx.report(FhirRules.NOT_IN_EFFECT, cp, "status", "CarePlan status "
                        + (status == null ? "(none)" : status.toCode()) + " is not in effect; not evaluated");
                continue;
            }
            if (plan != null) {
                ctx.report(FhirRules.CONFLICTING_RESOURCES, cp, "", "The input holds more than one CarePlan in effect;"
                        + " only the first is evaluated");
                continue;
            }
            plan = map(cp, patient, derivedMoud).orElse(null);
        }
        for (ServiceRequest sr : serviceRequests) {
            if (!used.contains(sr)) {
                ctx.report(FhirRules.UNUSED_RESOURCE, sr, "", "ServiceRequest is not an activity of the CarePlan"
                        + " evaluated; not evaluated");
            }
        }
        return Optional.ofNullable(plan);
    }

    private Optional<AftercarePlan> map(CarePlan cp, PatientContext patient, MoudStatus derivedMoud) {
        if (!cp.hasPeriod() || !cp.getPeriod().hasStart() || !cp.getPeriod().hasEnd()) {
            ctx.report(FhirRules.MISSING_ELEMENT, cp, "period", "CarePlan has no period with a start and an end (the"
                    + " continuing-care dates)");
            markActivities(cp);
            return Optional.empty();
        }
        Optional<LocalDate> ccStart = ctx.date(cp.getPeriod().getStartElement());
        Optional<LocalDate> ccEnd = ctx.date(cp.getPeriod().getEndElement());
        if (ccStart.isEmpty() || ccEnd.isEmpty()) {
            ctx.report(FhirRules.MISSING_ELEMENT, cp, "period", "CarePlan period is not given to the day");
            markActivities(cp);
            return Optional.empty();
        }
        CarePlacement placement = null;
        boolean placementBroken = false;
        CarePlan.CarePlanActivityDetailComponent incentive = null;
        String incentivePath = null;
        List<PlannedService> services = new ArrayList<>();
        for (int i = 0; i < cp.getActivity().size(); i++) {
            CarePlan.CarePlanActivityComponent a = cp.getActivity().get(i);
            String element = "activity[" + i + "]";
            if (!a.hasReference()) {
                if (a.hasDetail() && a.getDetail().getCode().getCoding().stream()
                        .anyMatch(c -> Terminology.CS_INCENTIVE_PRESET.equals(c.getSystem()))) {
                    if (incentive != null) {
                        ctx.report(FhirRules.CONFLICTING_RESOURCES, cp, element + ".detail", "CarePlan has more than"
                                + " one incentive programme activity; only the first is read");
                    } else {
                        incentive = a.getDetail();
                        incentivePath = element + ".detail";
                    }
                    continue;
                }
                ctx.report(FhirRules.UNSUPPORTED_RESOURCE, cp, element + ".detail", "CarePlan activity without a"
                        + " reference (an inline detail) is not read; reference a ServiceRequest or name an incentive"
                        + " preset");
                continue;
            }
            Optional<Resource> target = ctx.resolve(cp, a.getReference());
            if (target.isEmpty() || !(target.get() instanceof ServiceRequest sr)) {
                ctx.report(FhirRules.UNRESOLVED_REFERENCE, cp, element + ".reference", "CarePlan activity reference "
                        + (a.getReference().hasReference() ? "\"" + a.getReference().getReference() + "\""
                        : "(no reference)") + " does not resolve to a ServiceRequest in the input or contained");
                continue;
            }
            used.add(sr);
            ServiceRequest.ServiceRequestStatus st = sr.getStatus();
            if (st == ServiceRequest.ServiceRequestStatus.REVOKED || st == ServiceRequest.ServiceRequestStatus.ENTEREDINERROR
                    || st == ServiceRequest.ServiceRequestStatus.UNKNOWN || st == null) {
                ctx.report(FhirRules.NOT_IN_EFFECT, sr, "status", "ServiceRequest status "
                        + (st == null ? "(none)" : st.toCode()) + " is not in effect; not evaluated");
                continue;
            }
            if (ObservationMapping.has(sr.getCategoryFirstRep(), Terminology.CS_SERVICE_KIND, Terminology.SERVICE_PLACEMENT)
                    || sr.getCategory().stream().anyMatch(c -> ObservationMapping.has(c, Terminology.CS_SERVICE_KIND,
                            Terminology.SERVICE_PLACEMENT))) {
                if (placement != null || placementBroken) {
                    ctx.report(FhirRules.CONFLICTING_RESOURCES, sr, "category", "CarePlan has more than one placement"
                            + " ServiceRequest; only the first is read");
                    continue;
                }
                placement = placement(sr).orElse(null);
                placementBroken = placement == null;
            } else {
                service(sr).ifPresent(services::add);
            }
        }
        if (placement == null) {
            ctx.report(FhirRules.MISSING_ELEMENT, cp, "activity", placementBroken
                    ? "CarePlan placement ServiceRequest cannot be read; no plan is evaluated"
                    : "CarePlan has no placement ServiceRequest (kind placement, coded with an ASAM level); no plan is"
                            + " evaluated");
            return Optional.empty();
        }
        MoudStatus moud = moud(cp).orElse(derivedMoud);
        if (moud == null) {
            return Optional.empty();
        }
        AftercarePlan.Builder b = AftercarePlan.builder().patient(patient).placement(placement).services(services)
                .moud(moud);
        Extension down = cp.getExtensionByUrl(Terminology.EXT_STEPPING_DOWN_FROM);
        if (down != null) {
            Optional<AsamLevel> level = down.getValue() instanceof Coding c ? level(c) : Optional.empty();
            if (level.isEmpty()) {
                ctx.report(FhirRules.UNMAPPED_CODE, cp, "extension('" + Terminology.EXT_STEPPING_DOWN_FROM + "')",
                        "CarePlan stepping-down-from level is not an aftercare ASAM level code such as asam3:3.5");
                return Optional.empty();
            }
            b.steppingDownFrom(level.get());
        }
        try {
            AftercarePlan plan = b.continuingCare(ccStart.get(), ccEnd.get()).build();
            ctx.mapped(cp);
            if (incentive != null) {
                program = IncentiveMapping.program(ctx, cp, incentivePath, incentive, placement.setting(), moud)
                        .orElse(null);
            }
            return Optional.of(plan);
        } catch (InvalidValueException e) {
            ctx.invalid(cp, "period", e);
            return Optional.empty();
        }
    }

    private void markActivities(CarePlan cp) {
        for (CarePlan.CarePlanActivityComponent a : cp.getActivity()) {
            ctx.resolve(cp, a.getReference()).ifPresent(r -> {
                used.add(r);
                ctx.report(FhirRules.MISSING_ELEMENT, r, "", r.fhirType() + " belongs to a CarePlan that cannot be"
                        + " evaluated");
            });
        }
    }

    private Optional<MoudStatus> moud(CarePlan cp) {
        Extension ext = cp.getExtensionByUrl(Terminology.EXT_MOUD_STATUS);
        if (ext == null) {
            return Optional.empty();
        }
        String path = "extension('" + Terminology.EXT_MOUD_STATUS + "')";
        if (!(ext.getValue() instanceof CodeableConcept cc)) {
            ctx.report(FhirRules.MISSING_ELEMENT, cp, path, "CarePlan MOUD status has no valueCodeableConcept");
            return Optional.ofNullable(null);
        }
        MoudEngagement engagement = null;
        Set<OudMedication> meds = EnumSet.noneOf(OudMedication.class);
        for (Coding c : cc.getCoding()) {
            if (Terminology.CS_MOUD_ENGAGEMENT.equals(c.getSystem()) && c.getCode() != null) {
                engagement = Terminology.parse(MoudEngagement.class, c.getCode()).orElse(null);
            } else if (Terminology.RXNORM.equals(c.getSystem()) && c.getCode() != null) {
                Terminology.medicationOfRxcui(c.getCode()).ifPresent(meds::add);
            }
        }
        if (engagement == null) {
            ctx.report(FhirRules.UNMAPPED_CODE, cp, path, "CarePlan MOUD status names no engagement (receiving,"
                    + " offered-declined, not-offered, unknown)");
            return Optional.empty();
        }
        try {
            MoudStatus status = new MoudStatus(engagement, meds);
            statedMoud = Optional.of(status);
            return statedMoud;
        } catch (InvalidValueException e) {
            ctx.invalid(cp, path, e);
            return Optional.empty();
        }
    }

    static Optional<AsamLevel> level(Coding c) {
        if (!Terminology.CS_ASAM_LEVEL.equals(c.getSystem()) || c.getCode() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(AsamLevel.parse(c.getCode()));
        } catch (InvalidValueException e) {
            return Optional.empty();
        }
    }

    private Optional<CarePlacement> placement(ServiceRequest sr) {
        Optional<AsamLevel> level = sr.getCode().getCoding().stream().map(CarePlanMapping::level)
                .flatMap(Optional::stream).findFirst();
        if (level.isEmpty()) {
            ctx.report(FhirRules.UNMAPPED_CODE, sr, "code", "Placement ServiceRequest code "
                    + ObservationMapping.codes(sr.getCode()) + " is not an aftercare ASAM level code such as asam3:2.1");
            return Optional.empty();
        }
        if (!sr.hasOccurrencePeriod() || !sr.getOccurrencePeriod().hasStart() || !sr.getOccurrencePeriod().hasEnd()) {
            ctx.report(FhirRules.MISSING_ELEMENT, sr, "occurrencePeriod", "Placement ServiceRequest has no"
                    + " occurrencePeriod with a start and an end");
            return Optional.empty();
        }
        Optional<LocalDate> start = ctx.date(sr.getOccurrencePeriod().getStartElement());
        Optional<LocalDate> end = ctx.date(sr.getOccurrencePeriod().getEndElement());
        if (start.isEmpty() || end.isEmpty()) {
            ctx.report(FhirRules.MISSING_ELEMENT, sr, "occurrencePeriod", "Placement period is not given to the day");
            return Optional.empty();
        }
        CareSetting setting = level.get().setting();
        for (CodeableConcept cat : sr.getCategory()) {
            for (Coding c : cat.getCoding()) {
                if (Terminology.CS_CARE_SETTING.equals(c.getSystem())) {
                    Optional<CareSetting> s = c.getCode() == null ? Optional.empty()
                            : Terminology.parse(CareSetting.class, c.getCode());
                    if (s.isEmpty()) {
                        ctx.report(FhirRules.UNMAPPED_CODE, sr, "category", "Care setting \"" + c.getCode()
                                + "\" is not outpatient, residential or inpatient");
                        return Optional.empty();
                    }
                    setting = s.get();
                }
            }
        }
        try {
            CarePlacement p = CarePlacement.of(level.get(), setting, start.get(), end.get());
            ctx.mapped(sr);
            return Optional.of(p);
        } catch (InvalidValueException e) {
            ctx.invalid(sr, "occurrencePeriod", e);
            return Optional.empty();
        }
    }

    private Optional<PlannedService> service(ServiceRequest sr) {
        Optional<Modality> modality = sr.getCode().getCoding().stream()
                .filter(c -> Terminology.CS_MODALITY.equals(c.getSystem()) && c.getCode() != null)
                .map(c -> Terminology.parse(Modality.class, c.getCode())).flatMap(Optional::stream).findFirst();
        if (modality.isEmpty()) {
            ctx.report(FhirRules.UNMAPPED_CODE, sr, "code", "ServiceRequest code " + ObservationMapping.codes(sr.getCode())
                    + " is not an aftercare modality code such as group-therapy");
            return Optional.empty();
        }
        Delivery delivery = Delivery.IN_PERSON;
        for (CodeableConcept cat : sr.getCategory()) {
            for (Coding c : cat.getCoding()) {
                if (Terminology.CS_DELIVERY.equals(c.getSystem())) {
                    Optional<Delivery> d = c.getCode() == null ? Optional.empty()
                            : Terminology.parse(Delivery.class, c.getCode());
                    if (d.isEmpty()) {
                        ctx.report(FhirRules.UNMAPPED_CODE, sr, "category", "Delivery \"" + c.getCode()
                                + "\" is not in-person or telehealth");
                        return Optional.empty();
                    }
                    delivery = d.get();
                }
            }
        }
        Optional<ServiceSchedule> schedule = schedule(sr, modality.get());
        if (schedule.isEmpty()) {
            return Optional.empty();
        }
        try {
            PlannedService s = new PlannedService(modality.get(), delivery, schedule.get());
            ctx.mapped(sr);
            return Optional.of(s);
        } catch (InvalidValueException e) {
            ctx.invalid(sr, "occurrence[x]", e);
            return Optional.empty();
        }
    }

    private Optional<ServiceSchedule> schedule(ServiceRequest sr, Modality modality) {
        try {
            if (sr.hasOccurrenceTiming()) {
                return session(sr, sr.getOccurrenceTiming());
            }
            if (sr.hasOccurrencePeriod() && sr.getOccurrencePeriod().hasStart() && sr.getOccurrencePeriod().hasEnd()) {
                Optional<LocalDate> s = ctx.date(sr.getOccurrencePeriod().getStartElement());
                Optional<LocalDate> e = ctx.date(sr.getOccurrencePeriod().getEndElement());
                if (s.isPresent() && e.isPresent()) {
                    return Optional.of(ResidentialStay.of(s.get(), e.get()));
                }
            }
            if (sr.hasOccurrenceDateTimeType() && modality.role() != ModalityRole.RESIDENCE) {
                Optional<LocalDate> d = ctx.date(sr.getOccurrenceDateTimeType());
                if (d.isPresent()) {
                    return Optional.of(Referral.on(d.get()));
                }
            }
        } catch (InvalidValueException e) {
            ctx.invalid(sr, "occurrence[x]", e);
            return Optional.empty();
        }
        ctx.report(FhirRules.MISSING_ELEMENT, sr, "occurrence[x]", "ServiceRequest (" + modality.code() + ") has no"
                + " schedule: occurrenceTiming for sessions, occurrencePeriod for a stay, occurrenceDateTime for a"
                + " referral");
        return Optional.empty();
    }

    private Optional<ServiceSchedule> session(ServiceRequest sr, Timing timing) {
        Timing.TimingRepeatComponent r = timing.getRepeat();
        String path = "occurrenceTiming.repeat";
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (org.hl7.fhir.r4.model.Enumeration<Timing.DayOfWeek> d : r.getDayOfWeek()) {
            if (d.getValue() != null && d.getValue() != Timing.DayOfWeek.NULL) {
                days.add(DayOfWeek.of(d.getValue().ordinal() + 1));
            }
        }
        if (days.isEmpty()) {
            ctx.report(FhirRules.MISSING_ELEMENT, sr, path + ".dayOfWeek", "ServiceRequest timing names no day of"
                    + " the week");
            return Optional.empty();
        }
        if (!r.hasDuration() || r.getDurationUnit() == null) {
            ctx.report(FhirRules.MISSING_ELEMENT, sr, path + ".duration", "ServiceRequest timing has no session"
                    + " duration with a unit");
            return Optional.empty();
        }
        Duration length;
        java.math.BigDecimal minutes;
        switch (r.getDurationUnit()) {
            case MIN:
                minutes = r.getDuration();
                break;
            case H:
                minutes = r.getDuration().multiply(java.math.BigDecimal.valueOf(60));
                break;
            default:
                ctx.report(FhirRules.UNSUPPORTED_UNIT, sr, path + ".durationUnit", "Session duration unit "
                        + r.getDurationUnit().toCode() + " is not min or h");
                return Optional.empty();
        }
        if (minutes.signum() <= 0 || minutes.stripTrailingZeros().scale() > 0) {
            ctx.report(FhirRules.INVALID_VALUE, sr, path + ".duration", "Session duration "
                    + r.getDuration().toPlainString() + " " + r.getDurationUnit().toCode() + " is not a positive"
                    + " whole number of minutes");
            return Optional.empty();
        }
        length = Duration.ofMinutes(minutes.longValueExact());
        int interval = 1;
        if (r.hasPeriod()) {
            if (r.getPeriodUnit() != Timing.UnitsOfTime.WK || r.getPeriod().stripTrailingZeros().scale() > 0) {
                ctx.report(FhirRules.UNSUPPORTED_UNIT, sr, path + ".period", "Session timing period "
                        + r.getPeriod().toPlainString() + " " + (r.getPeriodUnit() == null ? "(no unit)"
                        : r.getPeriodUnit().toCode()) + " is not a whole number of weeks");
                return Optional.empty();
            }
            interval = r.getPeriod().intValueExact();
        }
        if (!r.hasBoundsPeriod() || !r.getBoundsPeriod().hasStart() || !r.getBoundsPeriod().hasEnd()) {
            ctx.report(FhirRules.MISSING_ELEMENT, sr, path + ".boundsPeriod", "ServiceRequest timing has no"
                    + " boundsPeriod with a start and an end");
            return Optional.empty();
        }
        Optional<LocalDate> start = ctx.date(r.getBoundsPeriod().getStartElement());
        Optional<LocalDate> end = ctx.date(r.getBoundsPeriod().getEndElement());
        if (start.isEmpty() || end.isEmpty()) {
            ctx.report(FhirRules.MISSING_ELEMENT, sr, path + ".boundsPeriod", "Session bounds are not given to the day");
            return Optional.empty();
        }
        return Optional.of(new SessionSchedule(days, length, interval, start.get(), end.get()));
    }
}
