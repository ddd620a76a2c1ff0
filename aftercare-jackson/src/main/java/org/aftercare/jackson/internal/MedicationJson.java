package org.aftercare.jackson.internal;

import static org.aftercare.jackson.internal.Reads.code;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.aftercare.Answer;
import org.aftercare.InvalidValueException;
import org.aftercare.OudMedication;
import org.aftercare.PolicyKey;
import org.aftercare.medication.Adjunct;
import org.aftercare.medication.AdjunctOrder;
import org.aftercare.medication.CowsAssessment;
import org.aftercare.medication.CowsItem;
import org.aftercare.medication.Dose;
import org.aftercare.medication.DoseEvent;
import org.aftercare.medication.DoseEventKind;
import org.aftercare.medication.DoseUnit;
import org.aftercare.medication.EcgResult;
import org.aftercare.medication.Formulation;
import org.aftercare.medication.MedicationForecast;
import org.aftercare.medication.MedicationPolicyKeys;
import org.aftercare.medication.MedicationRecord;
import org.aftercare.medication.NaloxoneChallenge;
import org.aftercare.medication.OpioidExposure;
import org.aftercare.medication.OpioidKind;
import org.aftercare.medication.Regimen;
import org.aftercare.medication.RegimenPhase;
import org.aftercare.medication.TakeHomeCriteriaAssessment;
import org.aftercare.medication.TakeHomeRequest;
import org.aftercare.medication.ToleranceLossEvent;
import org.aftercare.medication.ToleranceLossKind;
import org.aftercare.screening.DrugTest;

/** The medication record on the wire, and medication forecasts in the report. */
final class MedicationJson {
    /** A dose as a canonical string: a plain decimal, a space, a unit symbol, such as {@code "4 mg"}. */
    /** The shape of a dose text (checked by hand by {@link #doseAmountLength}; the tests hold them equal). */
    static final Pattern DOSE = Pattern.compile("(0|[1-9][0-9]{0,5})(\\.[0-9]{1,4})? (mg|mcg)");
    static final List<String> FORECAST_TYPES = List.of("earliest-induction", "take-home-step", "injection-due");

    private MedicationJson() {
    }

    private static final Read<List<Regimen>> REGIMEN_LIST = Reads.list(MedicationJson::regimen);
    private static final Read<List<DoseEvent>> DOSE_EVENT_LIST = Reads.list(MedicationJson::doseEvent);
    private static final Read<List<OpioidExposure>> EXPOSURE_LIST = Reads.list(MedicationJson::exposure);
    private static final Read<List<CowsAssessment>> COWS_LIST = Reads.list(MedicationJson::cows);
    private static final Read<List<DrugTest>> DRUG_TEST_LIST = Reads.list(MedicationJson::drugTest);
    private static final Read<List<NaloxoneChallenge>> CHALLENGE_LIST = Reads.list(MedicationJson::challenge);
    private static final Read<List<ToleranceLossEvent>> TOLERANCE_LOSS_LIST = Reads.list(MedicationJson::toleranceLoss);
    private static final Read<List<TakeHomeRequest>> TAKE_HOME_REQUEST_LIST = Reads.list(MedicationJson::takeHomeRequest);
    private static final Read<List<TakeHomeCriteriaAssessment>> CRITERIA_LIST = Reads.list(MedicationJson::criteria);
    private static final Read<List<AdjunctOrder>> ADJUNCT_LIST = Reads.list(MedicationJson::adjunct);
    private static final Read<List<EcgResult>> ECG_LIST = Reads.list(MedicationJson::ecg);
    private static final Read<Integer> INTEGER_1_TO_366 = Reads.integer(1, 366);
    private static final Read<Integer> INTEGER_0_TO_366 = Reads.integer(0, 366);
    private static final Read<Integer> INTEGER_0_TO_5 = Reads.integer(0, 5);
    private static final Read<Integer> INTEGER_0_TO_100 = Reads.integer(0, 100);
    private static final Read<Integer> INTEGER_1_TO_48 = Reads.integer(1, 48);
    private static final Read<Integer> INTEGER_1_TO_2000 = Reads.integer(1, 2000);
    private static final Read<Dose> DOSE_READ = newDose();

