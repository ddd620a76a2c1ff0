package org.aftercare.jackson.internal;

import static org.aftercare.jackson.internal.Reads.code;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aftercare.Answer;
import org.aftercare.AppliedThreshold;
import org.aftercare.Citation;
import org.aftercare.EffectivePeriod;
import org.aftercare.Finding;
import org.aftercare.InvalidValueException;
import org.aftercare.MoudEngagement;
import org.aftercare.MoudStatus;
import org.aftercare.OudMedication;
import org.aftercare.PatientContext;
import org.aftercare.Policy;
import org.aftercare.PolicyKey;
import org.aftercare.PolicyLayer;
import org.aftercare.SupportNeed;
import org.aftercare.Threshold;
import org.aftercare.care.CarePolicies;
import org.aftercare.evaluation.StandardPolicies;

/**
 * The kernel's wire shapes: patient context, MOUD status, citations, policies with overrides, findings and applied
 * thresholds.
 */
final class KernelJson {
    /** Every key a request may override, by name. Domains contribute theirs (care today; medication later). */
    static final Map<String, OverrideKey<?>> OVERRIDE_KEYS = overrideKeys();

    private KernelJson() {
    }

    private static Map<String, OverrideKey<?>> overrideKeys() {
        Map<String, OverrideKey<?>> m = new LinkedHashMap<>();
        for (OverrideKey<?> k : CareJson.overrideKeys()) {
            m.put(k.key().name(), k);
        }
        for (OverrideKey<?> k : MedicationJson.overrideKeys()) {
            if (m.put(k.key().name(), k) != null) {
                throw new IllegalStateException("duplicate override key " + k.key().name());
            }
        }
        return Map.copyOf(m);
    }

    // ---- patient ----

    private static final Read<Integer> AGE_YEARS = Reads.integer(0, PatientContext.MAX_AGE_YEARS);

    static PatientContext patient(Object node, Pointer pointer, Problems problems) {
        Obj o = Obj.of(node, pointer, problems);
        if (o == null) {
            return null;
        }
        int mark = problems.mark();
        Integer age = o.optional("ageYears", AGE_YEARS, null);
        Answer oud = o.optional("opioidUseDisorder", Reads.enumCode(Answer.class), Answer.UNKNOWN);
        Answer stimulant = o.optional("stimulantUseDisorder", Reads.enumCode(Answer.class), Answer.UNKNOWN);
        Answer coOccurring = o.optional("coOccurringMentalHealthDisorder", Reads.enumCode(Answer.class), Answer.UNKNOWN);
        Answer pregnant = o.optional("pregnant", Reads.enumCode(Answer.class), Answer.UNKNOWN);
        Set<SupportNeed> needs = o.optional("needs", Reads.enumSet(SupportNeed.class), Set.of());
        return o.build(mark, () -> {
            PatientContext.Builder b = PatientContext.builder().opioidUseDisorder(oud).stimulantUseDisorder(stimulant)
                    .coOccurringMentalHealthDisorder(coOccurring).pregnant(pregnant).needs(needs);
            if (age != null) {
                b.ageYears(age);
            }
            return b.build();
        });
    }

    static void writePatient(JsonGenerator g, PatientContext p) throws IOException {
        g.writeStartObject();
        if (p.ageYears().isPresent()) {
            g.writeNumberField("ageYears", p.ageYears().getAsInt());
        }
        g.writeStringField("opioidUseDisorder", code(p.opioidUseDisorder()));
        g.writeStringField("stimulantUseDisorder", code(p.stimulantUseDisorder()));
        g.writeStringField("coOccurringMentalHealthDisorder", code(p.coOccurringMentalHealthDisorder()));
        g.writeStringField("pregnant", code(p.pregnant()));
        writeCodes(g, "needs", p.needs());
        g.writeEndObject();
    }

    static void writeCodes(JsonGenerator g, String name, Iterable<? extends Enum<?>> codes) throws IOException {
        g.writeArrayFieldStart(name);
        for (Enum<?> c : codes) {
            g.writeString(code(c));
        }
        g.writeEndArray();
    }

    // ---- MOUD ----

    static MoudStatus moud(Object node, Pointer pointer, Problems problems) {
        Obj o = Obj.of(node, pointer, problems);
        if (o == null) {
            return null;
        }
        int mark = problems.mark();
        MoudEngagement engagement = o.required("engagement", Reads.enumCode(MoudEngagement.class));
        Set<OudMedication> medications = o.optional("medications", Reads.enumSet(OudMedication.class), Set.of());
        return o.build(mark, () -> new MoudStatus(engagement, medications));
    }

    static void writeMoud(JsonGenerator g, MoudStatus m) throws IOException {
        g.writeStartObject();
        g.writeStringField("engagement", code(m.engagement()));
        writeCodes(g, "medications", m.medications());
        g.writeEndObject();
    }

    // ---- citations ----

