package org.aftercare.jackson.internal;

import static org.aftercare.jackson.internal.Reads.code;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.aftercare.InvalidValueException;
import org.aftercare.OudMedication;
import org.aftercare.Policy;
import org.aftercare.care.CareSetting;
import org.aftercare.incentive.CapHit;
import org.aftercare.incentive.FundingPolicies;
import org.aftercare.incentive.IncentiveEvent;
import org.aftercare.incentive.IncentiveInstrument;
import org.aftercare.incentive.IncentiveLedger;
import org.aftercare.incentive.IncentivePreset;
import org.aftercare.incentive.IncentivePresets;
import org.aftercare.incentive.IncentiveProgram;
import org.aftercare.incentive.IncentiveReport;
import org.aftercare.incentive.LedgerEntry;
import org.aftercare.incentive.PrizeDraw;
import org.aftercare.incentive.ScheduleMaximum;
import org.aftercare.screening.DrugTest;

/**
 * The incentive domain's wire shapes: the programme (a preset's name, or in full through
 * {@link IncentiveProgramJson}), its events, and the ledger in the report.
 */
final class IncentiveJson {
    /** The names of the event alternatives, the value of their {@code "type"} member. */
    static final List<String> EVENT_TYPES = List.of("sample", "attendance", "medication-dose", "excused-absence");

    /** The decoded incentive section of a request. */
    record Section(IncentiveProgram program, List<IncentiveEvent> events, long drawSeed) {
    }

    private IncentiveJson() {
    }

    static Section section(Object node, Pointer pointer, Problems problems) {
        Obj o = Obj.of(node, pointer, problems);
        if (o == null) {
            return null;
        }
        int mark = problems.mark();
        IncentivePreset preset = o.optional("preset", Reads.code("preset", IncentiveJson::preset), null);
        IncentiveProgramJson.Parts custom = o.optional("program", IncentiveProgramJson::program, null);
        if (o.has("preset") == o.has("program")) {
            problems.add(pointer, o.has("preset") ? "json.invalid-value" : "json.missing",
                    "an incentive section names a \"preset\" or gives a full \"program\", exactly one of them");
        }
        Policy funding = o.required("funding", Reads.code("funding policy", FundingPolicies::policy));
        IncentiveInstrument instrument = o.required("instrument", Reads.enumCode(IncentiveInstrument.class));
        CareSetting setting = o.required("setting", Reads.enumCode(CareSetting.class));
        LocalDate startDate = o.required("startDate", Reads.date());
        ZoneId zone = o.required("zone", Reads.zone());
        Set<OudMedication> prescribed = o.optional("prescribedMoud", Reads.enumSet(OudMedication.class), Set.of());
        List<IncentiveEvent> events = o.required("events", EVENTS);
        Long seed = o.optional("drawSeed", Reads.longInteger(), 0L);
        return o.build(mark, () -> new Section((preset != null ? preset.toProgramBuilder() : custom.toBuilder())
                .funding(funding).instrument(instrument)
                .setting(setting).startDate(startDate).zone(zone).prescribedMoud(prescribed).build(), events, seed));
    }

