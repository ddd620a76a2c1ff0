package org.aftercare.fhir;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.aftercare.InvalidValueException;
import org.aftercare.medication.CowsAssessment;
import org.aftercare.medication.CowsItem;
import org.aftercare.medication.OpioidExposure;
import org.aftercare.medication.OpioidKind;
import org.aftercare.screening.Analyte;
import org.aftercare.screening.AnalyteResult;
import org.aftercare.screening.DrugTest;
import org.aftercare.screening.Outcome;
import org.aftercare.screening.Specimen;
import org.aftercare.screening.SpecimenStatus;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Type;

/**
 * Maps Observations: urine drug tests (one analyte per Observation, grouped by specimen, time and status; or an
 * aftercare drug-test panel with one component per analyte), COWS assessments and the last opioid use.
 */
final class ObservationMapping {
    private record TestKey(Specimen specimen, Instant at, SpecimenStatus status) {
    }

    /** A drug test being assembled, with the resources it came from. */
    private static final class TestSlot {
        final TestKey key;
        final Map<Analyte, AnalyteResult> results = new EnumMap<>(Analyte.class);
        final List<Resource> sources = new ArrayList<>();

        TestSlot(TestKey key) {
            this.key = key;
        }
    }

    final List<OpioidExposure> exposures = new ArrayList<>();
    final List<CowsAssessment> cows = new ArrayList<>();
    private final List<TestSlot> tests = new ArrayList<>();
    private final Map<TestKey, TestSlot> grouped = new LinkedHashMap<>();
    private final MappingContext ctx;

    ObservationMapping(MappingContext ctx) {
        this.ctx = ctx;
    }

    void observation(Observation o) {
        Observation.ObservationStatus status = o.getStatus();
        boolean absent = o.hasDataAbsentReason();
        boolean usable = status == Observation.ObservationStatus.FINAL || status == Observation.ObservationStatus.AMENDED
                || status == Observation.ObservationStatus.CORRECTED || status == Observation.ObservationStatus.PRELIMINARY
                || status == Observation.ObservationStatus.CANCELLED && absent;
        if (!usable) {
            ctx.report(FhirRules.NOT_IN_EFFECT, o, "status", "Observation status "
                    + (status == null ? "(none)" : status.toCode()) + (status == Observation.ObservationStatus.CANCELLED
                    ? " without a dataAbsentReason" : "") + " is not a usable result; not evaluated");
            return;
        }
        CodeableConcept code = o.getCode();
        if (has(code, Terminology.CS_OBSERVATION, Terminology.OBS_DRUG_TEST)) {
            panel(o);
        } else if (has(code, Terminology.CS_COWS, Terminology.COWS_PANEL)) {
            cows(o);
        } else if (has(code, Terminology.CS_OBSERVATION, Terminology.OBS_LAST_OPIOID_USE)) {
            lastUse(o);
        } else {
            Optional<Analyte> analyte = analyte(code);
            if (analyte.isPresent()) {
                single(o, analyte.get());
            } else {
                ctx.report(FhirRules.UNMAPPED_CODE, o, "code", "Observation code " + codes(code)
                        + " is not a drug test analyte, COWS or last opioid use code of the mapping tables");
            }
        }
    }

    static boolean has(CodeableConcept cc, String system, String code) {
        return cc != null && cc.getCoding().stream().anyMatch(c -> system.equals(c.getSystem()) && code.equals(c.getCode()));
    }

    static String codes(CodeableConcept cc) {
        if (cc == null || cc.getCoding().isEmpty()) {
            return cc != null && cc.hasText() ? "(text only: \"" + cc.getText() + "\")" : "(none)";
        }
        List<String> all = new ArrayList<>();
        for (Coding c : cc.getCoding()) {
            all.add((Terminology.LOINC.equals(c.getSystem()) ? "LOINC " : c.getSystem() + "|") + c.getCode());
        }
        return String.join(", ", all);
    }

    private static Optional<Analyte> analyte(CodeableConcept cc) {
        for (Coding c : cc.getCoding()) {
            if (c.getCode() == null) {
                continue;
            }
            if (Terminology.LOINC.equals(c.getSystem())) {
                Optional<Analyte> a = Terminology.analyteOfLoinc(c.getCode());
                if (a.isPresent()) {
                    return a;
                }
            } else if (Terminology.CS_ANALYTE.equals(c.getSystem())) {
                Optional<Analyte> a = Terminology.parse(Analyte.class, c.getCode());
                if (a.isPresent()) {
                    return a;
                }
            }
        }
        return Optional.empty();
    }

