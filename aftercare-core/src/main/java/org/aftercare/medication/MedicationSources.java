package org.aftercare.medication;

import static org.aftercare.VerificationStatus.SECONDARY;
import static org.aftercare.VerificationStatus.UNVERIFIED;
import static org.aftercare.VerificationStatus.VERIFIED;

import java.util.ArrayList;
import java.util.List;
import org.aftercare.Citation;

/**
 * The documents the medication rules and thresholds rest on, such as {@link #CFR_2001_TAKE_HOME}
 * (66 FR 4098 [V]). Each status follows the project's verification addendum, which wins over the
 * medication fact sheet where they differ.
 *
 * @since 0.1.0
 */
public final class MedicationSources {
    /** 42 CFR 8.12(h)(3)(ii) as amended in 2024: first-day total "should not exceed" 50 mg [S]. */
    public static final Citation CFR_2024_FIRST_DAY = Citation.of("42 CFR 8.12", "(h)(3)(ii)",
            "2024 final rule, 89 FR 7528, effective 2024-04-02; wording via CFR-T transcription", SECONDARY);
    /** 42 CFR 8.12(h)(3)(ii), 2001 rule: 30 mg initial dose, 40 mg first-day total [S]. */
    public static final Citation CFR_2001_FIRST_DAY = Citation.of("42 CFR 8.12", "(h)(3)(ii)",
            "2001 rule, 66 FR 4076; figures via Community Medical Services 2024-02-16", SECONDARY);
    /** 2001 documentation clause allowing more than 40 mg on day 1 [U]. */
    public static final Citation CFR_2001_FIRST_DAY_OVERRIDE = Citation.of("42 CFR 8.12", "(h)(3)(ii)",
            "2001 rule; physician-documentation clause not read (state analog 9 CCR 10355(b) only)", UNVERIFIED);
    /** 42 CFR 8.12(i) as amended in 2024: 7 / 14 / 28-day ladder beyond closure days, methadone only [S]. */
    public static final Citation CFR_2024_TAKE_HOME = Citation.of("42 CFR 8.12", "(i)(1)-(3)",
            "2024 final rule, 89 FR 7528, effective 2024-04-02; figures via CFR-T and CMS 2024-10-17", SECONDARY);
    /** The whole-window reading of the 2024 ladder, an open interpretation [S]. */
    public static final Citation CFR_2024_TAKE_HOME_WHOLE_WINDOW = Citation.of("42 CFR 8.12", "(i)(3)",
            "2024 final rule; reading 'limited to 7 days' as a cap over the whole tier, not per dispensing"
                    + " (open interpretation, verification addendum 1c)", SECONDARY);
    /** 42 CFR 8.12(i)(2) as amended in 2024: six criteria, read in Virginia's copy [S federal]. */
    public static final Citation CFR_2024_CRITERIA = Citation.of("42 CFR 8.12", "(i)(2)",
            "2024 final rule; six criteria as copied in 12VAC35-105-990 A", SECONDARY);
    /** 42 CFR 8.12(i)(1)-(3), 2001 rule, 66 FR 4098 [V]. */
    public static final Citation CFR_2001_TAKE_HOME = Citation.of("42 CFR 8.12", "(i)(1)-(3)",
            "2001 rule, 66 FR 4098 (methadone.org copy); 'one-month supply' read as 31 days", VERIFIED);
    /** 42 CFR 8.12(i)(2), 2001 rule: eight criteria [V]. */
    public static final Citation CFR_2001_CRITERIA = Citation.of("42 CFR 8.12", "(i)(2)",
            "2001 rule, 66 FR 4098", VERIFIED);
    /** Whether the 2001 ladder bound buprenorphine in OTPs: not read [U]. */
    public static final Citation CFR_2001_BUPRENORPHINE_LADDER = Citation.of("42 CFR 8.12", "(i)(3)",
            "2001 rule; application to buprenorphine not read", UNVERIFIED);
    /** Virginia 12VAC35-105-990 C, current text, with its effective date unknown [U]. */
    public static final Citation VIRGINIA_990_DATE_UNKNOWN = Citation.of("12VAC35-105-990", "A, C",
            "current text (law.lis.virginia.gov); effective date NOT confirmed: assumed 2025-12-01 from the"
                    + " Va. Register 42:3 fast-track action, which is not tied to section 990", UNVERIFIED);
    /** ASAM National Practice Guideline, 2020 Focused Update [V]. */
    public static final Citation ASAM_2020 = Citation.of("ASAM National Practice Guideline for the Treatment of OUD",
            "buprenorphine initiation", "2020 Focused Update (pocket guide pp. 6-8)", VERIFIED);
    /** Buprenorphine mono sublingual label summary: 4 h / 24 h waits [S]. */
    public static final Citation BUPRENORPHINE_MONO_LABEL = Citation.of("Buprenorphine HCl sublingual tablet label",
            "Dosage and Administration", "Drugs.com label summary", SECONDARY);
    /** Suboxone film label, pre-2025 text: range 4-24 mg; above 24 mg not shown to add benefit [S]. */
    public static final Citation SUBOXONE_LABEL_PRE_2025 = Citation.of("Suboxone (buprenorphine/naloxone) film label",
            "Dosage and Administration", "pre-2025 text, Drugs.com label summary", SECONDARY);
    /** FDA notice on transmucosal buprenorphine labeling, 89 FR 105613, 2024-12-27 [V]. */
    public static final Citation FDA_BTOD_NOTICE_2024 = Citation.of("FDA notice: Modifications to Labeling of"
            + " Buprenorphine-Containing Transmucosal Products", "89 FR 105613-105617",
            "FR Doc 2024-30776, 2024-12-27 (replacement sentence via secondary accounts)", VERIFIED);

