package org.aftercare.jackson.internal;

import static org.aftercare.jackson.internal.Reads.code;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.aftercare.MoudStatus;
import org.aftercare.PatientContext;
import org.aftercare.care.AdherenceThreshold;
import org.aftercare.care.AftercarePlan;
import org.aftercare.care.AgeRange;
import org.aftercare.care.AsamLevel;
import org.aftercare.care.AttendanceRecord;
import org.aftercare.care.AttendanceStatus;
import org.aftercare.care.CarePlacement;
import org.aftercare.care.CarePolicyKeys;
import org.aftercare.care.CareSetting;
import org.aftercare.care.Delivery;
import org.aftercare.care.HourBounds;
import org.aftercare.care.Modality;
import org.aftercare.care.PlannedService;
import org.aftercare.care.Population;
import org.aftercare.care.Referral;
import org.aftercare.care.Relapse;
import org.aftercare.care.RelapseSubstance;
import org.aftercare.care.ResidentialStay;
import org.aftercare.care.ServiceSchedule;
import org.aftercare.care.SessionSchedule;
import org.aftercare.care.UsualDose;

/** The care domain's wire shapes: the aftercare plan and its parts, and the care policy keys a request may override. */
final class CareJson {
    /** The names of the schedule alternatives, the value of their {@code "type"} member. */
    static final List<String> SCHEDULE_TYPES = List.of("sessions", "stay", "referral");

    private CareJson() {
    }

    static Read<AsamLevel> level() {
        return LEVEL;
    }

    private static final Read<Modality> MODALITY = Reads.domainCode("modality", Modality.class, Modality::code,
            Modality::parse);

    static Read<Modality> modality() {
        return MODALITY;
    }

    /**
     * Reads a plan. The patient and MOUD status are the request's, so they are not repeated inside the plan.
     */
    private static final Read<List<PlannedService>> SERVICES = Reads.list(CareJson::service);
    private static final Read<List<AttendanceRecord>> ATTENDANCE = Reads.list(CareJson::attendance);
    private static final Reads.EnumCodes<AttendanceStatus> ATTENDANCE_STATUS = Reads.enumCodes(AttendanceStatus.class);
    private static final Read<List<Relapse>> RELAPSES = Reads.list(CareJson::relapse);
    private static final Read<String> SCHEDULE_TYPE = Reads.oneOf("schedule", SCHEDULE_TYPES);
    private static final Read<Integer> INTERVAL_WEEKS = Reads.integer(1, 52);
    private static final Read<AsamLevel> LEVEL = Reads.code("ASAM level", AsamLevel::parse);

    static AftercarePlan plan(Object node, Pointer pointer, Problems problems, PatientContext patient, MoudStatus moud) {
        Obj o = Obj.of(node, pointer, problems);
        if (o == null) {
            return null;
        }
        int mark = problems.mark();
        CarePlacement placement = o.required("placement", CareJson::placement);
        AsamLevel steppingDownFrom = o.optional("steppingDownFrom", level(), null);
        List<PlannedService> services = o.required("services", SERVICES);
        LocalDate[] continuingCare = o.required("continuingCare", CareJson::span);
        List<AttendanceRecord> attendance = o.optional("attendance", ATTENDANCE, List.of());
        List<Relapse> relapses = o.optional("relapses", RELAPSES, List.of());
        if (patient == null || moud == null) {
            o.end();
            return null;
        }
        return o.build(mark, () -> {
            AftercarePlan.Builder b = AftercarePlan.builder().patient(patient).moud(moud).placement(placement)
                    .services(services).continuingCare(continuingCare[0], continuingCare[1]);
            if (steppingDownFrom != null) {
                b.steppingDownFrom(steppingDownFrom);
            }
            attendance.forEach(b::attendance);
            relapses.forEach(b::relapse);
            return b.build();
        });
    }