    private static boolean loincOnly(CodeableConcept cc) {
        return cc.getCoding().stream().noneMatch(c -> Terminology.CS_ANALYTE.equals(c.getSystem()));
    }

    private Optional<Instant> effective(Observation o) {
        BaseDateTimeType t = o.hasEffectiveDateTimeType() ? o.getEffectiveDateTimeType()
                : o.hasEffectiveInstantType() ? o.getEffectiveInstantType()
                : o.hasEffectivePeriod() && o.getEffectivePeriod().hasStart() ? o.getEffectivePeriod().getStartElement()
                : null;
        if (t == null || t.getValue() == null) {
            ctx.report(FhirRules.MISSING_ELEMENT, o, "effectiveDateTime", "Observation has no effective time");
            return Optional.empty();
        }
        return ctx.instant(t);
    }

    private Optional<SpecimenStatus> specimenStatus(Observation o) {
        if (o.hasDataAbsentReason()) {
            for (Coding c : o.getDataAbsentReason().getCoding()) {
                if (Terminology.DATA_ABSENT_REASON.equals(c.getSystem())) {
                    if ("not-performed".equals(c.getCode())) {
                        return Optional.of(SpecimenStatus.MISSED);
                    }
                    if ("asked-declined".equals(c.getCode())) {
                        return Optional.of(SpecimenStatus.REFUSED);
                    }
                }
            }
            ctx.report(FhirRules.UNMAPPED_CODE, o, "dataAbsentReason", "Observation dataAbsentReason "
                    + codes(o.getDataAbsentReason()) + " is neither not-performed (missed) nor asked-declined (refused)");
            return Optional.empty();
        }
        for (CodeableConcept cc : o.getInterpretation()) {
            for (Coding c : cc.getCoding()) {
                if (Terminology.CS_SPECIMEN_STATUS.equals(c.getSystem())) {
                    Optional<SpecimenStatus> s = c.getCode() == null ? Optional.empty()
                            : Terminology.parse(SpecimenStatus.class, c.getCode());
                    if (s.isEmpty()) {
                        ctx.report(FhirRules.UNMAPPED_CODE, o, "interpretation", "Observation specimen status \""
                                + c.getCode() + "\" is not one of valid, dilute, adulterated, invalid");
                    }
                    return s;
                }
            }
        }
        return Optional.of(SpecimenStatus.VALID);
    }

    private Optional<Specimen> specimen(Observation o, boolean impliedUrine) {
        if (!o.hasSpecimen()) {
            if (impliedUrine) {
                return Optional.of(Specimen.URINE);
            }
            ctx.report(FhirRules.MISSING_ELEMENT, o, "specimen", "Observation names no specimen and its codes do not"
                    + " imply urine");
            return Optional.empty();
        }
        Optional<Resource> target = ctx.resolve(o, o.getSpecimen());
        if (target.isEmpty() || !(target.get() instanceof org.hl7.fhir.r4.model.Specimen s)) {
            ctx.report(FhirRules.UNRESOLVED_REFERENCE, o, "specimen", "Observation specimen reference "
                    + (o.getSpecimen().hasReference() ? "\"" + o.getSpecimen().getReference() + "\"" : "(no reference)")
                    + " does not resolve to a Specimen in the input or contained");
            return Optional.empty();
        }
        ctx.mapped(s);
        CodeableConcept type = s.getType();
        for (Coding c : type.getCoding()) {
            if (Terminology.CS_SPECIMEN.equals(c.getSystem()) && c.getCode() != null) {
                Optional<Specimen> sp = Terminology.specimen(c.getCode());
                if (sp.isPresent()) {
                    return sp;
                }
            }
        }
        String text = (type.getText() + " " + type.getCoding().stream().map(Coding::getDisplay)
                .filter(Objects::nonNull).reduce("", (a, b) -> a + " " + b)).toLowerCase(Locale.ROOT);
        if (text.contains("urine")) {
            return Optional.of(Specimen.URINE);
        }
        if (text.contains("oral fluid") || text.contains("saliva")) {
            return Optional.of(Specimen.ORAL_FLUID);
        }
        if (text.contains("breath")) {
            return Optional.of(Specimen.BREATH);
        }
        ctx.report(FhirRules.UNMAPPED_CODE, o, "specimen", "Specimen type " + codes(type)
                + " is not urine, oral fluid or breath");
        return Optional.empty();
    }