    /** Sublocade label before 02/2025: 7-day transmucosal lead-in at 8-24 mg/day; monthly [V]. */
    public static final Citation SUBLOCADE_LABEL_2023 = Citation.of("Sublocade label", "Highlights; D&A 2",
            "DailyMed version updated 2023-12-18", VERIFIED);
    /** Sublocade label 02/2025: single 4 mg transmucosal dose start [V]; 1 h observation [S]. */
    public static final Citation SUBLOCADE_LABEL_2025 = Citation.of("Sublocade label", "D&A 2.1, 2.3, 2.5",
            "02/2025 revision (openFDA SPL 6189fb21); in force assumed from 2025-02-01 (day not known);"
                    + " 1 h observation via Addiction/Recovery eBulletin 2025-02-25", SECONDARY);
    /** Indivior prescriber site: at least 26 days between doses; delays up to 2 weeks not expected to matter [V]. */
    public static final Citation SUBLOCADE_HCP = Citation.of("sublocadehcp.com", "dosing",
            "manufacturer prescriber page (predates the 2025 rapid start)", VERIFIED);
    /** Sponsor sub-study: second Sublocade injection one week after the first under rapid start [S]. */
    public static final Citation SUBLOCADE_RAPID_SECOND = Citation.of("NCT04995029 sub-study (CSAM 2024), news coverage",
            "second injection at one week", "2024", SECONDARY);

    /** Brixadi label 2.1: weekly +-2 days, monthly +-1 week [V]; 7 / 28-day intervals via spec-v1633 [S]. */
    public static final Citation BRIXADI_LABEL = Citation.of("Brixadi label", "D&A 2.1",
            "2023-12 (DailyMed); windows [V], 7- and 28-day intervals via spec-v1633 transcription [S]", SECONDARY);

    /** JABFM outpatient buprenorphine microinduction table (2 mg film or tablet) [V]. */
    public static final Citation JABFM_MICROINDUCTION = Citation.of("JABFM outpatient buprenorphine microinduction table",
            "days 1-6", "as read in the medication fact sheet 2.5 (TID footnote mislabelled in the source)", VERIFIED);
    /** Widely used 7-day outpatient schedule (Marwah et al., Can Fam Physician 2020) via a clinic page [S]. */
    public static final Citation MARWAH_2020 = Citation.of("Marwah et al., Can Fam Physician 2020;66:891-894",
            "7-day schedule", "clinic page citing PMC6970598", SECONDARY);
    /** Rapid micro-induction inpatient protocol, Addict Sci Clin Pract 2021 [V]. */
    public static final Citation RAPID_MICROINDUCTION_2021 = Citation.of("Rapid micro-induction trial protocol",
            "days 1-4", "Addict Sci Clin Pract 2021", VERIFIED);

