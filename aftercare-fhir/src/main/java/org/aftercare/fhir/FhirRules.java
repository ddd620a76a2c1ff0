package org.aftercare.fhir;

import static org.aftercare.Severity.INFO;
import static org.aftercare.Severity.WARNING;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.aftercare.Citation;
import org.aftercare.RuleDescriptor;
import org.aftercare.Severity;
import org.aftercare.VerificationStatus;

/**
 * The catalog of FHIR mapping findings, such as {@link #UNMAPPED_CODE} for an Observation whose LOINC code is not in
 * the mapping tables. These codes are reported by {@link FhirMapper#toRequest(FhirInput)} next to the request; they
 * are not rule outcomes of aftercare-core, so they live in this catalog and not in core's {@code RuleCatalog}.
 *
 * <pre>{@code
 * Optional<RuleDescriptor> d = FhirRules.find("fhir.unmapped-code");
 * }</pre>
 *
 * @since 0.1.0
 */
public final class FhirRules {
    /** The R4 specification, the source of every element path a finding names. */
    static final String R4 = "4.0.1 (R4)";
    /** This module's mapping tables. */
    public static final Citation MAPPING_TABLES = Citation.local("aftercare FHIR mapping", "docs/fhir-mapping.md",
            "0.1.0");

    /** A resource of a type the mapping does not read (such as Encounter); it is not evaluated. */
    public static final RuleDescriptor UNSUPPORTED_RESOURCE = RuleDescriptor.of("fhir.unsupported-resource",
            "A resource of a type the mapping does not read; it is not evaluated.",
            INFO, List.of(spec("FHIR R4 resource list", "resourcelist.html"), MAPPING_TABLES), WARNING);
    /** A code (medication, observation, condition, modality, level) not in the mapping tables. */
    public static final RuleDescriptor UNMAPPED_CODE = RuleDescriptor.of("fhir.unmapped-code",
            "No coding of the element is in the mapping tables (RxNorm, LOINC, ICD-10-CM or the aftercare code"
                    + " systems); the resource is not evaluated.",
            WARNING, List.of(MAPPING_TABLES, spec("FHIR R4 Terminologies: using codes", "terminologies.html")), INFO);
    /** An element the mapping needs (a dose, a time, a period) is absent. */
    public static final RuleDescriptor MISSING_ELEMENT = RuleDescriptor.of("fhir.missing-element",
            "An element the mapping needs (such as a dose, a time or a period) is absent; the resource, or that part of"
                    + " it, is not evaluated.",
            WARNING, List.of(MAPPING_TABLES, spec("FHIR R4 Data types", "datatypes.html")));
    /** The codings of a medication do not settle which formulation it is. */
    public static final RuleDescriptor AMBIGUOUS_MEDICATION = RuleDescriptor.of("fhir.ambiguous-medication",
            "The medication's codings, dose form and route do not settle which formulation it is (or name two"
                    + " medications); the order is not evaluated.",
            WARNING, List.of(MAPPING_TABLES, spec("FHIR R4 Medication", "medication.html")));
    /** A quantity in a unit the mapping cannot convert (such as tablets or mL for a dose). */
    public static final RuleDescriptor UNSUPPORTED_UNIT = RuleDescriptor.of("fhir.unsupported-unit",
            "A quantity is in a unit the mapping cannot convert (a dose in tablets or mL, a supply in months);"
                    + " the value is not evaluated.",
            WARNING, List.of(MAPPING_TABLES, spec("FHIR R4 Quantity", "datatypes.html#Quantity")));
    /** A reference that does not resolve to a resource in the input or a contained resource. */
    public static final RuleDescriptor UNRESOLVED_REFERENCE = RuleDescriptor.of("fhir.unresolved-reference",
            "A reference does not resolve to a resource of the input or a contained resource; what it names is not"
                    + " evaluated.",
            WARNING, List.of(spec("FHIR R4 References", "references.html"), MAPPING_TABLES));
    /** A value the aftercare domain rejects (an end before its start, a score no COWS item allows). */
    public static final RuleDescriptor INVALID_VALUE = RuleDescriptor.of("fhir.invalid-value",
            "A value the aftercare domain types reject (such as an end before its start or a score no COWS item"
                    + " allows); the resource is not evaluated.",
            WARNING, List.of(MAPPING_TABLES));
    /** A resource whose status says it is not in effect (cancelled, entered in error). */
    public static final RuleDescriptor NOT_IN_EFFECT = RuleDescriptor.of("fhir.not-in-effect",
            "A resource whose status says it is not in effect (such as cancelled or entered-in-error); it is not"
                    + " evaluated.",
            INFO, List.of(spec("FHIR R4 Workflow: request status", "request.html"), MAPPING_TABLES));
    /** Resources that contradict each other (two CarePlans, two results for one analyte of one specimen). */
    public static final RuleDescriptor CONFLICTING_RESOURCES = RuleDescriptor.of("fhir.conflicting-resources",
            "Resources contradict each other (such as two active CarePlans, or two results for one analyte of one"
                    + " specimen); the later one is not evaluated.",
            WARNING, List.of(MAPPING_TABLES));
    /** A dose or take-home request of a medication no order in the input starts. */
    public static final RuleDescriptor DOSE_WITHOUT_ORDER = RuleDescriptor.of("fhir.dose-without-order",
            "A dose (MedicationAdministration or MedicationDispense) of a medication no MedicationRequest in the input"
                    + " orders; it cannot be placed in a regimen and is not evaluated.",
            WARNING, List.of(MAPPING_TABLES, spec("FHIR R4 MedicationAdministration", "medicationadministration.html")));
    /** A value the mapping inferred because the input did not state it (such as the phase of an order). */
    public static final RuleDescriptor INFERRED_VALUE = RuleDescriptor.of("fhir.inferred-value",
            "A value the input does not state was inferred as documented (such as an order without a regimen phase"
                    + " taken as an induction when no earlier order of that medication exists).",
            INFO, List.of(MAPPING_TABLES));
    /** Nothing in the input could be evaluated. */
    public static final RuleDescriptor NOTHING_TO_EVALUATE = RuleDescriptor.of("fhir.nothing-to-evaluate",
            "No resource of the input mapped to a plan or a medication record; the request holds an empty medication"
                    + " record.",
            WARNING, List.of(MAPPING_TABLES));
    /** A resource that was read but is not used (a Medication no order refers to). */
    public static final RuleDescriptor UNUSED_RESOURCE = RuleDescriptor.of("fhir.unused-resource",
            "A resource of a supported type that nothing else in the input uses (such as a Medication no order refers"
                    + " to); it is not evaluated on its own.",
            INFO, List.of(MAPPING_TABLES));

