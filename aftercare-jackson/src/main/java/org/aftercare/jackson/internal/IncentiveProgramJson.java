package org.aftercare.jackson.internal;

import static org.aftercare.jackson.internal.Reads.code;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.aftercare.Citation;
import org.aftercare.incentive.DrawReplacement;
import org.aftercare.incentive.EscalatingVoucherSchedule;
import org.aftercare.incentive.EscalationUnit;
import org.aftercare.incentive.ExcusedAbsenceHandling;
import org.aftercare.incentive.FailurePolicy;
import org.aftercare.incentive.IncentiveProgram;
import org.aftercare.incentive.IncentiveSchedule;
import org.aftercare.incentive.IncentiveTarget;
import org.aftercare.incentive.Money;
import org.aftercare.incentive.PrizeBowl;
import org.aftercare.incentive.PrizeDrawSchedule;
import org.aftercare.incentive.PrizeTier;
import org.aftercare.incentive.ProgramPhase;
import org.aftercare.incentive.RecoveryRule;
import org.aftercare.incentive.VoucherBonus;
import org.aftercare.screening.Analyte;
import org.aftercare.screening.SpecimenStatus;

/**
 * The wire shape of a full incentive programme (schedule, phases, target, failure policy, sources), the alternative
 * to naming a preset. The programme's funding, instrument, setting, start and zone stay in the incentive section.
 */
final class IncentiveProgramJson {
    static final List<String> SCHEDULE_TYPES = List.of("escalating-vouchers", "prize-draws");
    static final List<String> TARGET_TYPES = List.of("abstinence", "attendance", "medication-adherence");
    /** The longest programme, in weeks, so no ledger or maximum walks an unbounded calendar. */
    static final int MAX_WEEKS = 520;

    /** The shape of an amount (checked by hand by {@link #isMoney}; the tests hold them equal). */
    static final Pattern MONEY = Pattern.compile("(0|[1-9][0-9]{0,11})(\\.[0-9]{1,2})?");

    /** The parts of a programme a document gives; the section adds funding, instrument, setting, start and zone. */
    record Parts(String name, IncentiveSchedule schedule, List<ProgramPhase> phases, IncentiveTarget target,
            Set<Analyte> bonusAnalytes, FailurePolicy failurePolicy, Map<String, Citation> parameterSources) {
        IncentiveProgram.Builder toBuilder() {
            return IncentiveProgram.builder().name(name).schedule(schedule).phases(phases).target(target)
                    .bonusAnalytes(bonusAnalytes).failurePolicy(failurePolicy).parameterSources(parameterSources);
        }
    }

    private IncentiveProgramJson() {
    }

    private static final Read<Money> MONEY_READ = Reads.textual("an amount such as 997.50, without currency sign",
            s -> {
                if (!isMoney(s)) {
                    throw new IllegalArgumentException(s);
                }
                return Money.parse(s);
            });
    private static final Read<List<ProgramPhase>> PHASE_LIST = Reads.list(IncentiveProgramJson::phase);
    private static final Read<Integer> PHASE_WEEKS = Reads.integer(1, MAX_WEEKS);
    private static final Read<Integer> PER_WEEK = Reads.integer(0, 21);
    private static final Read<Integer> UP_TO_1000 = Reads.integer(0, 1000);
    private static final Read<String> SCHEDULE_TYPE = Reads.oneOf("schedule", SCHEDULE_TYPES);
    private static final Read<String> TARGET_TYPE = Reads.oneOf("target", TARGET_TYPES);
    private static final Read<Set<Analyte>> ANALYTE_SET = Reads.set(ScreeningJson.analyte());

    static Read<Money> money() {
        return MONEY_READ;
    }

    /** Checks {@code s} matches {@link #MONEY}, by hand: a regular expression per amount costs more. */
    static boolean isMoney(String s) {
        return Reads.isPlainDecimal(s, false, 12, 2);
    }

    static Parts program(Object node, Pointer pointer, Problems problems) {
        Obj o = Obj.of(node, pointer, problems);
        if (o == null) {
            return null;
        }
        int mark = problems.mark();
        String name = o.required("name", Reads.nonBlank());
        IncentiveSchedule schedule = o.required("schedule", IncentiveProgramJson::schedule);
        List<ProgramPhase> phases = o.required("phases", IncentiveProgramJson::phases);
        IncentiveTarget target = o.required("target", IncentiveProgramJson::target);
        Set<Analyte> bonus = o.optional("bonusAnalytes", ANALYTE_SET, Set.of());
        FailurePolicy failure = o.required("failurePolicy", IncentiveProgramJson::failurePolicy);
        Map<String, Citation> sources = o.required("parameterSources", IncentiveProgramJson::sources);
        return o.build(mark, () -> new Parts(name, schedule, phases, target, bonus, failure, sources));
    }