    /** J. Burson, OTP physician blog (2021): some wait 24-48 h after fentanyl; COWS >= 12 [S]. */
    public static final Citation BURSON_2021 = Citation.of("J. Burson, OTP physician blog", "fentanyl; COWS start",
            "2021", SECONDARY);
    /** CA Bridge quick-start protocol as coded in the SAMPA tool: COWS >= 8 and 2 objective signs [S]. */
    public static final Citation CA_BRIDGE = Citation.of("CA Bridge buprenorphine quick start", "COWS start",
            "as coded in the public SAMPA buprenorphine dosing tool", SECONDARY);
    /** Wesson and Ling 2003, COWS (items [V]; bands [S]). */
    public static final Citation WESSON_LING_2003 = Citation.of("Wesson DR, Ling W. The Clinical Opiate Withdrawal Scale",
            "scoring key", "J Psychoactive Drugs 2003;35(2):253-259; bands via reproductions (verification 8b)",
            SECONDARY);
    /** Vivitrol label, Warnings and Precautions 5.3 [V]. */
    public static final Citation VIVITROL_5_3 = Citation.of("Vivitrol label", "W&P 5.3",
            "NDA 021897; verbatim quote via drugwarfacts.org", VERIFIED);
    /** Vivitrol label, Dosage and Administration 2.1: 7-10 days for everyone [V]. */
    public static final Citation VIVITROL_2_1 = Citation.of("Vivitrol label", "D&A 2.1",
            "NDA 021897 (themeditary copy); 7-10 days opioid-free without naming the opioid", VERIFIED);
    /** Vivitrol label: 380 mg every 4 weeks; naloxone counselling at every injection (12/2025) [V]. */
    public static final Citation VIVITROL_DOSING = Citation.of("Vivitrol label", "D&A 2; W&P 5.1",
            "12/2025 revision (vivitrolhcp.com, prescriberpoint)", VERIFIED);
    /** CDC 2022 opioid guideline p27: XR-naltrexone as often as every 3 weeks for fast metabolizers [S]. */
    public static final Citation CDC_2022_XR_THREE_WEEKS = Citation.of("CDC Clinical Practice Guideline for Prescribing"
            + " Opioids for Pain", "p27", "MMWR Recomm Rep 2022;71(3)", SECONDARY);
    /** Library default for when to start naloxone counselling before an XR interval ends [U]. */
    public static final Citation LIBRARY_XR_NALOXONE_LEAD = Citation.of("aftercare library default",
            "XR-naltrexone naloxone prompt lead", "0.1.0; the label says 'near the end of each dosing interval'"
                    + " without a number", UNVERIFIED);
    /** Naltrexone with opioid agonists: contraindicated (Vivitrol and oral naltrexone labels) [V]. */
    public static final Citation NALTREXONE_AGONIST_CONTRAINDICATION = Citation.of("Vivitrol label; naltrexone tablets label",
            "Contraindications; W&P", "NDA 021897; MPR summary of oral label", VERIFIED);
    /** Naloxone challenge and opioid-positive urine before naltrexone (labels, as summarised) [S]. */
    public static final Citation NALTREXONE_CHALLENGE = Citation.of("Vivitrol label; naltrexone tablets label",
            "naloxone challenge; Contraindications", "nursekey monograph; MPR summary", SECONDARY);
    /** Overdose risk in the 2 weeks after release and the first month after treatment ends [S]. */
    public static final Citation PENN_STATE_OVERDOSE = Citation.of("Penn State Evidence-to-Impact brief",
            "overdose after release and after treatment", "as cited in the medication fact sheet 5.4", SECONDARY);
    /** Australian methadone guidelines s3.5: 3 or more missed days means reduced tolerance [V]. */
    public static final Citation AUS_2003_MISSED_DOSES = Citation.of("Australian national methadone clinical guidelines",
            "s3.5", "2003 (health.gov.au)", VERIFIED);
    /** Ontario META:PHI methadone protocol and CPSO missed-dose rule, via idwiki.org summary [S]. */
    public static final Citation META_PHI = Citation.of("Ontario META:PHI methadone protocol; CPSO", "missed doses; titration",
            "idwiki.org summary", SECONDARY);
    /** Bluewater Methadone Clinic FAQ: take-homes suspended during a restart [S]. */
    public static final Citation BLUEWATER_RESTART = Citation.of("Bluewater Methadone Clinic (Ontario) FAQ",
            "missed doses", "clinic FAQ", SECONDARY);