    private void single(Observation o, Analyte analyte) {
        Optional<Instant> at = effective(o);
        Optional<SpecimenStatus> status = specimenStatus(o);
        Optional<Specimen> specimen = specimen(o, loincOnly(o.getCode()));
        if (at.isEmpty() || status.isEmpty() || specimen.isEmpty()) {
            return;
        }
        TestKey key = new TestKey(specimen.get(), at.get(), status.get());
        TestSlot slot = grouped.computeIfAbsent(key, k -> {
            TestSlot s = new TestSlot(k);
            tests.add(s);
            return s;
        });
        if (status.get() == SpecimenStatus.MISSED || status.get() == SpecimenStatus.REFUSED) {
            slot.sources.add(o);
            ctx.mapped(o);
            return;
        }
        Optional<AnalyteResult> result = result(o, "", analyte, o.getValue(), o.getInterpretation());
        if (result.isEmpty()) {
            return;
        }
        if (slot.results.containsKey(analyte)) {
            ctx.report(FhirRules.CONFLICTING_RESOURCES, o, "code", "Observation repeats the " + analyte.code()
                    + " result of a specimen collected at " + at.get() + " that an earlier Observation gave");
            return;
        }
        slot.results.put(analyte, result.get());
        slot.sources.add(o);
        ctx.mapped(o);
    }

    private void panel(Observation o) {
        Optional<Instant> at = effective(o);
        Optional<SpecimenStatus> status = specimenStatus(o);
        boolean allLoinc = o.getComponent().stream().allMatch(c -> loincOnly(c.getCode()));
        Optional<Specimen> specimen = specimen(o, allLoinc && o.hasComponent());
        if (at.isEmpty() || status.isEmpty() || specimen.isEmpty()) {
            return;
        }
        TestSlot slot = new TestSlot(new TestKey(specimen.get(), at.get(), status.get()));
        boolean noResults = status.get() == SpecimenStatus.MISSED || status.get() == SpecimenStatus.REFUSED;
        if (noResults && o.hasComponent()) {
            ctx.report(FhirRules.INVALID_VALUE, o, "component", "Observation of a " + Terminology.code(status.get())
                    + " specimen has results; a missed or refused specimen has none");
            return;
        }
        for (int i = 0; i < o.getComponent().size(); i++) {
            Observation.ObservationComponentComponent c = o.getComponent().get(i);
            String element = "component[" + i + "]";
            Optional<Analyte> analyte = analyte(c.getCode());
            if (analyte.isEmpty()) {
                ctx.report(FhirRules.UNMAPPED_CODE, o, element + ".code", "Drug test component code "
                        + codes(c.getCode()) + " is not an analyte of the mapping tables");
                continue;
            }
            if (slot.results.containsKey(analyte.get())) {
                ctx.report(FhirRules.CONFLICTING_RESOURCES, o, element + ".code", "Drug test repeats the "
                        + analyte.get().code() + " result; the first is kept");
                continue;
            }
            result(o, element + ".", analyte.get(), c.getValue(), c.getInterpretation())
                    .ifPresent(r -> slot.results.put(r.analyte(), r));
        }
        if (!noResults && slot.results.isEmpty()) {
            ctx.report(FhirRules.MISSING_ELEMENT, o, "component", "Drug test Observation has no analyte result the"
                    + " mapping can read");
            return;
        }
        slot.sources.add(o);
        tests.add(slot);
        ctx.mapped(o);
    }