    static Citation citation(Object node, Pointer pointer, Problems problems) {
        Obj o = Obj.of(node, pointer, problems);
        if (o == null) {
            return null;
        }
        int mark = problems.mark();
        String document = o.required("document", Reads.string());
        String section = o.optional("section", Reads.string(), "");
        String edition = o.required("edition", Reads.string());
        org.aftercare.VerificationStatus status = o.required("status",
                Reads.enumCode(org.aftercare.VerificationStatus.class));
        return o.build(mark, () -> Citation.of(document, section, edition, status));
    }

    static void writeCitation(JsonGenerator g, Citation c) throws IOException {
        if (Wire.isCompact(g)) {
            // the same few citations are written in nearly every report: their compact text is written once
            String text = COMPACT_CITATIONS.get(c);
            if (text == null) {
                text = Wire.compact(one -> writeCitationMembers(one, c));
                if (COMPACT_CITATIONS.size() < MAX_COMPACT_CITATIONS) {
                    COMPACT_CITATIONS.put(c, text);
                }
            }
            g.writeRawValue(text);
            return;
        }
        writeCitationMembers(g, c);
    }

    /** At most this many citations' compact text is kept (policies cite a few dozen sources). */
    private static final int MAX_COMPACT_CITATIONS = 4096;
    private static final Map<Citation, String> COMPACT_CITATIONS = new java.util.concurrent.ConcurrentHashMap<>();

    private static void writeCitationMembers(JsonGenerator g, Citation c) throws IOException {
        g.writeStartObject();
        g.writeStringField("document", c.document());
        g.writeStringField("section", c.section());
        g.writeStringField("edition", c.edition());
        g.writeStringField("status", code(c.status()));
        g.writeEndObject();
    }

    static void writeCitations(JsonGenerator g, List<Citation> citations) throws IOException {
        g.writeArrayFieldStart("citations");
        for (Citation c : citations) {
            writeCitation(g, c);
        }
        g.writeEndArray();
    }

    // ---- policy ----

    static Policy policy(Object node, Pointer pointer, Problems problems) {
        Obj o = Obj.of(node, pointer, problems);
        if (o == null) {
            return null;
        }
        int mark = problems.mark();
        String name = o.required("name", code("policy name", n -> {
            if (!n.equals(StandardPolicies.US_DEFAULT)) {
                throw new InvalidValueException("policy.name", "be one of " + List.of(StandardPolicies.US_DEFAULT),
                        "\"" + n + "\"");
            }
            return n;
        }));
        List<PolicyLayer> overlays = o.optional("layers", Reads.list(code("layer name",
                n -> StandardPolicies.overlay(n).orElseThrow(() -> new InvalidValueException("policy.layers",
                        "name a known layer, one of " + StandardPolicies.overlayNames(), "\"" + n + "\"")))),
                List.of());
        PolicyLayer overrides = o.optional("overrides", KernelJson::overrides, null);
        return o.build(mark, () -> {
            // the standard stacks are shared instances (each caches what it resolved); a clinic's overrides are not
            Policy p = StandardPolicies.named(name, overlays.stream().map(PolicyLayer::name).toList());
            return overrides == null ? p : p.withLayer(overrides);
        });
    }

    private static PolicyLayer overrides(Object node, Pointer pointer, Problems problems) {
        Obj o = Obj.of(node, pointer, problems);
        if (o == null) {
            return null;
        }
        int mark = problems.mark();
        String layer = o.required("layer", Reads.nonBlank());
        String description = o.required("description", Reads.nonBlank());
        List<Threshold<?>> thresholds = o.required("thresholds", Reads.list(KernelJson::threshold));
        Boolean named = o.build(mark, () -> {
            if (layer.equals(CarePolicies.EVIDENCE_DEFAULTS) || StandardPolicies.overlay(layer).isPresent()) {
                throw new InvalidValueException("overrides.layer", "not be the name of a standard layer",
                        "\"" + layer + "\"");
            }
            return Boolean.TRUE;
        });
        if (named == null) {
            return null;
        }
        PolicyLayer.Builder b = PolicyLayer.builder(layer, description);
        boolean ok = true;
        for (int i = 0; i < thresholds.size(); i++) {
            try {
                set(b, thresholds.get(i));
            } catch (InvalidValueException e) {
                Pointer at = pointer.child("thresholds").child(i);
                problems.add(at, "json.invalid-value", e.getMessage());
                ok = false;
            }
        }
        return ok ? b.build() : null;
    }

    private static <T> void set(PolicyLayer.Builder b, Threshold<T> t) {
        b.set(t.key(), t.value(), t.citation(), t.period());
    }

