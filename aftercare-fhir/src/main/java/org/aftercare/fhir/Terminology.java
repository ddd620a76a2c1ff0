package org.aftercare.fhir;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.aftercare.OudMedication;
import org.aftercare.medication.Adjunct;
import org.aftercare.medication.CowsItem;
import org.aftercare.medication.Formulation;
import org.aftercare.medication.OpioidKind;
import org.aftercare.screening.Analyte;
import org.aftercare.screening.Specimen;

/**
 * THE code tables of the FHIR mapping, in one reviewed place; docs/fhir-mapping.md repeats them and
 * {@code TerminologyDocsTest} keeps the two in step. Every external code names its source. Where no code could be
 * cited, the mapping uses an aftercare code system ({@link #AFTERCARE}) instead of inventing one.
 */
final class Terminology {
    // ---- code systems ----
    static final String RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm";
    static final String LOINC = "http://loinc.org";
    static final String ICD10CM = "http://hl7.org/fhir/sid/icd-10-cm";
    static final String SNOMED = "http://snomed.info/sct";
    static final String UCUM = "http://unitsofmeasure.org";
    static final String V3_INTERPRETATION = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation";
    static final String DATA_ABSENT_REASON = "http://terminology.hl7.org/CodeSystem/data-absent-reason";
    static final String CONDITION_VERIFICATION = "http://terminology.hl7.org/CodeSystem/condition-ver-status";
    static final String CONDITION_CLINICAL = "http://terminology.hl7.org/CodeSystem/condition-clinical";

    /** The aftercare code systems and extensions (documented in docs/fhir-mapping.md). */
    static final String AFTERCARE = "http://aftercare.org/fhir/";
    static final String CS_FORMULATION = AFTERCARE + "CodeSystem/formulation";
    static final String CS_ADJUNCT = AFTERCARE + "CodeSystem/adjunct";
    static final String CS_ANALYTE = AFTERCARE + "CodeSystem/analyte";
    static final String CS_SPECIMEN = AFTERCARE + "CodeSystem/specimen";
    static final String CS_SPECIMEN_STATUS = AFTERCARE + "CodeSystem/specimen-status";
    static final String CS_OBSERVATION = AFTERCARE + "CodeSystem/observation";
    static final String CS_COWS = AFTERCARE + "CodeSystem/cows";
    static final String CS_OPIOID_KIND = AFTERCARE + "CodeSystem/opioid-kind";
    static final String CS_ASAM_LEVEL = AFTERCARE + "CodeSystem/asam-level";
    static final String CS_CARE_SETTING = AFTERCARE + "CodeSystem/care-setting";
    static final String CS_MODALITY = AFTERCARE + "CodeSystem/modality";
    static final String CS_DELIVERY = AFTERCARE + "CodeSystem/delivery";
    static final String CS_SERVICE_KIND = AFTERCARE + "CodeSystem/service-kind";
    static final String CS_MOUD_ENGAGEMENT = AFTERCARE + "CodeSystem/moud-engagement";
    static final String CS_FINDING = AFTERCARE + "CodeSystem/finding";
    static final String CS_INCENTIVE_PRESET = AFTERCARE + "CodeSystem/incentive-preset";
    static final String CS_INCENTIVE_INSTRUMENT = AFTERCARE + "CodeSystem/incentive-instrument";
    static final String CS_FUNDING_POLICY = AFTERCARE + "CodeSystem/funding-policy";
    static final String EXT_REGIMEN_PHASE = AFTERCARE + "StructureDefinition/regimen-phase";
    static final String EXT_CLOSURE_DAYS = AFTERCARE + "StructureDefinition/closure-days";
    static final String EXT_STEPPING_DOWN_FROM = AFTERCARE + "StructureDefinition/stepping-down-from";
    static final String EXT_MOUD_STATUS = AFTERCARE + "StructureDefinition/moud-status";
    static final String EXT_INCENTIVE_FUNDING = AFTERCARE + "StructureDefinition/incentive-funding";
    static final String EXT_INCENTIVE_INSTRUMENT = AFTERCARE + "StructureDefinition/incentive-instrument";
    static final String EXT_INCENTIVE_SETTING = AFTERCARE + "StructureDefinition/incentive-setting";