    private Optional<AnalyteResult> result(Observation o, String prefix, Analyte analyte, Type value,
            List<CodeableConcept> interpretation) {
        Outcome fromValue = null;
        BigDecimal concentration = null;
        String valuePath = prefix + "value[x]";
        if (value instanceof CodeableConcept cc) {
            fromValue = outcome(cc);
            valuePath = prefix + "valueCodeableConcept";
            if (fromValue == null) {
                ctx.report(FhirRules.UNMAPPED_CODE, o, valuePath, analyte.code() + " result " + codes(cc)
                        + " is not positive, negative or indeterminate");
                return Optional.empty();
            }
        } else if (value instanceof org.hl7.fhir.r4.model.StringType s) {
            fromValue = outcomeOfText(s.getValue());
            valuePath = prefix + "valueString";
            if (fromValue == null) {
                ctx.report(FhirRules.UNMAPPED_CODE, o, valuePath, analyte.code() + " result \"" + s.getValue()
                        + "\" is not positive, negative or indeterminate");
                return Optional.empty();
            }
        } else if (value instanceof Quantity q) {
            valuePath = prefix + "valueQuantity";
            String unit = (q.hasCode() ? q.getCode() : q.hasUnit() ? q.getUnit() : "").toLowerCase(Locale.ROOT);
            if (!"ng/ml".equals(unit) || !q.hasValue()) {
                ctx.report(FhirRules.UNSUPPORTED_UNIT, o, valuePath, analyte.code() + " concentration "
                        + (q.hasValue() ? q.getValue().toPlainString() : "(no value)") + " \"" + unit + "\" is not in"
                        + " ng/mL");
                return Optional.empty();
            }
            concentration = q.getValue();
        } else if (value != null) {
            ctx.report(FhirRules.UNMAPPED_CODE, o, valuePath, analyte.code() + " result of type " + value.fhirType()
                    + " is not read; use valueCodeableConcept, valueString or valueQuantity in ng/mL");
            return Optional.empty();
        }
        Outcome fromInterpretation = null;
        for (CodeableConcept cc : interpretation) {
            Outcome i = outcome(cc);
            if (i != null) {
                fromInterpretation = i;
            }
        }
        if (fromValue != null && fromInterpretation != null && fromValue != fromInterpretation) {
            ctx.report(FhirRules.CONFLICTING_RESOURCES, o, prefix + "interpretation", analyte.code() + " result is "
                    + fromValue + " but its interpretation says " + fromInterpretation);
            return Optional.empty();
        }
        Outcome outcome = fromValue != null ? fromValue : fromInterpretation;
        if (outcome == null) {
            ctx.report(FhirRules.MISSING_ELEMENT, o, valuePath, analyte.code() + " result states neither positive nor"
                    + " negative (value or interpretation)");
            return Optional.empty();
        }
        try {
            return Optional.of(concentration == null ? AnalyteResult.of(analyte, outcome)
                    : AnalyteResult.of(analyte, outcome, concentration));
        } catch (InvalidValueException e) {
            ctx.invalid(o, valuePath, e);
            return Optional.empty();
        }
    }

    /** POS/NEG/IND (v3), SNOMED 10828004/260385009, LOINC answers LA6576-8/LA6577-6, or their text. */
    static Outcome outcome(CodeableConcept cc) {
        for (Coding c : cc.getCoding()) {
            String code = c.getCode();
            if (code == null) {
                continue;
            }
            if (Terminology.V3_INTERPRETATION.equals(c.getSystem())) {
                switch (code) {
                    case "POS":
                    case "DET":
                        return Outcome.POSITIVE;
                    case "NEG":
                    case "ND":
                        return Outcome.NEGATIVE;
                    case "IND":
                        return Outcome.INVALID;
                    default:
                        break;
                }
            } else if (Terminology.SNOMED.equals(c.getSystem())) {
                if ("10828004".equals(code)) {
                    return Outcome.POSITIVE;
                }
                if ("260385009".equals(code)) {
                    return Outcome.NEGATIVE;
                }
            } else if (Terminology.LOINC.equals(c.getSystem())) {
                if ("LA6576-8".equals(code)) {
                    return Outcome.POSITIVE;
                }
                if ("LA6577-6".equals(code)) {
                    return Outcome.NEGATIVE;
                }
            }
        }
        return cc.hasText() ? outcomeOfText(cc.getText()) : null;
    }