    static MedicationRecord record(Object node, Pointer pointer, Problems problems) {
        Obj o = Obj.of(node, pointer, problems);
        if (o == null) {
            return null;
        }
        int mark = problems.mark();
        List<Regimen> regimens = o.required("regimens", REGIMEN_LIST);
        List<DoseEvent> doses = o.optional("doses", DOSE_EVENT_LIST, List.of());
        List<OpioidExposure> exposures = o.optional("opioidExposures", EXPOSURE_LIST, List.of());
        List<CowsAssessment> cows = o.optional("cowsAssessments", COWS_LIST, List.of());
        List<DrugTest> tests = o.optional("drugTests", DRUG_TEST_LIST, List.of());
        List<NaloxoneChallenge> challenges = o.optional("naloxoneChallenges", CHALLENGE_LIST,
                List.of());
        List<ToleranceLossEvent> losses = o.optional("toleranceLossEvents", TOLERANCE_LOSS_LIST,
                List.of());
        List<TakeHomeRequest> requests = o.optional("takeHomeRequests", TAKE_HOME_REQUEST_LIST,
                List.of());
        List<TakeHomeCriteriaAssessment> criteria = o.optional("takeHomeCriteriaAssessments",
                CRITERIA_LIST, List.of());
        List<AdjunctOrder> adjuncts = o.optional("adjunctOrders", ADJUNCT_LIST, List.of());
        List<EcgResult> ecgs = o.optional("ecgResults", ECG_LIST, List.of());
        Answer justification = o.optional("firstDayDoseJustification", Reads.enumCode(Answer.class), Answer.UNKNOWN);
        return o.build(mark, () -> {
            MedicationRecord.Builder b = MedicationRecord.builder();
            regimens.forEach(b::regimen);
            doses.forEach(b::dose);
            exposures.forEach(b::opioidExposure);
            cows.forEach(b::cows);
            tests.forEach(b::drugTest);
            challenges.forEach(b::naloxoneChallenge);
            losses.forEach(b::toleranceLoss);
            requests.forEach(b::takeHomeRequest);
            criteria.forEach(b::takeHomeCriteriaAssessment);
            adjuncts.forEach(b::adjunct);
            ecgs.forEach(b::ecg);
            return b.firstDayDoseJustification(justification).build();
        });
    }

    /** The longest wait or interval a request may give for a medication key. */
    static final Duration MAX_DURATION = Duration.ofDays(366);

