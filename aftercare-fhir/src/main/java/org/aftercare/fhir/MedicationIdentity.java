package org.aftercare.fhir;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.aftercare.OudMedication;
import org.aftercare.medication.Adjunct;
import org.aftercare.medication.Formulation;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Timing;
import org.hl7.fhir.r4.model.Type;

/**
 * What a medication element names: an OUD formulation or a withdrawal adjunct. Resolved from the codings (aftercare
 * formulation/adjunct codes, RxNorm ingredients), the dose form and route, and brand names in the text (Zubsolv,
 * Sublocade, Brixadi, Vivitrol), as docs/fhir-mapping.md describes; anything else is a finding.
 *
 * @param formulation  the formulation, or null for an adjunct
 * @param adjunct  the adjunct, or null for a formulation
 */
record MedicationIdentity(Formulation formulation, Adjunct adjunct) {

    boolean isAdjunct() {
        return adjunct != null;
    }

    /**
     * Resolves the medication of a request, administration or dispense; reports and returns empty when it cannot.
     *
     * @param ctx  the mapping, not null
     * @param owner  the resource, not null
     * @param medication  its medication[x], possibly null
     * @param route  the route of its (first) dosage, possibly null
     * @param timing  the timing of its (first) dosage, possibly null
     */
    static Optional<MedicationIdentity> resolve(MappingContext ctx, Resource owner, Type medication, CodeableConcept route,
            Timing timing) {
        List<Coding> codings = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        String element;
        if (medication instanceof CodeableConcept cc) {
            element = "medicationCodeableConcept";
            add(cc, codings, text);
        } else if (medication instanceof Reference ref) {
            element = "medicationReference";
            Optional<Resource> target = ctx.resolve(owner, ref);
            if (target.isEmpty() || !(target.get() instanceof Medication med)) {
                ctx.report(FhirRules.UNRESOLVED_REFERENCE, owner, element, owner.fhirType() + " medication reference "
                        + describe(ref) + " does not resolve to a Medication in the input or contained");
                return Optional.empty();
            }
            ctx.mapped(med);
            add(med.getCode(), codings, text);
            add(med.getForm(), codings, text);
            for (Medication.MedicationIngredientComponent ing : med.getIngredient()) {
                if (ing.getItem() instanceof CodeableConcept icc) {
                    add(icc, codings, text);
                }
            }
        } else {
            ctx.report(FhirRules.MISSING_ELEMENT, owner, "medication[x]", owner.fhirType() + " names no medication");
            return Optional.empty();
        }
        Set<String> routes = new LinkedHashSet<>();
        if (route != null) {
            route.getCoding().forEach(c -> {
                if (Terminology.SNOMED.equals(c.getSystem()) && c.hasCode()) {
                    routes.add(c.getCode());
                }
            });
            add(route, new ArrayList<>(), text);
        }
        return identify(ctx, owner, element, codings, text.toString().toLowerCase(Locale.ROOT), routes, timing);
    }

    private static String describe(Reference ref) {
        return ref.hasReference() ? "\"" + ref.getReference() + "\"" : "(no reference)";
    }

    private static void add(CodeableConcept cc, List<Coding> codings, StringBuilder text) {
        if (cc == null) {
            return;
        }
        if (cc.hasText()) {
            text.append(' ').append(cc.getText());
        }
        for (Coding c : cc.getCoding()) {
            codings.add(c);
            if (c.hasDisplay()) {
                text.append(' ').append(c.getDisplay());
            }
        }
    }