    private static Outcome outcomeOfText(String text) {
        if (text == null) {
            return null;
        }
        switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "positive":
            case "detected":
                return Outcome.POSITIVE;
            case "negative":
            case "not detected":
                return Outcome.NEGATIVE;
            case "indeterminate":
            case "invalid":
                return Outcome.INVALID;
            default:
                return null;
        }
    }

    private void cows(Observation o) {
        Optional<Instant> at = effective(o);
        if (at.isEmpty()) {
            return;
        }
        Map<CowsItem, Integer> scores = new EnumMap<>(CowsItem.class);
        Integer total = o.getValue() instanceof IntegerType t ? t.getValue() : null;
        for (int i = 0; i < o.getComponent().size(); i++) {
            Observation.ObservationComponentComponent c = o.getComponent().get(i);
            String code = c.getCode().getCoding().stream().filter(x -> Terminology.CS_COWS.equals(x.getSystem()))
                    .map(Coding::getCode).filter(Objects::nonNull).findFirst().orElse(null);
            if (Terminology.COWS_TOTAL.equals(code) && c.getValue() instanceof IntegerType t) {
                total = t.getValue();
                continue;
            }
            Optional<CowsItem> item = code == null ? Optional.empty() : Terminology.parse(CowsItem.class, code);
            if (item.isEmpty()) {
                ctx.report(FhirRules.UNMAPPED_CODE, o, "component[" + i + "].code", "COWS component code "
                        + codes(c.getCode()) + " is not a COWS item");
                return;
            }
            if (!(c.getValue() instanceof IntegerType score) || score.getValue() == null) {
                ctx.report(FhirRules.MISSING_ELEMENT, o, "component[" + i + "].valueInteger", "COWS item "
                        + code + " has no integer score");
                return;
            }
            scores.put(item.get(), score.getValue());
        }
        List<String> missing = new ArrayList<>();
        for (CowsItem item : CowsItem.values()) {
            if (!scores.containsKey(item)) {
                missing.add(Terminology.cowsCode(item));
            }
        }
        if (!missing.isEmpty()) {
            ctx.report(FhirRules.MISSING_ELEMENT, o, "component", "COWS" + (total == null ? "" : " total " + total)
                    + " lacks item scores " + String.join(", ", missing) + "; the rules need all 11 items");
            return;
        }
        try {
            CowsAssessment a = new CowsAssessment(at.get(), scores);
            if (total != null && total != a.total()) {
                ctx.report(FhirRules.CONFLICTING_RESOURCES, o, "valueInteger", "COWS total " + total
                        + " is not the sum of its item scores " + a.total());
                return;
            }
            cows.add(a);
            ctx.mapped(o);
        } catch (InvalidValueException e) {
            ctx.invalid(o, "component", e);
        }
    }

    private void lastUse(Observation o) {
        OpioidKind kind = OpioidKind.UNKNOWN;
        for (Observation.ObservationComponentComponent c : o.getComponent()) {
            if (has(c.getCode(), Terminology.CS_OBSERVATION, Terminology.OBS_OPIOID_KIND)
                    && c.getValue() instanceof CodeableConcept cc) {
                String code = cc.getCoding().stream().filter(x -> Terminology.CS_OPIOID_KIND.equals(x.getSystem()))
                        .map(Coding::getCode).filter(Objects::nonNull).findFirst().orElse(null);
                Optional<OpioidKind> k = code == null ? Optional.empty() : Terminology.opioidKind(code);
                if (k.isEmpty()) {
                    ctx.report(FhirRules.UNMAPPED_CODE, o, "component.valueCodeableConcept", "Opioid kind "
                            + codes(cc) + " is not one of the aftercare opioid kinds");
                    return;
                }
                kind = k.get();
            }
        }
        if (o.getValue() instanceof org.hl7.fhir.r4.model.DateTimeType t && t.getValue() != null) {
            if (t.getPrecision().ordinal() <= ca.uhn.fhir.model.api.TemporalPrecisionEnum.DAY.ordinal()) {
                ctx.report(FhirRules.MISSING_ELEMENT, o, "valueDateTime", "Last opioid use " + t.getValueAsString()
                        + " has no time of day; mapped as a last use of unknown time");
                exposures.add(OpioidExposure.lastUseUnknown(kind));
                return;
            }
            exposures.add(OpioidExposure.lastUsed(kind, t.getValue().toInstant()));
        } else {
            exposures.add(OpioidExposure.lastUseUnknown(kind));
        }
        ctx.mapped(o);
    }

    /** Builds the drug tests in the order first seen; reports a test the domain rejects. */
    List<DrugTest> drugTests() {
        List<DrugTest> result = new ArrayList<>();
        for (TestSlot slot : tests) {
            try {
                result.add(new DrugTest(slot.key.specimen(), slot.key.at(), slot.key.status(), slot.results));
            } catch (InvalidValueException e) {
                for (Resource r : slot.sources) {
                    ctx.invalid(r, "", e);
                }
            }
        }
        return result;
    }
}