    /**
     * The medication policy keys a request may override: those with simple values (a duration, a period, an integer,
     * a decimal, a dose, a yes/no flag). Structured values (ladders, schedules, COWS bands, adjunct limits) are not
     * yet on the wire.
     */
    static List<OverrideKey<?>> overrideKeys() {
        List<OverrideKey<?>> keys = new ArrayList<>();
        Write<Duration> duration = (g, v) -> g.writeString(v.toString());
        Write<Period> period = (g, v) -> g.writeString(v.toString());
        Write<Integer> integer = (g, v) -> g.writeNumber(v);
        Write<Dose> dose = (g, v) -> g.writeString(v.toString());
        Write<Boolean> bool = (g, v) -> g.writeBoolean(v);
        for (PolicyKey<Duration> key : List.of(MedicationPolicyKeys.BUPRENORPHINE_WAIT_SHORT_ACTING,
                MedicationPolicyKeys.BUPRENORPHINE_WAIT_EXTENDED_RELEASE, MedicationPolicyKeys.BUPRENORPHINE_WAIT_METHADONE,
                MedicationPolicyKeys.BUPRENORPHINE_WAIT_FENTANYL, MedicationPolicyKeys.NALTREXONE_FREE_SHORT_ACTING,
                MedicationPolicyKeys.NALTREXONE_FREE_EXTENDED_RELEASE, MedicationPolicyKeys.NALTREXONE_FREE_FENTANYL,
                MedicationPolicyKeys.NALTREXONE_FREE_METHADONE, MedicationPolicyKeys.NALTREXONE_FREE_BUPRENORPHINE)) {
            keys.add(new OverrideKey<>(key, boundedDuration(), duration));
        }
        for (PolicyKey<Period> key : List.of(MedicationPolicyKeys.SUBLOCADE_MIN_INTERVAL,
                MedicationPolicyKeys.SUBLOCADE_RAPID_SECOND_MIN_INTERVAL, MedicationPolicyKeys.SUBLOCADE_INTERVAL,
                MedicationPolicyKeys.SUBLOCADE_LATE_GRACE, MedicationPolicyKeys.XR_NALTREXONE_INTERVAL,
                MedicationPolicyKeys.XR_NALTREXONE_NALOXONE_LEAD, MedicationPolicyKeys.OVERDOSE_WINDOW_AFTER_RELEASE,
                MedicationPolicyKeys.OVERDOSE_WINDOW_AFTER_WITHDRAWAL_MANAGEMENT,
                MedicationPolicyKeys.OVERDOSE_WINDOW_AFTER_LEAVING_MOUD)) {
            keys.add(new OverrideKey<>(key, Reads.period(), period));
        }
        for (PolicyKey<Dose> key : List.of(MedicationPolicyKeys.METHADONE_TO_BUPRENORPHINE_MAX_DOSE,
                MedicationPolicyKeys.METHADONE_FIRST_DOSE_CAP, MedicationPolicyKeys.METHADONE_FIRST_DAY_CAP,
                MedicationPolicyKeys.METHADONE_ECG_DOSE_TRIGGER)) {
            keys.add(new OverrideKey<>(key, dose(), dose));
        }
        keys.add(new OverrideKey<>(MedicationPolicyKeys.QTC_WARNING_MS, Reads.integer(1, 2000), integer));
        keys.add(new OverrideKey<>(MedicationPolicyKeys.QTC_ERROR_MS, Reads.integer(1, 2000), integer));
        keys.add(new OverrideKey<>(MedicationPolicyKeys.TAKE_HOME_CRITERIA_COUNT, Reads.integer(0, 100), integer));
        keys.add(new OverrideKey<>(MedicationPolicyKeys.MISSED_METHADONE_DAYS_REDUCED_TOLERANCE, Reads.integer(1, 366),
                integer));
        keys.add(new OverrideKey<>(MedicationPolicyKeys.NORBUPRENORPHINE_RATIO_CUTOFF, nonNegativeDecimal(),
                (g, v) -> g.writeString(v.toPlainString())));
        keys.add(new OverrideKey<>(MedicationPolicyKeys.METHADONE_FIRST_DAY_OVERRIDE, Reads.bool(), bool));
        keys.add(new OverrideKey<>(MedicationPolicyKeys.TAKE_HOME_LADDER_APPLIES_TO_BUPRENORPHINE, Reads.bool(), bool));
        return keys;
    }

    private static Read<Duration> boundedDuration() {
        return (node, pointer, problems) -> {
            Duration d = Reads.duration().read(node, pointer, problems);
            if (d == null) {
                return null;
            }
            if (d.isNegative() || d.compareTo(MAX_DURATION) > 0) {
                problems.add(pointer, "json.out-of-range", "expected a duration from PT0S to " + MAX_DURATION
                        + ", found " + d);
                return null;
            }
            return d;
        };
    }

    private static Read<BigDecimal> nonNegativeDecimal() {
        return (node, pointer, problems) -> {
            BigDecimal d = Reads.decimal().read(node, pointer, problems);
            if (d == null) {
                return null;
            }
            if (d.signum() < 0) {
                problems.add(pointer, "json.out-of-range", "expected a decimal not below 0, found " + d.toPlainString());
                return null;
            }
            return d;
        };
    }

    static Read<Dose> dose() {
        return DOSE_READ;
    }