    private static Optional<MedicationIdentity> identify(MappingContext ctx, Resource owner, String element,
            List<Coding> codings, String text, Set<String> routes, Timing timing) {
        Set<Formulation> local = EnumSet.noneOf(Formulation.class);
        Set<Adjunct> adjuncts = EnumSet.noneOf(Adjunct.class);
        Set<OudMedication> ingredients = EnumSet.noneOf(OudMedication.class);
        boolean naloxone = false;
        List<String> unknown = new ArrayList<>();
        for (Coding c : codings) {
            String system = c.getSystem();
            String code = c.getCode();
            if (code == null) {
                continue;
            }
            if (Terminology.CS_FORMULATION.equals(system)) {
                Terminology.formulation(code).ifPresentOrElse(local::add, () -> unknown.add(system + "|" + code));
            } else if (Terminology.CS_ADJUNCT.equals(system)) {
                Terminology.adjunct(code).ifPresentOrElse(adjuncts::add, () -> unknown.add(system + "|" + code));
            } else if (Terminology.RXNORM.equals(system)) {
                if (Terminology.RXCUI_NALOXONE.equals(code)) {
                    naloxone = true;
                } else {
                    Terminology.medicationOfRxcui(code).ifPresentOrElse(ingredients::add,
                            () -> unknown.add("RxNorm " + code));
                }
            } else {
                unknown.add((system == null ? "(no system)" : system) + "|" + code);
            }
        }
        if (local.size() + adjuncts.size() > 1 || (!local.isEmpty() || !adjuncts.isEmpty()) && !consistent(local,
                adjuncts, ingredients)) {
            ctx.report(FhirRules.AMBIGUOUS_MEDICATION, owner, element, owner.fhirType() + " medication names "
                    + names(local, adjuncts, ingredients) + "; exactly one formulation or adjunct is needed");
            return Optional.empty();
        }
        if (!local.isEmpty()) {
            return Optional.of(new MedicationIdentity(local.iterator().next(), null));
        }
        if (!adjuncts.isEmpty()) {
            return Optional.of(new MedicationIdentity(null, adjuncts.iterator().next()));
        }
        if (ingredients.isEmpty()) {
            String what = naloxone ? "naloxone alone (RxNorm 7242), not an OUD medication the mapping reads"
                    : unknown.isEmpty() ? "no coding" : "codes " + String.join(", ", unknown);
            ctx.report(FhirRules.UNMAPPED_CODE, owner, element, owner.fhirType() + " medication has " + what
                    + "; known: RxNorm ingredients 6813 methadone, 1819 buprenorphine, 7243 naltrexone, or the"
                    + " aftercare formulation and adjunct codes");
            return Optional.empty();
        }
        if (ingredients.size() > 1) {
            ctx.report(FhirRules.AMBIGUOUS_MEDICATION, owner, element, owner.fhirType() + " medication names "
                    + ingredients.size() + " OUD medications " + ingredients + "; one is needed");
            return Optional.empty();
        }
        OudMedication med = ingredients.iterator().next();
        if (naloxone && med != OudMedication.BUPRENORPHINE) {
            ctx.report(FhirRules.AMBIGUOUS_MEDICATION, owner, element, owner.fhirType() + " medication combines "
                    + med + " with naloxone, a product the mapping does not know");
            return Optional.empty();
        }
        Optional<Formulation> f = formulation(med, naloxone, text, routes, timing);
        if (f.isEmpty()) {
            ctx.report(FhirRules.AMBIGUOUS_MEDICATION, owner, element, owner.fhirType() + " medication " + med
                    + (naloxone ? " with naloxone" : "") + " (route " + (routes.isEmpty() ? "not given" : "SNOMED "
                    + String.join(", ", routes)) + ") matches more than one formulation or none; add the aftercare"
                    + " formulation code, the dose form or the brand name");
            return Optional.empty();
        }
        return Optional.of(new MedicationIdentity(f.get(), null));
    }

    private static boolean consistent(Set<Formulation> local, Set<Adjunct> adjuncts, Set<OudMedication> ingredients) {
        if (!adjuncts.isEmpty()) {
            return ingredients.isEmpty();
        }
        return ingredients.isEmpty() || ingredients.equals(EnumSet.of(local.iterator().next().medication()));
    }