    private static List<ProgramPhase> phases(Object node, Pointer pointer, Problems problems) {
        List<ProgramPhase> phases = PHASE_LIST.read(node, pointer, problems);
        if (phases == null) {
            return null;
        }
        int weeks = phases.stream().mapToInt(ProgramPhase::weeks).sum();
        if (weeks > MAX_WEEKS) {
            problems.add(pointer, "json.out-of-range", "phases must last at most " + MAX_WEEKS + " weeks in all: "
                    + weeks);
            return null;
        }
        return phases;
    }

    private static ProgramPhase phase(Object node, Pointer pointer, Problems problems) {
        Obj o = Obj.of(node, pointer, problems);
        if (o == null) {
            return null;
        }
        int mark = problems.mark();
        String name = o.required("name", Reads.nonBlank());
        Integer weeks = o.required("weeks", PHASE_WEEKS);
        Integer perWeek = o.required("perWeek", PER_WEEK);
        Boolean incentivized = o.required("incentivized", Reads.bool());
        return o.build(mark, () -> new ProgramPhase(name, weeks, perWeek, incentivized));
    }

    private static IncentiveSchedule schedule(Object node, Pointer pointer, Problems problems) {
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
        EscalationUnit unit = o.required("escalatesPer", Reads.enumCode(EscalationUnit.class));
        RecoveryRule recovery = o.optional("recovery", IncentiveProgramJson::recovery, null);
        if (type.equals("escalating-vouchers")) {
            Money start = o.required("startValue", money());
            Money step = o.required("step", money());
            Money perSample = o.optional("perSampleMaximum", money(), null);
            VoucherBonus bonus = o.optional("bonus", IncentiveProgramJson::bonus, null);
            return o.build(mark, () -> new EscalatingVoucherSchedule(start, step, unit, Optional.ofNullable(perSample),
                    Optional.ofNullable(bonus), Optional.ofNullable(recovery)));
        }
        List<PrizeTier> tiers = o.required("bowl", Reads.list(IncentiveProgramJson::tier));
        Read<Integer> draws = Reads.integer(0, 1000);
        Integer start = o.required("startDraws", draws);
        Integer step = o.required("drawStep", draws);
        Integer maximum = o.required("maximumDraws", draws);
        Integer bonusDraws = o.optional("bonusDraws", draws, 0);
        DrawReplacement replacement = o.required("replacement", Reads.enumCode(DrawReplacement.class));
        return o.build(mark, () -> new PrizeDrawSchedule(new PrizeBowl(tiers), start, step, maximum, unit, bonusDraws,
                replacement, Optional.ofNullable(recovery)));
    }

    private static PrizeTier tier(Object node, Pointer pointer, Problems problems) {
        Obj o = Obj.of(node, pointer, problems);
        if (o == null) {
            return null;
        }
        int mark = problems.mark();
        String name = o.required("name", Reads.string());
        Integer slips = o.required("slips", Reads.integer(0, 100_000));
        Money value = o.required("value", money());
        return o.build(mark, () -> PrizeTier.of(name, slips, value));
    }

    private static VoucherBonus bonus(Object node, Pointer pointer, Problems problems) {
        Obj o = Obj.of(node, pointer, problems);
        if (o == null) {
            return null;
        }
        int mark = problems.mark();
        Money amount = o.required("amount", money());
        Integer every = o.required("everyConsecutive", UP_TO_1000);
        return o.build(mark, () -> VoucherBonus.of(amount, every));
    }

    private static RecoveryRule recovery(Object node, Pointer pointer, Problems problems) {
        Obj o = Obj.of(node, pointer, problems);
        if (o == null) {
            return null;
        }
        int mark = problems.mark();
        Integer after = o.required("consecutiveSuccesses", UP_TO_1000);
        return o.build(mark, () -> RecoveryRule.after(after));
    }

    private static IncentiveTarget target(Object node, Pointer pointer, Problems problems) {
        Obj o = Obj.of(node, pointer, problems);
        if (o == null) {
            return null;
        }
        int mark = problems.mark();
        String type = o.required("type", TARGET_TYPE);
        if (type == null) {
            o.ignoreRest();
            o.end();
            return null;
        }
        switch (type) {
            case "abstinence": {
                Set<Analyte> analytes = o.required("analytes", ANALYTE_SET);
                return o.build(mark, () -> new IncentiveTarget.Abstinence(analytes));
            }
            case "attendance":
                return o.build(mark, () -> IncentiveTarget.Attendance.INSTANCE);
            default:
                return o.build(mark, () -> IncentiveTarget.MedicationAdherence.INSTANCE);
        }
    }

    private static FailurePolicy failurePolicy(Object node, Pointer pointer, Problems problems) {
        Obj o = Obj.of(node, pointer, problems);
        if (o == null) {
            return null;
        }
        int mark = problems.mark();
        Set<SpecimenStatus> failing = o.required("failingStatuses", Reads.enumSet(SpecimenStatus.class));
        ExcusedAbsenceHandling excused = o.required("excusedAbsence", Reads.enumCode(ExcusedAbsenceHandling.class));
        Citation source = o.required("source", KernelJson::citation);
        return o.build(mark, () -> new FailurePolicy(failing, excused, source));
    }