    private static Threshold<?> threshold(Object node, Pointer pointer, Problems problems) {
        Obj o = Obj.of(node, pointer, problems);
        if (o == null) {
            return null;
        }
        int mark = problems.mark();
        OverrideKey<?> key = o.required("key", code("policy key", k -> {
            OverrideKey<?> found = OVERRIDE_KEYS.get(k);
            if (found == null) {
                throw new InvalidValueException("threshold.key", "name a policy key a request may override, such as "
                        + "care.continuing-care.minimum-duration", "\"" + k + "\"");
            }
            return found;
        }));
        Object value = key == null ? o.optional("value", (n, p, pr) -> Boolean.TRUE, null)
                : o.required("value", key.read());
        Citation citation = o.required("citation", KernelJson::citation);
        java.time.LocalDate from = o.optional("from", Reads.date(), null);
        java.time.LocalDate until = o.optional("until", Reads.date(), null);
        return o.build(mark, () -> threshold(key.key(), value, citation, new EffectivePeriod(from, until)));
    }

    private static <T> Threshold<T> threshold(PolicyKey<T> key, Object value, Citation citation, EffectivePeriod period) {
        return new Threshold<>(key, key.cast(value), citation, period);
    }

    /**
     * Writes a policy in its wire shape: the standard base, named overlays, and at most one overrides layer on top.
     *
     * @throws IllegalArgumentException if the policy cannot be expressed on the wire
     */
    static void writePolicy(JsonGenerator g, Policy policy) throws IOException {
        // The base is whatever us-default stacks (its layer instances are shared), so this stays right when a domain
        // adds a base layer; everything above it must be a standard overlay or one overrides layer on top.
        List<PolicyLayer> base = StandardPolicies.usDefault().layers();
        List<PolicyLayer> layers = policy.layers();
        boolean onBase = layers.size() >= base.size();
        for (int i = 0; onBase && i < base.size(); i++) {
            onBase = layers.get(i) == base.get(i);
        }
        StringBuilder composed = new StringBuilder(StandardPolicies.US_DEFAULT);
        layers.subList(Math.min(base.size(), layers.size()), layers.size())
                .forEach(l -> composed.append('+').append(l.name()));
        if (!onBase || !policy.name().equals(composed.toString())) {
            throw new IllegalArgumentException("only policies built on " + StandardPolicies.US_DEFAULT
                    + " can be encoded: " + policy);
        }
        List<String> overlays = new ArrayList<>();
        PolicyLayer overrides = null;
        for (int i = base.size(); i < layers.size(); i++) {
            PolicyLayer layer = layers.get(i);
            if (StandardPolicies.overlay(layer.name()).filter(layer::equals).isPresent() && overrides == null) {
                overlays.add(layer.name());
            } else if (overrides == null && i == layers.size() - 1) {
                overrides = layer;
            } else {
                throw new IllegalArgumentException("only standard overlays and one overrides layer on top can be encoded: "
                        + policy);
            }
        }
        g.writeStartObject();
        g.writeStringField("name", StandardPolicies.US_DEFAULT);
        g.writeArrayFieldStart("layers");
        for (String name : overlays) {
            g.writeString(name);
        }
        g.writeEndArray();
        if (overrides != null) {
            writeOverrides(g, overrides);
        }
        g.writeEndObject();
    }

    private static void writeOverrides(JsonGenerator g, PolicyLayer layer) throws IOException {
        g.writeObjectFieldStart("overrides");
        g.writeStringField("layer", layer.name());
        g.writeStringField("description", layer.description());
        g.writeArrayFieldStart("thresholds");
        for (Threshold<?> t : layer.thresholds()) {
            OverrideKey<?> key = OVERRIDE_KEYS.get(t.key().name());
            if (key == null || !key.key().equals(t.key())) {
                throw new IllegalArgumentException("the policy key " + t.key().name() + " cannot be overridden on the wire");
            }
            g.writeStartObject();
            g.writeStringField("key", t.key().name());
            g.writeFieldName("value");
            key.writeValue(g, t.value());
            g.writeFieldName("citation");
            writeCitation(g, t.citation());
            writePeriodMembers(g, t.period());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    static void writePeriodMembers(JsonGenerator g, EffectivePeriod period) throws IOException {
        if (period.from() != null) {
            g.writeStringField("from", period.from().toString());
        }
        if (period.until() != null) {
            g.writeStringField("until", period.until().toString());
        }
    }

    // ---- report parts ----

    static void writeFinding(JsonGenerator g, Finding f) throws IOException {
        g.writeStartObject();
        g.writeStringField("code", f.code());
        g.writeStringField("severity", code(f.severity()));
        g.writeStringField("message", f.message());
        g.writeStringField("path", f.path());
        writeCitations(g, f.citations());
        g.writeEndObject();
    }

    static void writeAppliedThreshold(JsonGenerator g, AppliedThreshold a) throws IOException {
        g.writeStartObject();
        g.writeStringField("key", a.key());
        g.writeStringField("value", a.value());
        g.writeStringField("layer", a.layer());
        writePeriodMembers(g, a.period());
        g.writeFieldName("citation");
        writeCitation(g, a.citation());
        g.writeEndObject();
    }
}