    /** Krantz et al. 2009, QTc screening in methadone treatment [V]. */
    public static final Citation KRANTZ_2009 = Citation.of("Krantz MJ et al. QTc interval screening in methadone treatment",
            "recommendations", "Ann Intern Med 2009;150(6):387-395 (abstract)", VERIFIED);

    /** Lucemyra (lofexidine) label: 0.72 mg per dose, 2.88 mg a day, up to 14 days; QT with methadone [V]. */
    public static final Citation LOFEXIDINE_LABEL = Citation.of("Lucemyra (lofexidine) label", "D&A; HCP page",
            "2020 PI (themeditary copy, hcp.lucemyra.com)", VERIFIED);
    /** VA/UpToDate handout: loperamide max 16 mg/day; ondansetron max 16 mg/day [V]. */
    public static final Citation VA_WITHDRAWAL_HANDOUT = Citation.of("VA/UpToDate handout: Short-term medications to"
            + " assist with opioid withdrawal", "loperamide; ondansetron", "docslib copy", VERIFIED);
    /** UpToDate withdrawal table: clonidine up to 0.8 mg/day (1.2 mg if 90 kg or more) [S]. */
    public static final Citation UPTODATE_CLONIDINE = Citation.of("UpToDate opioid withdrawal table", "clonidine",
            "medilib copy", SECONDARY);
    /** FDA 2017-09-20: do not withhold MOUD for benzodiazepines or CNS depressants; manage carefully [V]. */
    public static final Citation FDA_2017_SEDATIVES = Citation.of("FDA Drug Safety Communication", "MOUD with"
            + " benzodiazepines or other CNS depressants", "2017-09-20", VERIFIED);
    /** Flagging sedating antihistamines with MOUD as a specific rule: not found in a source [U]. */
    public static final Citation SEDATING_ADJUNCT_RULE = Citation.of("medication fact sheet 5.3",
            "sedating adjuncts with methadone or buprenorphine", "stated without a source as a specific rule", UNVERIFIED);

    /** CDC 2022 Recommendation 8: offer naloxone when overdose risk is higher [S]. */
    public static final Citation CDC_2022_NALOXONE = Citation.of("CDC Clinical Practice Guideline for Prescribing"
            + " Opioids for Pain", "Recommendation 8", "MMWR Recomm Rep 2022;71(3)", SECONDARY);
    /** LabCE: methadone without EDDP suggests the sample was spiked [V]. */
    public static final Citation LABCE_EDDP = Citation.of("LabCE", "methadone and EDDP", "course text", VERIFIED);
    /** Accurso 2017: buprenorphine without norbuprenorphine; ratio below 0.2 [V]. */
    public static final Citation ACCURSO_2017 = Citation.of("Accurso AJ et al.", "norbuprenorphine:buprenorphine ratio",
            "J Subst Abuse Treat 2017", VERIFIED);
    /** Ratio below 0.02 (Colorado / Millennium / Johns Hopkins, via medicalalgorithms.com) [S]. */
    public static final Citation NORBUPRENORPHINE_RATIO_002 = Citation.of("medicalalgorithms.com summary",
            "norbuprenorphine:buprenorphine ratio", "of a Colorado / Millennium / Johns Hopkins paper", SECONDARY);
    /** Expected analytes follow the prescribed medication (TIP 43 / ASAM drug-testing guide) [S]. */
    public static final Citation EXPECTED_ANALYTES = Citation.of("ASAM drug testing pocket guide; medication fact sheet 7",
            "expected analytes on MOUD", "Guideline Central issue 840070", SECONDARY);
    /** Fentanyl is not expected in any MOUD patient: a library reading, not found in a source [U]. */
    public static final Citation FENTANYL_NOT_EXPECTED = Citation.of("medication fact sheet 7",
            "fentanyl on MOUD", "stated as a rule without a source", UNVERIFIED);

    private MedicationSources() {
    }

    /**
     * Returns the citations of a finding: the applied threshold's citation first (so clinic overrides are cited),
     * then the rule's sources without repeats.
     */
    static List<Citation> appliedFirst(Citation applied, List<Citation> sources) {
        List<Citation> all = new ArrayList<>();
        all.add(applied);
        sources.stream().filter(c -> !c.equals(applied)).forEach(all::add);
        return all;
    }
}
