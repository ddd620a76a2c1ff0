package org.aftercare.fhir;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aftercare.Citation;
import org.aftercare.Finding;
import org.aftercare.InvalidValueException;
import org.aftercare.RuleDescriptor;
import org.aftercare.Severity;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import ca.uhn.fhir.model.api.TemporalPrecisionEnum;

/**
 * The state of one mapping: the input, the labels of its resources, the findings so far and which resources were
 * accounted for. Labels never hold the Patient's id: a Patient is labelled {@code Patient}.
 */
final class MappingContext {
    private final FhirInput input;
    private final List<Finding> findings = new ArrayList<>();
    private final Map<IBaseResource, String> labels = new IdentityHashMap<>();
    private final Map<IBaseResource, Boolean> accounted = new IdentityHashMap<>();
    private final List<Resource> all = new ArrayList<>();

    MappingContext(FhirInput input) {
        this.input = input;
        int i = 0;
        for (IBaseResource r : input.resources()) {
            label(r, i++, "");
        }
        int d = 0;
        for (Resource r : input.draftOrders()) {
            label(r, d++, "draft ");
        }
    }

    private void label(IBaseResource r, int index, String prefix) {
        String type = r.fhirType();
        String label;
        if (r instanceof Patient) {
            label = "Patient";
        } else if (r.getIdElement() != null && r.getIdElement().hasIdPart()) {
            label = type + "/" + r.getIdElement().getIdPart();
        } else {
            label = type + "/(" + prefix + "input " + index + ")";
        }
        labels.put(r, label);
        if (r instanceof Resource res) {
            all.add(res);
        }
    }

    FhirInput input() {
        return input;
    }

    ZoneId zone() {
        return input.zone();
    }

    Instant asOf() {
        return input.asOf();
    }

    LocalDate asOfDate() {
        return LocalDate.ofInstant(input.asOf(), input.zone());
    }

    /** Returns the label of a resource, such as {@code MedicationRequest/mr-1}; contained ones by their parent. */
    String label(IBaseResource r) {
        String label = labels.get(r);
        return label != null ? label : r.fhirType() + (r instanceof Patient ? "" : "/(contained)");
    }

    String path(IBaseResource r, String element) {
        return element.isEmpty() ? label(r) : label(r) + "." + element;
    }

    /** Marks a resource as mapped (it contributed to the request). */
    void mapped(IBaseResource r) {
        accounted.putIfAbsent(r, Boolean.TRUE);
    }

    boolean isMapped(IBaseResource r) {
        return Boolean.TRUE.equals(accounted.get(r));
    }

    Map<IBaseResource, Boolean> accounted() {
        return accounted;
    }

    /** Reports a finding about a resource, with the FHIR page of its type as a further citation. */
    void report(RuleDescriptor rule, Severity severity, IBaseResource r, String element, String message) {
        List<Citation> citations = new ArrayList<>(rule.sources());
        Citation page = FhirRules.specOf(r.fhirType());
        if (!citations.contains(page)) {
            citations.add(page);
        }
        findings.add(rule.finding(severity, path(r, element), message, citations));
        accounted.putIfAbsent(r, Boolean.FALSE);
    }

    void report(RuleDescriptor rule, IBaseResource r, String element, String message) {
        report(rule, rule.severities().iterator().next(), r, element, message);
    }

    /** Reports a domain type's rejection of a value. */
    void invalid(IBaseResource r, String element, InvalidValueException e) {
        report(FhirRules.INVALID_VALUE, r, element, r.fhirType() + " " + (element.isEmpty() ? "" : element + " ")
                + "maps to a value aftercare rejects: " + e.getMessage());
    }

    void reportGlobal(RuleDescriptor rule, String path, String message) {
        findings.add(rule.finding(rule.severities().iterator().next(), path, message, rule.sources()));
    }

    List<Finding> findings() {
        return findings;
    }

    /**
     * Resolves a reference from a resource: a contained resource ({@code #id}), a resource the reference carries, a
     * resource of the input by {@code Type/id}, by full URL, or by {@code urn:uuid}.
     */
    Optional<Resource> resolve(Resource from, Reference ref) {
        if (ref == null || ref.isEmpty()) {
            return Optional.empty();
        }
        if (ref.getResource() instanceof Resource r) {
            return Optional.of(r);
        }
        String value = ref.getReference();
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        if (value.startsWith("#")) {
            String id = value.substring(1);
            for (Resource c : containedOf(from)) {
                String cid = c.getIdElement().getIdPart();
                if (cid != null && (cid.equals(id) || cid.equals(value))) {
                    return Optional.of(c);
                }
            }
            return Optional.empty();
        }
        for (Resource r : all) {
            String full = r.getIdElement().getValue();
            if (value.equals(full)) {
                return Optional.of(r);
            }
        }
        org.hl7.fhir.r4.model.IdType id = new org.hl7.fhir.r4.model.IdType(value);
        if (id.hasResourceType() && id.hasIdPart()) {
            for (Resource r : all) {
                if (r.fhirType().equals(id.getResourceType()) && id.getIdPart().equals(r.getIdElement().getIdPart())) {
                    return Optional.of(r);
                }
            }
        }
        return Optional.empty();
    }

    private static List<Resource> containedOf(Resource from) {
        if (from instanceof org.hl7.fhir.r4.model.DomainResource d) {
            return d.getContained();
        }
        return List.of();
    }

    /** Returns the instant of a dateTime; a date-only value is the start of that day in the clinic's zone. */
    Optional<Instant> instant(BaseDateTimeType t) {
        if (t == null || t.getValue() == null) {
            return Optional.empty();
        }
        if (t.getPrecision().ordinal() <= TemporalPrecisionEnum.DAY.ordinal()) {
            return date(t).map(d -> d.atStartOfDay(zone()).toInstant());
        }
        return Optional.of(t.getValue().toInstant());
    }

    /** Returns the date of a date or dateTime: as written when it has no time, else the date in the clinic's zone. */
    Optional<LocalDate> date(BaseDateTimeType t) {
        if (t == null || t.getValue() == null) {
            return Optional.empty();
        }
        if (t.getPrecision().ordinal() < TemporalPrecisionEnum.DAY.ordinal()) {
            return Optional.empty();
        }
        if (t.getPrecision() == TemporalPrecisionEnum.DAY) {
            return Optional.of(LocalDate.parse(t.getValueAsString().substring(0, 10)));
        }
        return Optional.of(LocalDate.ofInstant(t.getValue().toInstant(), zone()));
    }
}