    /** Writes a plan without its patient and MOUD status (the request carries those). */
    static void writePlan(JsonGenerator g, AftercarePlan plan) throws IOException {
        g.writeStartObject();
        CarePlacement p = plan.placement();
        g.writeObjectFieldStart("placement");
        g.writeStringField("level", p.level().toString());
        g.writeStringField("setting", code(p.setting()));
        g.writeStringField("start", p.start().toString());
        g.writeStringField("end", p.end().toString());
        g.writeEndObject();
        if (plan.steppingDownFrom().isPresent()) {
            g.writeStringField("steppingDownFrom", plan.steppingDownFrom().get().toString());
        }
        g.writeArrayFieldStart("services");
        for (PlannedService s : plan.services()) {
            writeService(g, s);
        }
        g.writeEndArray();
        g.writeObjectFieldStart("continuingCare");
        g.writeStringField("start", plan.continuingCareStart().toString());
        g.writeStringField("end", plan.continuingCareEnd().toString());
        g.writeEndObject();
        g.writeArrayFieldStart("attendance");
        for (AttendanceRecord a : plan.attendance()) {
            g.writeStartObject();
            g.writeNumberField("service", a.service());
            g.writeStringField("date", a.date().toString());
            g.writeStringField("status", code(a.status()));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("relapses");
        for (Relapse r : plan.relapses()) {
            g.writeStartObject();
            g.writeStringField("date", r.date().toString());
            g.writeStringField("substance", code(r.substance()));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static CarePlacement placement(Object node, Pointer pointer, Problems problems) {
        Obj o = Obj.of(node, pointer, problems);
        if (o == null) {
            return null;
        }
        int mark = problems.mark();
        AsamLevel level = o.required("level", level());
        CareSetting setting = o.required("setting", Reads.enumCode(CareSetting.class));
        LocalDate start = o.required("start", Reads.date());
        LocalDate end = o.required("end", Reads.date());
        return o.build(mark, () -> CarePlacement.of(level, setting, start, end));
    }

    /** A {@code {start, end}} pair with end not before start, as used by continuing care. */
    private static LocalDate[] span(Object node, Pointer pointer, Problems problems) {
        Obj o = Obj.of(node, pointer, problems);
        if (o == null) {
            return null;
        }
        int mark = problems.mark();
        LocalDate start = o.required("start", Reads.date());
        LocalDate end = o.required("end", Reads.date());
        return o.build(mark, () -> {
            if (end.isBefore(start)) {
                throw new org.aftercare.InvalidValueException("continuingCare.end",
                        "not be before continuingCare.start " + start, end);
            }
            return new LocalDate[] {start, end};
        });
    }

    private static PlannedService service(Object node, Pointer pointer, Problems problems) {
        Obj o = Obj.of(node, pointer, problems);
        if (o == null) {
            return null;
        }
        int mark = problems.mark();
        Modality modality = o.required("modality", modality());
        Delivery delivery = o.required("delivery", Reads.enumCode(Delivery.class));
        ServiceSchedule schedule = o.required("schedule", CareJson::schedule);
        return o.build(mark, () -> new PlannedService(modality, delivery, schedule));
    }

    private static void writeService(JsonGenerator g, PlannedService s) throws IOException {
        g.writeStartObject();
        g.writeStringField("modality", s.modality().code());
        g.writeStringField("delivery", code(s.delivery()));
        g.writeObjectFieldStart("schedule");
        ServiceSchedule schedule = s.schedule();
        if (schedule instanceof SessionSchedule x) {
            g.writeStringField("type", "sessions");
            KernelJson.writeCodes(g, "days", x.days());
            g.writeStringField("sessionLength", x.sessionLength().toString());
            g.writeNumberField("intervalWeeks", x.intervalWeeks());
            g.writeStringField("start", x.start().toString());
            g.writeStringField("end", x.end().toString());
        } else if (schedule instanceof ResidentialStay x) {
            g.writeStringField("type", "stay");
            g.writeStringField("start", x.start().toString());
            g.writeStringField("end", x.end().toString());
        } else if (schedule instanceof Referral x) {
            g.writeStringField("type", "referral");
            g.writeStringField("start", x.start().toString());
        } else {
            throw new AssertionError(schedule);
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    private static ServiceSchedule schedule(Object node, Pointer pointer, Problems problems) {
        Obj o = Obj.of(node, pointer, problems);
        if (o == null) {
            return null;
        }
        int mark = problems.mark();
        String type = o.required("type", SCHEDULE_TYPE);
        if (type == null) {
            o.ignoreRest();
            o.end();
            return null;
        }
        switch (type) {
            case "sessions": {
                Set<DayOfWeek> days = o.required("days", Reads.enumSet(DayOfWeek.class));
                Duration length = o.required("sessionLength", Reads.duration());
                Integer interval = o.optional("intervalWeeks", INTERVAL_WEEKS, 1);
                LocalDate start = o.required("start", Reads.date());
                LocalDate end = o.required("end", Reads.date());
                return o.build(mark, () -> new SessionSchedule(days, length, interval, start, end));
            }
            case "stay": {
                LocalDate start = o.required("start", Reads.date());
                LocalDate end = o.required("end", Reads.date());
                return o.build(mark, () -> ResidentialStay.of(start, end));
            }
            default: {
                LocalDate start = o.required("start", Reads.date());
                return o.build(mark, () -> Referral.on(start));
            }
        }
    }

    private static final Read<Integer> SERVICE_INDEX = Reads.integer(0, Reads.MAX_INDEX);

    private static AttendanceRecord attendance(Object node, Pointer pointer, Problems problems) {
        Obj o = Obj.of(node, pointer, problems);
        if (o == null) {
            return null;
        }
        int mark = problems.mark();
        Integer service = o.required("service", SERVICE_INDEX);
        LocalDate date = o.requiredDate("date");
        AttendanceStatus status = o.requiredCode("status", ATTENDANCE_STATUS);
        return o.build(mark, () -> AttendanceRecord.of(service, date, status));
    }

    private static Relapse relapse(Object node, Pointer pointer, Problems problems) {
        Obj o = Obj.of(node, pointer, problems);
        if (o == null) {
            return null;
        }
        int mark = problems.mark();
        LocalDate date = o.required("date", Reads.date());
        RelapseSubstance substance = o.required("substance", Reads.enumCode(RelapseSubstance.class));
        return o.build(mark, () -> Relapse.of(date, substance));
    }

    // ---- policy keys a request may override ----

    static List<OverrideKey<?>> overrideKeys() {
        List<OverrideKey<?>> keys = new ArrayList<>();
        Write<Integer> integer = (g, v) -> g.writeNumber(v);
        Write<Period> period = (g, v) -> g.writeString(v.toString());
        keys.add(new OverrideKey<>(CarePolicyKeys.ADULT_AGE, Reads.integer(0, PatientContext.MAX_AGE_YEARS), integer));
        for (var key : List.of(CarePolicyKeys.STEP_DOWN_TAPER, CarePolicyKeys.CONTINUING_CARE_MINIMUM,
                CarePolicyKeys.RECOVERY_HOUSING_MINIMUM_STAY, CarePolicyKeys.THERAPEUTIC_COMMUNITY_MINIMUM_STAY)) {
            keys.add(new OverrideKey<>(key, Reads.period(), period));
        }
        keys.add(new OverrideKey<>(CarePolicyKeys.MINIMUM_ADHERENCE, CareJson::adherence, CareJson::writeAdherence));
        for (AsamLevel level : AsamLevel.values()) {
            for (Population population : Population.values()) {
                CarePolicyKeys.weeklyHours(level, population).ifPresent(
                        key -> keys.add(new OverrideKey<>(key, CareJson::hourBounds, CareJson::writeHourBounds)));
            }
        }
        for (Modality modality : Modality.values()) {
            keys.add(new OverrideKey<>(CarePolicyKeys.usualDose(modality), CareJson::usualDose, CareJson::writeUsualDose));
            keys.add(new OverrideKey<>(CarePolicyKeys.ageRange(modality), CareJson::ageRange, CareJson::writeAgeRange));
        }
        return keys;
    }

    private static AdherenceThreshold adherence(Object node, Pointer pointer, Problems problems) {
        Obj o = Obj.of(node, pointer, problems);
        if (o == null) {
            return null;
        }
        int mark = problems.mark();
        Period window = o.required("window", Reads.period());
        BigDecimal rate = o.required("minimumRate", Reads.decimal());
        return o.build(mark, () -> AdherenceThreshold.of(window, rate));
    }

    private static void writeAdherence(JsonGenerator g, AdherenceThreshold a) throws IOException {
        g.writeStartObject();
        g.writeStringField("window", a.window().toString());
        g.writeStringField("minimumRate", a.minimumRate().toPlainString());
        g.writeEndObject();
    }

    private static HourBounds hourBounds(Object node, Pointer pointer, Problems problems) {
        Obj o = Obj.of(node, pointer, problems);
        if (o == null) {
            return null;
        }
        int mark = problems.mark();
        BigDecimal min = o.optional("minimum", Reads.decimal(), null);
        BigDecimal max = o.optional("maximum", Reads.decimal(), null);
        Boolean inclusive = o.optional("maximumInclusive", Reads.bool(), Boolean.FALSE);
        return o.build(mark, () -> new HourBounds(min, max, inclusive));
    }

    private static void writeHourBounds(JsonGenerator g, HourBounds h) throws IOException {
        g.writeStartObject();
        if (h.minimum() != null) {
            g.writeStringField("minimum", h.minimum().toPlainString());
        }
        if (h.maximum() != null) {
            g.writeStringField("maximum", h.maximum().toPlainString());
        }
        g.writeBooleanField("maximumInclusive", h.maximumInclusive());
        g.writeEndObject();
    }

    private static UsualDose usualDose(Object node, Pointer pointer, Problems problems) {
        Obj o = Obj.of(node, pointer, problems);
        if (o == null) {
            return null;
        }
        int mark = problems.mark();
        Read<Integer> count = Reads.integer(1, 10_000);
        Integer minS = o.optional("minimumSessions", count, null);
        Integer maxS = o.optional("maximumSessions", count, null);
        Integer minW = o.optional("minimumWeeks", count, null);
        Integer maxW = o.optional("maximumWeeks", count, null);
        return o.build(mark, () -> new UsualDose(minS, maxS, minW, maxW));
    }

    private static void writeUsualDose(JsonGenerator g, UsualDose d) throws IOException {
        g.writeStartObject();
        writeOptional(g, "minimumSessions", d.minimumSessions());
        writeOptional(g, "maximumSessions", d.maximumSessions());
        writeOptional(g, "minimumWeeks", d.minimumWeeks());
        writeOptional(g, "maximumWeeks", d.maximumWeeks());
        g.writeEndObject();
    }

    private static void writeOptional(JsonGenerator g, String name, Integer value) throws IOException {
        if (value != null) {
            g.writeNumberField(name, value);
        }
    }

    private static AgeRange ageRange(Object node, Pointer pointer, Problems problems) {
        Obj o = Obj.of(node, pointer, problems);
        if (o == null) {
            return null;
        }
        int mark = problems.mark();
        Integer min = o.required("minimum", Reads.integer(0, PatientContext.MAX_AGE_YEARS));
        Integer max = o.required("maximum", Reads.integer(0, PatientContext.MAX_AGE_YEARS));
        return o.build(mark, () -> AgeRange.of(min, max));
    }

    private static void writeAgeRange(JsonGenerator g, AgeRange a) throws IOException {
        g.writeStartObject();
        g.writeNumberField("minimum", a.minimum());
        g.writeNumberField("maximum", a.maximum());
        g.writeEndObject();
    }
}