    private static final List<RuleDescriptor> ALL = RuleDescriptor.declaredIn(FhirRules.class);

    private FhirRules() {
    }

    /**
     * Returns every FHIR mapping descriptor, in declaration order.
     *
     * @return the descriptors, not null
     */
    public static List<RuleDescriptor> all() {
        return ALL;
    }

    /**
     * Finds the descriptor of a code.
     *
     * @param code  the finding code, such as {@code "fhir.missing-element"}, not null
     * @return the descriptor, empty if the code is not a FHIR mapping code
     */
    public static Optional<RuleDescriptor> find(String code) {
        Objects.requireNonNull(code, "code");
        return ALL.stream().filter(d -> d.code().equals(code)).findFirst();
    }

    /**
     * Returns the catalog as a Markdown table (the one docs/fhir-mapping.md shows).
     *
     * @return the table, not null
     */
    public static String toMarkdownTable() {
        StringBuilder sb = new StringBuilder("| Code | Severity | Meaning | Sources |\n|---|---|---|---|\n");
        for (RuleDescriptor d : ALL) {
            sb.append("| `").append(d.code()).append("` | ")
                    .append(d.severities().stream().map(Severity::name).collect(Collectors.joining(", ")))
                    .append(" | ").append(d.meaning().replace("|", "\\|")).append(" | ")
                    .append(d.sources().stream().map(Citation::toString).map(s -> s.replace("|", "\\|"))
                            .collect(Collectors.joining("; ")))
                    .append(" |\n");
        }
        return sb.toString();
    }

    /** The R4 specification page of a resource or topic: the pages exist and define the elements cited. */
    static Citation spec(String document, String page) {
        return Citation.of(document, "https://hl7.org/fhir/R4/" + page, R4, VerificationStatus.VERIFIED);
    }

    /**
     * Returns the specification page of a resource type, for the citation of a finding about it.
     *
     * @param resourceType  the resource type, such as {@code "MedicationRequest"}, not null
     * @return the citation, not null
     */
    static Citation specOf(String resourceType) {
        return spec("FHIR R4 " + resourceType, resourceType.toLowerCase(java.util.Locale.ROOT) + ".html");
    }
}