    private static Map<String, Citation> sources(Object node, Pointer pointer, Problems problems) {
        Obj o = Obj.of(node, pointer, problems);
        if (o == null) {
            return null;
        }
        int mark = problems.mark();
        Map<String, Citation> sources = new LinkedHashMap<>();
        JsonObject members = o.node();
        for (int i = 0; i < members.size(); i++) {
            String name = members.name(i);
            Citation c = o.required(name, KernelJson::citation);
            if (c != null) {
                sources.put(name, c);
            }
        }
        return o.build(mark, () -> sources);
    }

    // ---- writing ----

    static void writeProgram(JsonGenerator g, IncentiveProgram p) throws IOException {
        g.writeObjectFieldStart("program");
        g.writeStringField("name", p.name());
        writeSchedule(g, p.schedule());
        g.writeArrayFieldStart("phases");
        for (ProgramPhase phase : p.phases()) {
            g.writeStartObject();
            g.writeStringField("name", phase.name());
            g.writeNumberField("weeks", phase.weeks());
            g.writeNumberField("perWeek", phase.perWeek());
            g.writeBooleanField("incentivized", phase.incentivized());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeObjectFieldStart("target");
        IncentiveTarget target = p.target();
        if (target instanceof IncentiveTarget.Abstinence a) {
            g.writeStringField("type", "abstinence");
            g.writeArrayFieldStart("analytes");
            for (Analyte analyte : a.analytes()) {
                g.writeString(analyte.code());
            }
            g.writeEndArray();
        } else if (target == IncentiveTarget.Attendance.INSTANCE) {
            g.writeStringField("type", "attendance");
        } else if (target == IncentiveTarget.MedicationAdherence.INSTANCE) {
            g.writeStringField("type", "medication-adherence");
        } else {
            throw new AssertionError(target);
        }
        g.writeEndObject();
        g.writeArrayFieldStart("bonusAnalytes");
        for (Analyte analyte : p.bonusAnalytes()) {
            g.writeString(analyte.code());
        }
        g.writeEndArray();
        g.writeObjectFieldStart("failurePolicy");
        KernelJson.writeCodes(g, "failingStatuses", p.failurePolicy().failingStatuses());
        g.writeStringField("excusedAbsence", code(p.failurePolicy().excusedAbsence()));
        g.writeFieldName("source");
        KernelJson.writeCitation(g, p.failurePolicy().source());
        g.writeEndObject();
        g.writeObjectFieldStart("parameterSources");
        for (Map.Entry<String, Citation> e : p.parameterSources().entrySet()) {
            g.writeFieldName(e.getKey());
            KernelJson.writeCitation(g, e.getValue());
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void writeSchedule(JsonGenerator g, IncentiveSchedule schedule) throws IOException {
        g.writeObjectFieldStart("schedule");
        if (schedule instanceof EscalatingVoucherSchedule v) {
            g.writeStringField("type", "escalating-vouchers");
            g.writeStringField("escalatesPer", code(v.escalatesPer()));
            writeRecovery(g, v.recovery());
            g.writeStringField("startValue", v.startValue().toString());
            g.writeStringField("step", v.step().toString());
            if (v.perSampleMaximum().isPresent()) {
                g.writeStringField("perSampleMaximum", v.perSampleMaximum().get().toString());
            }
            if (v.bonus().isPresent()) {
                g.writeObjectFieldStart("bonus");
                g.writeStringField("amount", v.bonus().get().amount().toString());
                g.writeNumberField("everyConsecutive", v.bonus().get().everyConsecutive());
                g.writeEndObject();
            }
        } else if (schedule instanceof PrizeDrawSchedule d) {
            g.writeStringField("type", "prize-draws");
            g.writeStringField("escalatesPer", code(d.escalatesPer()));
            writeRecovery(g, d.recovery());
            g.writeArrayFieldStart("bowl");
            for (PrizeTier t : d.bowl().tiers()) {
                g.writeStartObject();
                g.writeStringField("name", t.name());
                g.writeNumberField("slips", t.slips());
                g.writeStringField("value", t.value().toString());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeNumberField("startDraws", d.startDraws());
            g.writeNumberField("drawStep", d.drawStep());
            g.writeNumberField("maximumDraws", d.maximumDraws());
            g.writeNumberField("bonusDraws", d.bonusDraws());
            g.writeStringField("replacement", code(d.replacement()));
        } else {
            throw new AssertionError(schedule);
        }
        g.writeEndObject();
    }

    private static void writeRecovery(JsonGenerator g, Optional<RecoveryRule> recovery) throws IOException {
        if (recovery.isPresent()) {
            g.writeObjectFieldStart("recovery");
            g.writeNumberField("consecutiveSuccesses", recovery.get().consecutiveSuccesses());
            g.writeEndObject();
        }
    }
}