    /**
     * Returns the length of the amount of a dose text of {@link #DOSE}'s shape (the part before the space), or -1
     * when the text does not have it. By hand: a regular expression per dose costs more (a property checks it
     * against the pattern).
     */
    static int doseAmountLength(String s) {
        int n = s.length();
        int i = 0;
        if (n == 0) {
            return -1;
        }
        char c = s.charAt(0);
        if (c == '0') {
            i = 1;
        } else if (c >= '1' && c <= '9') {
            i = 1;
            while (i < n && i < 6 && isDigit(s.charAt(i))) {
                i++;
            }
        } else {
            return -1;
        }
        if (i < n && s.charAt(i) == '.') {
            int start = ++i;
            while (i < n && i - start < 4 && isDigit(s.charAt(i))) {
                i++;
            }
            if (i == start) {
                return -1;
            }
        }
        int amount = i;
        if (i >= n || s.charAt(i) != ' ') {
            return -1;
        }
        String unit = s.substring(i + 1);
        return unit.equals("mg") || unit.equals("mcg") ? amount : -1;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static Read<Dose> newDose() {
        return (node, pointer, problems) -> {
            String s = Reads.string().read(node, pointer, problems);
            if (s == null) {
                return null;
            }
            int amount = doseAmountLength(s);
            if (amount < 0) {
                problems.add(pointer, "json.invalid-value", "expected a dose such as \"4 mg\" or \"0.72 mg\" (a plain "
                        + "decimal, a space, mg or mcg), found \"" + s + "\"");
                return null;
            }
            DoseUnit unit = s.length() - amount == 3 ? DoseUnit.MILLIGRAM : DoseUnit.MICROGRAM;
            try {
                return Dose.of(new BigDecimal(s.substring(0, amount)), unit);
            } catch (InvalidValueException e) {
                // "0 mg" has the shape of a dose but no amount
                problems.add(pointer, "json.invalid-value", e.getMessage());
                return null;
            }
        };
    }

    private static Regimen regimen(Object node, Pointer pointer, Problems problems) {
        Obj o = Obj.of(node, pointer, problems);
        if (o == null) {
            return null;
        }
        int mark = problems.mark();
        Formulation formulation = o.required("formulation", Reads.enumCode(Formulation.class));
        RegimenPhase phase = o.required("phase", Reads.enumCode(RegimenPhase.class));
        LocalDate start = o.required("start", Reads.date());
        LocalDate end = o.optional("end", Reads.date(), null);
        return o.build(mark, () -> new Regimen(formulation, phase, start, end));
    }

    private static DoseEvent doseEvent(Object node, Pointer pointer, Problems problems) {
        Obj o = Obj.of(node, pointer, problems);
        if (o == null) {
            return null;
        }
        int mark = problems.mark();
        DoseEventKind kind = o.required("kind", Reads.enumCode(DoseEventKind.class));
        Formulation formulation = o.required("formulation", Reads.enumCode(Formulation.class));
        Dose dose = o.required("dose", dose());
        Instant at = o.required("at", Reads.instant());
        Integer supply = o.optional("supplyDays", INTEGER_1_TO_366, 1);
        Integer closure = o.optional("closureDays", INTEGER_0_TO_366, 0);
        return o.build(mark, () -> new DoseEvent(formulation, dose, kind, at, supply, closure));
    }

    private static OpioidExposure exposure(Object node, Pointer pointer, Problems problems) {
        Obj o = Obj.of(node, pointer, problems);
        if (o == null) {
            return null;
        }
        int mark = problems.mark();
        OpioidKind kind = o.required("kind", Reads.enumCode(OpioidKind.class));
        Instant lastUse = o.optional("lastUse", Reads.instant(), null);
        return o.build(mark, () -> new OpioidExposure(kind, lastUse));
    }

    private static CowsAssessment cows(Object node, Pointer pointer, Problems problems) {
        Obj o = Obj.of(node, pointer, problems);
        if (o == null) {
            return null;
        }
        int mark = problems.mark();
        Instant at = o.required("at", Reads.instant());
        Map<CowsItem, Integer> scores = o.required("scores", MedicationJson::cowsScores);
        return o.build(mark, () -> new CowsAssessment(at, scores));
    }

    private static Map<CowsItem, Integer> cowsScores(Object node, Pointer pointer, Problems problems) {
        Obj o = Obj.of(node, pointer, problems);
        if (o == null) {
            return null;
        }
        int mark = problems.mark();
        Map<CowsItem, Integer> scores = new EnumMap<>(CowsItem.class);
        for (CowsItem item : CowsItem.values()) {
            Integer score = o.required(code(item), INTEGER_0_TO_5);
            if (score != null) {
                scores.put(item, score);
            }
        }
        return o.build(mark, () -> scores);
    }

    private static DrugTest drugTest(Object node, Pointer pointer, Problems problems) {
        Obj o = Obj.of(node, pointer, problems);
        if (o == null) {
            return null;
        }
        return ScreeningJson.drugTest(o, problems.mark());
    }

    private static NaloxoneChallenge challenge(Object node, Pointer pointer, Problems problems) {
        Obj o = Obj.of(node, pointer, problems);
        if (o == null) {
            return null;
        }
        int mark = problems.mark();
        Instant at = o.required("at", Reads.instant());
        Boolean signs = o.required("withdrawalSigns", Reads.bool());
        return o.build(mark, () -> new NaloxoneChallenge(at, signs));
    }

    private static ToleranceLossEvent toleranceLoss(Object node, Pointer pointer, Problems problems) {
        Obj o = Obj.of(node, pointer, problems);
        if (o == null) {
            return null;
        }
        int mark = problems.mark();
        ToleranceLossKind kind = o.required("kind", Reads.enumCode(ToleranceLossKind.class));
        LocalDate date = o.required("date", Reads.date());
        return o.build(mark, () -> new ToleranceLossEvent(kind, date));
    }

    private static TakeHomeRequest takeHomeRequest(Object node, Pointer pointer, Problems problems) {
        Obj o = Obj.of(node, pointer, problems);
        if (o == null) {
            return null;
        }
        int mark = problems.mark();
        OudMedication medication = o.required("medication", Reads.enumCode(OudMedication.class));
        LocalDate firstDay = o.required("firstDay", Reads.date());
        Integer supply = o.required("supplyDays", INTEGER_1_TO_366);
        Integer closure = o.optional("closureDays", INTEGER_0_TO_366, 0);
        return o.build(mark, () -> TakeHomeRequest.of(medication, firstDay, supply, closure));
    }

    private static TakeHomeCriteriaAssessment criteria(Object node, Pointer pointer, Problems problems) {
        Obj o = Obj.of(node, pointer, problems);
        if (o == null) {
            return null;
        }
        int mark = problems.mark();
        LocalDate on = o.required("assessedOn", Reads.date());
        Integer documented = o.required("criteriaDocumented", INTEGER_0_TO_100);
        return o.build(mark, () -> new TakeHomeCriteriaAssessment(on, documented));
    }

    private static AdjunctOrder adjunct(Object node, Pointer pointer, Problems problems) {
        Obj o = Obj.of(node, pointer, problems);
        if (o == null) {
            return null;
        }
        int mark = problems.mark();
        Adjunct adjunct = o.required("adjunct", Reads.enumCode(Adjunct.class));
        Dose dose = o.required("dose", dose());
        Integer perDay = o.required("dosesPerDay", INTEGER_1_TO_48);
        LocalDate start = o.required("start", Reads.date());
        Integer days = o.required("days", INTEGER_1_TO_366);
        return o.build(mark, () -> new AdjunctOrder(adjunct, dose, perDay, start, days));
    }

    private static EcgResult ecg(Object node, Pointer pointer, Problems problems) {
        Obj o = Obj.of(node, pointer, problems);
        if (o == null) {
            return null;
        }
        int mark = problems.mark();
        Instant at = o.required("at", Reads.instant());
        Integer qtc = o.required("qtcMilliseconds", INTEGER_1_TO_2000);
        return o.build(mark, () -> new EcgResult(at, qtc));
    }

    static void writeRecord(JsonGenerator g, MedicationRecord r) throws IOException {
        g.writeStartObject();
        g.writeArrayFieldStart("regimens");
        for (Regimen x : r.regimens()) {
            g.writeStartObject();
            g.writeStringField("formulation", code(x.formulation()));
            g.writeStringField("phase", code(x.phase()));
            g.writeStringField("start", x.start().toString());
            if (x.end() != null) {
                g.writeStringField("end", x.end().toString());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("doses");
        for (DoseEvent d : r.doses()) {
            g.writeStartObject();
            g.writeStringField("kind", code(d.kind()));
            g.writeStringField("formulation", code(d.formulation()));
            g.writeStringField("dose", d.dose().toString());
            g.writeStringField("at", d.at().toString());
            if (d.kind() == DoseEventKind.DISPENSED_TAKE_HOME) {
                g.writeNumberField("supplyDays", d.supplyDays());
                g.writeNumberField("closureDays", d.closureDays());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("opioidExposures");
        for (OpioidExposure e : r.opioidExposures()) {
            g.writeStartObject();
            g.writeStringField("kind", code(e.kind()));
            if (e.lastUse() != null) {
                g.writeStringField("lastUse", e.lastUse().toString());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("cowsAssessments");
        for (CowsAssessment c : r.cowsAssessments()) {
            g.writeStartObject();
            g.writeStringField("at", c.at().toString());
            g.writeObjectFieldStart("scores");
            for (CowsItem item : CowsItem.values()) {
                g.writeNumberField(code(item), c.scores().get(item));
            }
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("drugTests");
        for (DrugTest t : r.drugTests()) {
            g.writeStartObject();
            ScreeningJson.writeDrugTestMembers(g, t);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("naloxoneChallenges");
        for (NaloxoneChallenge c : r.naloxoneChallenges()) {
            g.writeStartObject();
            g.writeStringField("at", c.at().toString());
            g.writeBooleanField("withdrawalSigns", c.withdrawalSigns());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("toleranceLossEvents");
        for (ToleranceLossEvent e : r.toleranceLossEvents()) {
            g.writeStartObject();
            g.writeStringField("kind", code(e.kind()));
            g.writeStringField("date", e.date().toString());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("takeHomeRequests");
        for (TakeHomeRequest t : r.takeHomeRequests()) {
            g.writeStartObject();
            g.writeStringField("medication", code(t.medication()));
            g.writeStringField("firstDay", t.firstDay().toString());
            g.writeNumberField("supplyDays", t.supplyDays());
            g.writeNumberField("closureDays", t.closureDays());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("takeHomeCriteriaAssessments");
        for (TakeHomeCriteriaAssessment a : r.takeHomeCriteriaAssessments()) {
            g.writeStartObject();
            g.writeStringField("assessedOn", a.assessedOn().toString());
            g.writeNumberField("criteriaDocumented", a.criteriaDocumented());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("adjunctOrders");
        for (AdjunctOrder a : r.adjunctOrders()) {
            g.writeStartObject();
            g.writeStringField("adjunct", code(a.adjunct()));
            g.writeStringField("dose", a.dose().toString());
            g.writeNumberField("dosesPerDay", a.dosesPerDay());
            g.writeStringField("start", a.start().toString());
            g.writeNumberField("days", a.days());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("ecgResults");
        for (EcgResult e : r.ecgResults()) {
            g.writeStartObject();
            g.writeStringField("at", e.at().toString());
            g.writeNumberField("qtcMilliseconds", e.qtcMilliseconds());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeStringField("firstDayDoseJustification", code(r.firstDayDoseJustification()));
        g.writeEndObject();
    }

    static void writeForecasts(JsonGenerator g, List<MedicationForecast> forecasts) throws IOException {
        g.writeArrayFieldStart("forecasts");
        for (MedicationForecast f : forecasts) {
            writeForecast(g, f);
        }
        g.writeEndArray();
    }

    /** Writes one forecast as an object with its type name. */
    static void writeForecast(JsonGenerator g, MedicationForecast f) throws IOException {
        g.writeStartObject();
        if (f instanceof MedicationForecast.EarliestInduction e) {
            g.writeStringField("type", FORECAST_TYPES.get(0));
            g.writeStringField("medication", code(e.medication()));
            g.writeStringField("path", e.path());
            g.writeStringField("earliest", e.earliest().toString());
            g.writeStringField("bindingKind", code(e.bindingKind()));
            g.writeStringField("requiredWait", e.requiredWait().toString());
            g.writeStringField("layer", e.layer());
        } else if (f instanceof MedicationForecast.TakeHomeStep t) {
            g.writeStringField("type", FORECAST_TYPES.get(1));
            g.writeStringField("medication", code(t.medication()));
            g.writeStringField("path", t.path());
            g.writeStringField("date", t.date().toString());
            g.writeNumberField("treatmentDay", t.treatmentDay());
            g.writeNumberField("maxSupplyDays", t.maxSupplyDays());
            g.writeStringField("layer", t.layer());
        } else if (f instanceof MedicationForecast.InjectionDue i) {
            g.writeStringField("type", FORECAST_TYPES.get(2));
            g.writeStringField("formulation", code(i.formulation()));
            g.writeStringField("path", i.path());
            g.writeStringField("lastInjection", i.lastInjection().toString());
            if (i.earliest() != null) {
                g.writeStringField("earliest", i.earliest().toString());
            }
            g.writeStringField("due", i.due().toString());
            g.writeStringField("latest", i.latest().toString());
            g.writeStringField("interval", i.interval().toString());
            g.writeStringField("layer", i.layer());
        } else {
            throw new AssertionError(f);
        }
        g.writeFieldName("citation");
        KernelJson.writeCitation(g, f.citation());
        g.writeEndObject();
    }
}
