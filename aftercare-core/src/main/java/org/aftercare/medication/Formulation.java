package org.aftercare.medication;

import org.aftercare.OudMedication;

/**
 * A product form of a medication for OUD, such as {@link #METHADONE_ORAL_LIQUID} or
 * {@link #NALTREXONE_XR_INJECTION} (380 mg IM every 4 weeks).
 *
 * @since 0.1.0
 */
public enum Formulation {
    /** Methadone oral liquid or concentrate. */
    METHADONE_ORAL_LIQUID(OudMedication.METHADONE, false),
    /** Methadone tablet or dispersible tablet (Diskets). */
    METHADONE_TABLET(OudMedication.METHADONE, false),
    /** Buprenorphine sublingual tablet without naloxone (mono product). */
    BUPRENORPHINE_SUBLINGUAL(OudMedication.BUPRENORPHINE, false),
    /** Buprenorphine with naloxone, sublingual film or tablet (such as Suboxone). */
    BUPRENORPHINE_NALOXONE_SUBLINGUAL(OudMedication.BUPRENORPHINE, false),
    /** Zubsolv, buprenorphine with naloxone sublingual tablet at its own strengths. */
    ZUBSOLV(OudMedication.BUPRENORPHINE, false),
    /** Sublocade, buprenorphine extended-release monthly subcutaneous injection. */
    SUBLOCADE_MONTHLY(OudMedication.BUPRENORPHINE, true),
    /** Brixadi weekly subcutaneous injection. */
    BRIXADI_WEEKLY(OudMedication.BUPRENORPHINE, true),
    /** Brixadi monthly subcutaneous injection. */
    BRIXADI_MONTHLY(OudMedication.BUPRENORPHINE, true),
    /** Naltrexone oral tablet. */
    NALTREXONE_ORAL(OudMedication.NALTREXONE, false),
    /** Naltrexone extended-release 380 mg intramuscular injection (Vivitrol). */
    NALTREXONE_XR_INJECTION(OudMedication.NALTREXONE, true);

    private final OudMedication medication;
    private final boolean extendedReleaseInjection;

    Formulation(OudMedication medication, boolean extendedReleaseInjection) {
        this.medication = medication;
        this.extendedReleaseInjection = extendedReleaseInjection;
    }

    /**
     * Returns the medication.
     *
     * @return the medication, not null
     */
    public OudMedication medication() {
        return medication;
    }

    /**
     * Checks if this is an extended-release injection.
     *
     * @return true for Sublocade, Brixadi, XR naltrexone
     */
    public boolean isExtendedReleaseInjection() {
        return extendedReleaseInjection;
    }
}