    /** Observation codes of {@link #CS_OBSERVATION}. */
    static final String OBS_DRUG_TEST = "drug-test";
    static final String OBS_LAST_OPIOID_USE = "last-opioid-use";
    static final String OBS_OPIOID_KIND = "opioid-kind";
    /** The COWS panel code of {@link #CS_COWS}; items use {@link #cowsCode(CowsItem)}, the total {@code total}. */
    static final String COWS_PANEL = "assessment";
    static final String COWS_TOTAL = "total";
    /** Service kinds of {@link #CS_SERVICE_KIND}: the placement (level of care) and the planned services. */
    static final String SERVICE_PLACEMENT = "placement";

    // ---- RxNorm ingredients (TTY=IN). Source: the brief of issue 7, which names these four ingredient codes as
    // confirmed (NLM RxNorm, https://mor.nlm.nih.gov/RxNav/ ). No SCD/SBD code is used: none could be cited in this
    // session, so formulations are told apart by ingredient + dose form + route (see FormulationResolver). ----
    static final String RXCUI_METHADONE = "6813";
    static final String RXCUI_BUPRENORPHINE = "1819";
    static final String RXCUI_NALTREXONE = "7243";
    static final String RXCUI_NALOXONE = "7242";

    // ---- SNOMED CT routes of administration (FHIR R4 value set http://hl7.org/fhir/ValueSet/route-codes, which
    // draws on the SNOMED CT "route of administration value" hierarchy; the same codes appear in HL7 example data,
    // e.g. 37839007 "Sublingual route" in the HL7 cdc-opioid-cpg IG examples). ----
    static final String ROUTE_ORAL = "26643006";
    static final String ROUTE_SUBLINGUAL = "37839007";
    static final String ROUTE_SUBCUTANEOUS = "34206005";
    static final String ROUTE_INTRAMUSCULAR = "78421000";

    // ---- LOINC urine drug test codes, qualitative ([Presence]) only. Source: the value-set expansions of the HL7 CDC
    // Opioid Prescribing Support IG (github.com/HL7/cdc-opioid-cpg, input/vocabulary/*-urine-drug-screening-tests.json,
    // LOINC 2.74/2.76), except AMPHETAMINE and CANNABINOIDS (LOINC long common names "Amphetamines [Presence] in Urine by
    // Screen method" and "Cannabinoids [Presence] in Urine by Screen method", as printed in LOINC tables seen in public
    // code; not re-checked against loinc.org). The first code of each analyte is the one written back. ----
    private static final Map<String, Analyte> LOINC_ANALYTES = new LinkedHashMap<>();
    private static final Map<Analyte, String> ANALYTE_LOINC = new LinkedHashMap<>();

    static {
        loinc(Analyte.METHADONE, "19550-3", "16199-2", "3773-9");
        loinc(Analyte.EDDP, "93495-0", "58428-4", "41858-2");
        loinc(Analyte.BUPRENORPHINE, "93494-3", "16208-1", "3414-0");
        loinc(Analyte.NORBUPRENORPHINE, "82371-6", "58362-5");
        loinc(Analyte.FENTANYL, "59673-4", "40839-3", "11235-9");
        loinc(Analyte.NORFENTANYL, "95797-7", "43200-5", "43199-9");
        loinc(Analyte.OPIATES, "19295-5", "18390-5", "3879-4");
        loinc(Analyte.SIX_MAM, "19321-9", "19322-7", "10976-9");
        loinc(Analyte.OXYCODONE, "19642-8", "19643-6", "10998-3");
        // Cocaine, and its metabolite benzoylecgonine (what urine cocaine screens detect): both read as COCAINE.
        loinc(Analyte.COCAINE, "19359-9", "3397-7", "19360-7", "14314-9", "14315-6", "3393-6");
        loinc(Analyte.AMPHETAMINE, "19261-7");
        loinc(Analyte.CANNABINOIDS, "18282-4");
    }