    private static String names(Set<Formulation> local, Set<Adjunct> adjuncts, Set<OudMedication> ingredients) {
        List<String> all = new ArrayList<>();
        local.forEach(f -> all.add(Terminology.code(f)));
        adjuncts.forEach(a -> all.add(Terminology.code(a)));
        ingredients.forEach(m -> all.add("RxNorm " + Terminology.rxcuiOf(m) + " " + Terminology.code(m)));
        return String.join(", ", all);
    }

    private static Optional<Formulation> formulation(OudMedication med, boolean naloxone, String text, Set<String> routes,
            Timing timing) {
        boolean sublingual = routes.contains(Terminology.ROUTE_SUBLINGUAL) || text.contains("sublingual");
        boolean subcutaneous = routes.contains(Terminology.ROUTE_SUBCUTANEOUS) || text.contains("subcutaneous");
        boolean intramuscular = routes.contains(Terminology.ROUTE_INTRAMUSCULAR) || text.contains("intramuscular");
        boolean oral = routes.contains(Terminology.ROUTE_ORAL) || text.contains("oral");
        boolean injection = subcutaneous || intramuscular || text.contains("injection") || text.contains("extended-release")
                || text.contains("extended release");
        switch (med) {
            case METHADONE: {
                boolean tablet = text.contains("tablet") || text.contains("diskets");
                boolean liquid = text.contains("solution") || text.contains("liquid") || text.contains("concentrate");
                if (tablet == liquid) {
                    return Optional.empty();
                }
                return Optional.of(tablet ? Formulation.METHADONE_TABLET : Formulation.METHADONE_ORAL_LIQUID);
            }
            case BUPRENORPHINE: {
                if (naloxone) {
                    if (injection) {
                        return Optional.empty();
                    }
                    return Optional.of(text.contains("zubsolv") ? Formulation.ZUBSOLV
                            : Formulation.BUPRENORPHINE_NALOXONE_SUBLINGUAL);
                }
                boolean sublocade = text.contains("sublocade");
                boolean brixadi = text.contains("brixadi");
                if (sublocade && !brixadi && !sublingual) {
                    return Optional.of(Formulation.SUBLOCADE_MONTHLY);
                }
                if (brixadi && !sublocade && !sublingual) {
                    boolean weekly = text.contains("weekly") || isEvery(timing, 1, Timing.UnitsOfTime.WK)
                            || isEvery(timing, 7, Timing.UnitsOfTime.D);
                    boolean monthly = text.contains("monthly") || isEvery(timing, 1, Timing.UnitsOfTime.MO)
                            || isEvery(timing, 4, Timing.UnitsOfTime.WK) || isEvery(timing, 28, Timing.UnitsOfTime.D);
                    if (weekly == monthly) {
                        return Optional.empty();
                    }
                    return Optional.of(weekly ? Formulation.BRIXADI_WEEKLY : Formulation.BRIXADI_MONTHLY);
                }
                if (sublingual && !injection && !sublocade && !brixadi) {
                    return Optional.of(Formulation.BUPRENORPHINE_SUBLINGUAL);
                }
                return Optional.empty();
            }
            case NALTREXONE: {
                boolean xr = injection || text.contains("vivitrol");
                boolean tablet = oral || text.contains("tablet");
                if (xr == tablet) {
                    return Optional.empty();
                }
                return Optional.of(xr ? Formulation.NALTREXONE_XR_INJECTION : Formulation.NALTREXONE_ORAL);
            }
            default:
                throw new AssertionError(med);
        }
    }

    private static boolean isEvery(Timing timing, int period, Timing.UnitsOfTime unit) {
        if (timing == null || !timing.hasRepeat()) {
            return false;
        }
        Timing.TimingRepeatComponent r = timing.getRepeat();
        return r.hasPeriod() && r.getPeriod().compareTo(java.math.BigDecimal.valueOf(period)) == 0
                && r.getPeriodUnit() == unit && (!r.hasFrequency() || r.getFrequency() == 1);
    }
}