    private static IncentivePreset preset(String name) {
        return IncentivePresets.all().stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new InvalidValueException("incentive.preset", "be one of "
                        + IncentivePresets.all().stream().map(IncentivePreset::name).toList(), "\"" + name + "\""));
    }

    private static final Read<String> EVENT_TYPE = Reads.oneOf("event", EVENT_TYPES);
    private static final Read<List<IncentiveEvent>> EVENTS = Reads.list(IncentiveJson::event);

    private static IncentiveEvent event(Object node, Pointer pointer, Problems problems) {
        Obj o = Obj.of(node, pointer, problems);
        if (o == null) {
            return null;
        }
        int mark = problems.mark();
        String type = o.required("type", EVENT_TYPE);
        if (type == null) {
            o.ignoreRest();
            o.end();
            return null;
        }
        switch (type) {
            case "sample": {
                DrugTest test = ScreeningJson.drugTest(o, mark);
                return test == null ? null : new IncentiveEvent.SampleResult(test);
            }
            case "attendance": {
                LocalDate date = o.requiredDate("date");
                Boolean attended = o.required("attended", Reads.bool());
                return o.build(mark, () -> new IncentiveEvent.Attendance(date, attended));
            }
            case "medication-dose": {
                LocalDate date = o.requiredDate("date");
                Boolean taken = o.required("taken", Reads.bool());
                return o.build(mark, () -> new IncentiveEvent.MedicationDose(date, taken));
            }
            default: {
                LocalDate date = o.requiredDate("date");
                return o.build(mark, () -> new IncentiveEvent.ExcusedAbsence(date));
            }
        }
    }

    /**
     * Writes the incentive section of a request.
     *
     * @throws IllegalArgumentException if the funding policy is not a named one
     */
    static void writeSection(JsonGenerator g, IncentiveProgram program, List<IncentiveEvent> events, long seed)
            throws IOException {
        IncentivePreset preset = IncentivePresets.all().stream().filter(p -> p.name().equals(program.name()))
                .findFirst().filter(p -> matches(p, program)).orElse(null);
        Policy funding = program.funding();
        if (!FundingPolicies.names().contains(funding.name()) || funding.layers().size() != 1) {
            throw new IllegalArgumentException("only named funding policies can be encoded: " + funding.name());
        }
        g.writeStartObject();
        if (preset != null) {
            g.writeStringField("preset", preset.name());
        } else {
            IncentiveProgramJson.writeProgram(g, program);
        }
        g.writeStringField("funding", funding.name());
        g.writeStringField("instrument", code(program.instrument()));
        g.writeStringField("setting", code(program.setting()));
        g.writeStringField("startDate", program.startDate().toString());
        g.writeStringField("zone", program.zone().getId());
        KernelJson.writeCodes(g, "prescribedMoud", program.prescribedMoud());
        g.writeArrayFieldStart("events");
        for (IncentiveEvent e : events) {
            writeEvent(g, e);
        }
        g.writeEndArray();
        g.writeNumberField("drawSeed", seed);
        g.writeEndObject();
    }

    private static boolean matches(IncentivePreset p, IncentiveProgram program) {
        return p.schedule().equals(program.schedule()) && p.phases().equals(program.phases())
                && p.target().equals(program.target()) && p.bonusAnalytes().equals(program.bonusAnalytes())
                && p.failurePolicy().equals(program.failurePolicy())
                && p.parameterSources().equals(program.parameterSources());
    }

    private static void writeEvent(JsonGenerator g, IncentiveEvent e) throws IOException {
        g.writeStartObject();
        if (e instanceof IncentiveEvent.SampleResult s) {
            g.writeStringField("type", "sample");
            ScreeningJson.writeDrugTestMembers(g, s.test());
        } else if (e instanceof IncentiveEvent.Attendance a) {
            g.writeStringField("type", "attendance");
            g.writeStringField("date", a.date().toString());
            g.writeBooleanField("attended", a.attended());
        } else if (e instanceof IncentiveEvent.MedicationDose d) {
            g.writeStringField("type", "medication-dose");
            g.writeStringField("date", d.date().toString());
            g.writeBooleanField("taken", d.taken());
        } else if (e instanceof IncentiveEvent.ExcusedAbsence x) {
            g.writeStringField("type", "excused-absence");
            g.writeStringField("date", x.date().toString());
        } else {
            throw new AssertionError(e);
        }
        g.writeEndObject();
    }

    /** Writes the incentive part of a report: programme, ledger entries, totals and the schedule's maximum. */
    static void writeReport(JsonGenerator g, IncentiveReport report) throws IOException {
        IncentiveLedger ledger = report.ledger();
        g.writeStartObject();
        g.writeStringField("program", ledger.program().name());
        g.writeStringField("funding", ledger.program().funding().name());
        g.writeNumberField("drawSeed", ledger.seed());
        g.writeArrayFieldStart("entries");
        for (LedgerEntry e : ledger.entries()) {
            writeEntry(g, e);
        }
        g.writeEndArray();
        g.writeObjectFieldStart("totals");
        g.writeStringField("paid", ledger.total().toString());
        g.writeStringField("earned", ledger.totalEarned().toString());
        g.writeStringField("withheld", ledger.totalWithheld().toString());
        g.writeEndObject();
        writeMaximum(g, report.maximum());
        g.writeEndObject();
    }

    private static void writeEntry(JsonGenerator g, LedgerEntry e) throws IOException {
        g.writeStartObject();
        g.writeNumberField("eventIndex", e.eventIndex());
        g.writeStringField("date", e.date().toString());
        g.writeNumberField("week", e.week());
        g.writeStringField("outcome", code(e.outcome()));
        g.writeStringField("reason", e.reason());
        if (e.escalationStep().isPresent()) {
            g.writeNumberField("escalationStep", e.escalationStep().getAsInt());
        }
        g.writeStringField("earned", e.earned().toString());
        g.writeStringField("bonus", e.bonus().toString());
        g.writeArrayFieldStart("draws");
        for (PrizeDraw d : e.draws()) {
            g.writeStartObject();
            g.writeNumberField("sequence", d.sequence());
            g.writeStringField("tier", d.tier());
            g.writeStringField("value", d.value().toString());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeNumberField("bonusDraws", e.bonusDraws());
        g.writeStringField("paid", e.paid().toString());
        g.writeStringField("withheld", e.withheld().toString());
        g.writeArrayFieldStart("capHits");
        for (CapHit h : e.capHits()) {
            g.writeStartObject();
            g.writeStringField("key", h.key());
            g.writeStringField("description", h.description());
            KernelJson.writeCitations(g, h.citations());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("capsNotInForce");
        for (String c : e.capsNotInForce()) {
            g.writeString(c);
        }
        g.writeEndArray();
        g.writeBooleanField("reset", e.reset());
        g.writeBooleanField("recovered", e.recovered());
        g.writeNumberField("consecutiveSuccesses", e.consecutiveSuccesses());
        g.writeStringField("runningTotal", e.runningTotal().toString());
        g.writeEndObject();
    }

    private static void writeMaximum(JsonGenerator g, ScheduleMaximum m) throws IOException {
        g.writeObjectFieldStart("maximum");
        g.writeNumberField("samples", m.samples());
        g.writeStringField("maximum", m.maximum().toString());
        g.writeStringField("largestItem", m.largestItem().toString());
        g.writeStringField("bonusTotal", m.bonusTotal().toString());
        g.writeNumberField("baseDraws", m.baseDraws());
        g.writeNumberField("bonusDraws", m.bonusDraws());
        g.writeStringField("expected", m.expected().toPlainString());
        g.writeArrayFieldStart("weeks");
        for (ScheduleMaximum.WeekMaximum w : m.weeks()) {
            g.writeStartObject();
            g.writeNumberField("week", w.week());
            g.writeNumberField("samples", w.samples());
            g.writeStringField("maximum", w.maximum().toString());
            g.writeNumberField("draws", w.draws());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

}
