package org.aftercare.screening;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.aftercare.InvalidValueException;
import org.aftercare.OudMedication;

/**
 * A substance or metabolite a drug test reports on, such as {@link #EDDP}, the methadone metabolite.
 *
 * <p>Parent drugs and metabolites are separate analytes, because their pairing is what tells
 * adherence from adulteration (methadone without EDDP, buprenorphine without norbuprenorphine).
 *
 * @since 0.1.0
 */
public enum Analyte {
    /** Methadone, parent drug. */
    METHADONE(SubstanceClass.OPIOID),
    /** 2-ethylidene-1,5-dimethyl-3,3-diphenylpyrrolidine, methadone's metabolite. */
    EDDP(SubstanceClass.OPIOID),
    /** Buprenorphine, parent drug. */
    BUPRENORPHINE(SubstanceClass.OPIOID),
    /** Norbuprenorphine, buprenorphine's metabolite. */
    NORBUPRENORPHINE(SubstanceClass.OPIOID),
    /** Fentanyl, parent drug. */
    FENTANYL(SubstanceClass.OPIOID),
    /** Norfentanyl, fentanyl's metabolite. */
    NORFENTANYL(SubstanceClass.OPIOID),
    /** Opiates immunoassay (morphine, codeine; heroin via morphine and 6-MAM). */
    OPIATES(SubstanceClass.OPIOID),
    /** 6-monoacetylmorphine, specific to heroin. */
    SIX_MAM(SubstanceClass.OPIOID),
    /** Oxycodone and oxymorphone. */
    OXYCODONE(SubstanceClass.OPIOID),
    /** Tramadol. */
    TRAMADOL(SubstanceClass.OPIOID),
    /** Naloxone (present with buprenorphine/naloxone products). */
    NALOXONE(SubstanceClass.OPIOID_ANTAGONIST),
    /** Naltrexone and 6-beta-naltrexol. */
    NALTREXONE(SubstanceClass.OPIOID_ANTAGONIST),
    /** Cocaine (benzoylecgonine). */
    COCAINE(SubstanceClass.STIMULANT),
    /** Amphetamine. */
    AMPHETAMINE(SubstanceClass.STIMULANT),
    /** Methamphetamine. */
    METHAMPHETAMINE(SubstanceClass.STIMULANT),
    /** Alcohol by breath test. */
    BREATH_ALCOHOL(SubstanceClass.ALCOHOL),
    /** Ethyl glucuronide, alcohol metabolite in urine. */
    ETG(SubstanceClass.ALCOHOL),
    /** Cannabinoids (THC-COOH). */
    CANNABINOIDS(SubstanceClass.CANNABIS),
    /** Benzodiazepines. */
    BENZODIAZEPINES(SubstanceClass.SEDATIVE);

    /** The wire code, computed once: {@code name()} in lower case with hyphens. */
    private final String code = name().toLowerCase(Locale.ROOT).replace('_', '-');

    private final SubstanceClass substanceClass;

    Analyte(SubstanceClass substanceClass) {
        this.substanceClass = substanceClass;
    }

    /**
     * Returns the analytes that show a medication for OUD is being taken: parent drug and
     * metabolites, such as methadone and EDDP. A prescribed medication's markers are adherence
     * evidence, never a failure of an abstinence target (SAMHSA TIP 43 separates the two).
     *
     * @param medication  the medication, not null
     * @return the marker analytes, not null
     */
    public static Set<Analyte> markersOf(OudMedication medication) {
        Objects.requireNonNull(medication, "medication");
        switch (medication) {
            case METHADONE:
                return Markers.METHADONE;
            case BUPRENORPHINE:
                return Markers.BUPRENORPHINE;
            case NALTREXONE:
                return Markers.NALTREXONE;
            default:
                throw new AssertionError(medication);
        }
    }

    /** The markers of each medication, made once (immutable sets; a holder, because enum constants come first). */
    private static final class Markers {
        static final Set<Analyte> METHADONE = Set.copyOf(EnumSet.of(Analyte.METHADONE, EDDP));
        static final Set<Analyte> BUPRENORPHINE = Set.copyOf(EnumSet.of(Analyte.BUPRENORPHINE, NORBUPRENORPHINE,
                NALOXONE));
        static final Set<Analyte> NALTREXONE = Set.of(Analyte.NALTREXONE);
    }

    /**
     * Returns the class of substance.
     *
     * @return the class, not null
     */
    public SubstanceClass substanceClass() {
        return substanceClass;
    }

    /**
     * Obtains an analyte from its code, the lowercase hyphenated name, such as {@code "six-mam"}.
     *
     * @param code  the code, not null
     * @return the analyte, not null
     * @throws InvalidValueException if the code names no analyte
     */
    public static Analyte parse(CharSequence code) {
        Objects.requireNonNull(code, "code");
        String text = code.toString();
        for (Analyte a : values()) {
            if (a.code().equals(text)) {
                return a;
            }
        }
        throw new InvalidValueException("analyte", "be one of the analyte codes such as eddp or norbuprenorphine",
                "\"" + text + "\"");
    }

    /**
     * Returns the code, such as {@code "norbuprenorphine"}.
     *
     * @return the code, not null
     */
    public String code() {
        return code;
    }

    @Override
    public String toString() {
        return code();
    }
}