    private static void loinc(Analyte analyte, String... codes) {
        for (String code : codes) {
            LOINC_ANALYTES.put(code, analyte);
        }
        ANALYTE_LOINC.put(analyte, codes[0]);
    }

    // ---- ICD-10-CM (CMS/NCHS ICD-10-CM tabular list, chapter 5 "Mental, Behavioral and Neurodevelopmental
    // disorders" F01-F99, and chapter 15 O00-O9A "Pregnancy, childbirth and the puerperium"; Z33.1 "Pregnant state").
    // Matched by prefix; the code written back is the first. ----
    static final List<String> ICD_OUD = List.of("F11");
    static final String ICD_OUD_WRITE = "F11.20";            // Opioid dependence, uncomplicated
    static final List<String> ICD_STIMULANT = List.of("F14", "F15"); // cocaine-related, other stimulant-related
    static final String ICD_STIMULANT_WRITE = "F15.20";      // Other stimulant dependence, uncomplicated
    /** Co-occurring mental-health disorders: F20-F48 (psychotic, mood, anxiety and related) and F60 (personality). */
    static final List<String> ICD_MENTAL_HEALTH = List.of("F20", "F21", "F22", "F23", "F24", "F25", "F28", "F29",
            "F30", "F31", "F32", "F33", "F34", "F39", "F40", "F41", "F42", "F43", "F44", "F45", "F48", "F60");
    static final String ICD_MENTAL_HEALTH_WRITE = "F32.9";   // Major depressive disorder, single episode, unspecified
    static final List<String> ICD_PREGNANCY = List.of("O", "Z33.1");
    static final String ICD_PREGNANCY_WRITE = "Z33.1";      // Pregnant state

    // ---- SNOMED CT diagnoses: 75544000 "Opioid dependence (disorder)". Source: SNOMED CT concept as printed next to
    // DSM-5 304.00 / ICD-10-CM F11.20 in public code; not re-checked in a SNOMED CT browser in this session. ----
    static final String SNOMED_OPIOID_DEPENDENCE = "75544000";

    private Terminology() {
    }

    static Optional<Analyte> analyteOfLoinc(String code) {
        return Optional.ofNullable(LOINC_ANALYTES.get(code));
    }

    static Optional<String> loincOf(Analyte analyte) {
        return Optional.ofNullable(ANALYTE_LOINC.get(analyte));
    }

    static Map<String, Analyte> loincTable() {
        return java.util.Collections.unmodifiableMap(LOINC_ANALYTES);
    }

    static Optional<OudMedication> medicationOfRxcui(String code) {
        switch (code) {
            case RXCUI_METHADONE:
                return Optional.of(OudMedication.METHADONE);
            case RXCUI_BUPRENORPHINE:
                return Optional.of(OudMedication.BUPRENORPHINE);
            case RXCUI_NALTREXONE:
                return Optional.of(OudMedication.NALTREXONE);
            default:
                return Optional.empty();
        }
    }

    static String rxcuiOf(OudMedication medication) {
        switch (medication) {
            case METHADONE:
                return RXCUI_METHADONE;
            case BUPRENORPHINE:
                return RXCUI_BUPRENORPHINE;
            case NALTREXONE:
                return RXCUI_NALTREXONE;
            default:
                throw new AssertionError(medication);
        }
    }

    /** The aftercare code of an enum constant: lower case, hyphens ({@code BUPRENORPHINE_SUBLINGUAL -> buprenorphine-sublingual}). */
    static String code(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static <E extends Enum<E>> Optional<E> parse(Class<E> type, String code) {
        for (E e : type.getEnumConstants()) {
            if (code(e).equals(code)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    static String cowsCode(CowsItem item) {
        return code(item);
    }

    static Optional<Formulation> formulation(String code) {
        return parse(Formulation.class, code);
    }

    static Optional<Adjunct> adjunct(String code) {
        return parse(Adjunct.class, code);
    }

    static Optional<OpioidKind> opioidKind(String code) {
        return parse(OpioidKind.class, code);
    }

    static Optional<Specimen> specimen(String code) {
        return parse(Specimen.class, code);
    }
}
