package org.aftercare.care;

import static org.aftercare.VerificationStatus.SECONDARY;
import static org.aftercare.VerificationStatus.UNVERIFIED;
import static org.aftercare.VerificationStatus.VERIFIED;

import org.aftercare.Citation;

/**
 * The documents the care rules and thresholds rest on, such as {@link #ILLINOIS_77_IAC_2060_410}
 * for the weekly hours of ASAM levels 1 and 2.1. Tags follow the project's fact sheets.
 *
 * @since 0.1.0
 */
public final class CareSources {
    /** Illinois 77 IAC 2060.410 (a)-(b), ASAM level hours for adults and adolescents [V]. */
    public static final Citation ILLINOIS_77_IAC_2060_410 = Citation.of("Illinois Administrative Code 77 IAC 2060.410",
            "(a)-(b)", "current text, as read for the fact sheet", VERIFIED);
    /** SAMHSA Advisory, Clinical Issues in Intensive Outpatient Treatment (2021, from TIP 47) [V]. */
    public static final Citation SAMHSA_IOP_ADVISORY_2021 = Citation.of(
            "SAMHSA Advisory: Clinical Issues in Intensive Outpatient Treatment for SUD", "minimum hours", "2021 (from TIP 47)",
            VERIFIED);
    /** ASAM 3rd edition level summaries: 2.5 at 20 h/week or more, 3.1 at 5 clinical h/week or more [V]. */
    public static final Citation ASAM3_LEVEL_SUMMARIES = Citation.of("The ASAM Criteria, 3rd edition, level summaries",
            "levels 2.5 and 3.1", "2013 (via Mid Shore Behavioral Health and state summaries)", VERIFIED);
    /** Aetna ASAM page: a 1-2 week taper below the IOP minimum still counts as IOP [V]. */
    public static final Citation AETNA_ASAM_TAPER = Citation.of("Aetna ASAM level of care page", "IOP step-down taper",
            "as read for the fact sheet", VERIFIED);
    /** fasttrackermn.org: 2.1 at 9 to no more than 20 hours [S]; an alternative upper bound. */
    public static final Citation FASTTRACKER_IOP_20H = Citation.of("fasttrackermn.org ASAM level descriptions",
            "2.1", "as read for the fact sheet", SECONDARY);
    /** 4th-edition hour thresholds: none found; compliance guides still use the 3rd-edition numbers [U]. */
    public static final Citation ASAM4_HOURS_UNCONFIRMED = Citation.of("ASAM Criteria 4th edition weekly hours",
            "not confirmed from the 4th-edition text", "levelupcompliance.com 2026 guide uses 3rd-edition numbers", UNVERIFIED);
    /** ASAM 4th edition level list and crosswalk [S] (Colorado BHA FHIR IG; independent implementations). */
    public static final Citation ASAM4_LEVELS = Citation.of("The ASAM Criteria, 4th edition, Vol. 1 level list",
            "Colorado BHA code system BHAASAMLevelOfCareCS", "2023 (state adoption 2025)", SECONDARY);
    /** Age from which adult (not adolescent) level bounds apply: 18, the usual boundary of adolescent criteria [S]. */
    public static final Citation ADULT_AGE = Citation.of("The ASAM Criteria, 3rd edition, adolescent and adult criteria",
            "population", "2013 (secondary summaries)", SECONDARY);
    /** NIDA Principles of Drug Addiction Treatment, 3rd ed., principle 5: about 3 months [V]. */
    public static final Citation NIDA_PRINCIPLE_5 = Citation.of("NIDA Principles of Drug Addiction Treatment",
            "principle 5", "3rd edition, 2018", VERIFIED);
    /** NIDA Principles 3-4: address medical, psychological, social, vocational and legal problems [V]. */
    public static final Citation NIDA_PRINCIPLES_3_4 = Citation.of("NIDA Principles of Drug Addiction Treatment",
            "principles 3-4", "3rd edition, 2018", VERIFIED);
    /** McKay 2009 review: better effects with longer planned duration [V]. */
    public static final Citation MCKAY_2009 = Citation.of("McKay JR. Continuing care research. J Subst Abuse Treat 36:131-145",
            "abstract", "2009 (PMC2670779)", VERIFIED);
    /** The 12-month minimum commonly attributed to McKay 2009 [U]: not in the retrieved text. */
    public static final Citation MCKAY_2009_TWELVE_MONTHS = Citation.of(
            "McKay JR. Continuing care research. J Subst Abuse Treat 36:131-145", "12-month threshold (attributed)",
            "2009; threshold not found in retrieved text", UNVERIFIED);
    /** Blodgett 2014 meta-analysis: duration was not a significant moderator [V]. */
    public static final Citation BLODGETT_2014 = Citation.of(
            "Blodgett JC et al. Continuing care meta-analysis. J Subst Abuse Treat 46:87-97", "moderators", "2014 (PMC3840113)",
            VERIFIED);
    /** Sober-living length of stay: 6 months or more linked to better 12-month outcomes [V]. */
    public static final Citation SOBER_LIVING_2023 = Citation.of("Am J Drug Alcohol Abuse, sober living houses length of stay",
            "12-month outcomes, n = 455", "October 2023", VERIFIED);
    /** NIDA Research Report, Therapeutic Communities: completing 90 days or more predicts better outcomes [V]. */
    public static final Citation NIDA_TC_REPORT = Citation.of("NIDA Research Report: Therapeutic Communities",
            "length of stay", "NIDA web archive", VERIFIED);
    /** Bowen et al. 2014: MBRP, CBT relapse prevention and 12-step aftercare compared [V]. */
    public static final Citation BOWEN_2014 = Citation.of("Bowen S et al. JAMA Psychiatry 71:547", "aftercare arms", "2014",
            VERIFIED);
    /** ASAM National Practice Guideline for OUD, 2020 focused update: offer medication for OUD [V]. */
    public static final Citation ASAM_NPG_2020 = Citation.of("ASAM National Practice Guideline for the Treatment of OUD",
            "pocket guide pp. 6-8", "2020 focused update", VERIFIED);
    /** ASAM NPG 2020: warn patients who return to opioid use about overdose risk from lost tolerance [V]. */
    public static final Citation ASAM_NPG_2020_OVERDOSE = Citation.of("ASAM National Practice Guideline for the Treatment of OUD",
            "overdose risk after stopping treatment", "2020 focused update", VERIFIED);
    /** NREPP summary of Twelve-Step Facilitation: 12-15 sessions [V]. */
    public static final Citation NREPP_TSF = Citation.of("NREPP: Twelve Step Facilitation Therapy", "dose", "2008", VERIFIED);
    /** Project MATCH: MET 4 sessions over 12 weeks; CBT 12 sessions over 12 weeks [V]. */
    public static final Citation PROJECT_MATCH = Citation.of("Project MATCH Research Group", "treatment manuals",
            "1997", VERIFIED);
    /** MBRP: 8 weekly group sessions [V]. */
    public static final Citation MBRP_BOWEN = Citation.of("Bowen S et al. Mindfulness-Based Relapse Prevention", "8 weekly sessions",
            "JAMA Psychiatry 2014; Grant 2017 meta-analysis (PMC5636047)", VERIFIED);
    /** CRA + vouchers: 2 sessions a week for 12 weeks, then 1 a week for 12 weeks [V]. */
    public static final Citation NREPP_CRA = Citation.of("NREPP legacy: CRA Plus Vouchers", "counseling schedule", "legacy id 42",
            VERIFIED);
    /** Family Behavior Therapy: up to 20 sessions over 6-12 months (Donohue 2009) vs 15 over 6 months (NREPP) [V]. */
    public static final Citation FBT_DOSE = Citation.of("Donohue B et al. Behav Modif 33:495; NREPP FBT summary",
            "dose (sources disagree: up to 20 vs 15 sessions)", "2009", VERIFIED);
    /** MDFT: ages 11-18 and 3-6 months (developer / QIC-AG) [V]. */
    public static final Citation MDFT_DEVELOPER = Citation.of("Multidimensional Family Therapy (QIC-AG; developer)",
            "population and dose", "as read for the fact sheet", VERIFIED);
    /** MDFT: ages 13-18 (UK Foundations) [V]: the alternative lower age. */
    public static final Citation MDFT_FOUNDATIONS = Citation.of("Foundations (UK) guidebook: MDFT", "population",
            "as read for the fact sheet", VERIFIED);
    /** McKay 2005: 12 weeks of weekly telephone continuing care; McKay 2010: up to 36 sessions [V]. */
    public static final Citation MCKAY_TELEPHONE = Citation.of("McKay JR et al. Arch Gen Psychiatry 62:199-207; PMID 20873894",
            "telephone continuing care dose", "2005; 2010", VERIFIED);
    /** Recovery Management Checkups: quarterly for 2 years [V]. */
    public static final Citation RMC_SCOTT_DENNIS = Citation.of("Scott CK, Dennis ML. Recovery Management Checkups",
            "quarterly for 2 years", "2009 (PMC2695999)", VERIFIED);

    private CareSources() {
    }
}
