package org.aftercare.medication;

import static org.aftercare.medication.MedicationPolicyKeys.*;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;
import org.aftercare.Citation;
import org.aftercare.EffectivePeriod;
import org.aftercare.Policy;
import org.aftercare.PolicyLayer;
import org.aftercare.VerificationStatus;

/**
 * The policy layers of the medication domain, such as {@link #federalBaseline()} (42 CFR 8.12 by date,
 * FDA labels, named guideline defaults), the Virginia overlay and one alternative layer for each place
 * where sources disagree.
 *
 * <p>Where a source gives a range, the baseline takes the value named in its citation and an
 * alternative layer offers the other reading, one {@code policy.withLayer(...)} away:
 *
 * <pre>{@code
 * Policy policy = MedicationPolicies.usDefault()
 *         .withLayer(MedicationPolicies.virginia())
 *         .withLayer(MedicationPolicies.takeHome2024WholeWindow());
 * }</pre>
 *
 * <p>Take-home ladders combine across all layers, strictest wins; every other key resolves to the
 * topmost layer that has it in force. Unverified [U] values appear only with an UNVERIFIED citation,
 * so every finding that rests on one says so.
 *
 * @since 0.1.0
 */
public final class MedicationPolicies {
    /** The date the 2024 amendment of 42 CFR Part 8 took effect. */
    public static final LocalDate PART_8_2024_EFFECTIVE = LocalDate.of(2024, 4, 2);
    /** The date of the FDA notice on transmucosal buprenorphine labeling (89 FR 105613). */
    public static final LocalDate FDA_BTOD_NOTICE = LocalDate.of(2024, 12, 27);
    /** The date the Sublocade 02/2025 label is assumed in force (the revision's day is not known). */
    public static final LocalDate SUBLOCADE_LABEL_2025 = LocalDate.of(2025, 2, 1);
    /** The compliance date of the 2024 amendment of 42 CFR Part 8. */
    public static final LocalDate PART_8_2024_COMPLIANCE = LocalDate.of(2024, 10, 2);
    /** The date the Virginia overlay is assumed to take effect in {@link #virginia()} (not confirmed). */
    public static final LocalDate VIRGINIA_ASSUMED_EFFECTIVE = LocalDate.of(2025, 12, 1);

    /** Name of the federal baseline layer. */
    public static final String FEDERAL_BASELINE = "us-federal-medication";
    /** Name of the Virginia overlay layer. */
    public static final String VIRGINIA = "virginia-12vac35-105-990";

    private static final EffectivePeriod BEFORE_2024 = EffectivePeriod.until(PART_8_2024_EFFECTIVE);
    private static final EffectivePeriod FROM_2024 = EffectivePeriod.from(PART_8_2024_EFFECTIVE);

    private MedicationPolicies() {
    }

    /**
     * Obtains the default medication policy: the federal baseline alone, named {@code "us-medication"}.
     *
     * @return the policy, not null
     */
    public static Policy usDefault() {
        return Policy.of("us-medication", List.of(federalBaseline()));
    }

    /**
     * Obtains the federal baseline layer {@value #FEDERAL_BASELINE}: 42 CFR 8.12 (2001 text before
     * 2024-04-02, 2024 text from then), FDA labels and guideline defaults, each citing its source.
     *
     * @return the layer, not null
     */
    public static PolicyLayer federalBaseline() {
        return PolicyLayer.builder(FEDERAL_BASELINE,
                "US federal rules (42 CFR 8.12 by date), FDA labels and named guideline defaults")
                .set(BUPRENORPHINE_WAIT_SHORT_ACTING, Duration.ofHours(12), withEdition(MedicationSources.ASAM_2020,
                        "2020 Focused Update: 6-12 h after short-acting opioids; upper end applied (CDC 2022 agrees: 8-12 h)"))
                .set(BUPRENORPHINE_WAIT_EXTENDED_RELEASE, Duration.ofHours(24), withEdition(MedicationSources.ASAM_2020,
                        "2020 Focused Update: 24-72 h after long-acting opioids; lower end applied (labels: >= 24 h)"))
                .set(BUPRENORPHINE_WAIT_METHADONE, Duration.ofHours(24), withEdition(MedicationSources.ASAM_2020,
                        "2020 Focused Update: 24-72 h after methadone; lower end applied (labels: >= 24 h)"))
                .set(BUPRENORPHINE_WAIT_FENTANYL, Duration.ofHours(24), withEdition(MedicationSources.BURSON_2021,
                        "2021: some clinicians wait 24-48 h after fentanyl; lower end applied"))
                .set(METHADONE_TO_BUPRENORPHINE_MAX_DOSE, Dose.ofMilligrams("40"), withEdition(MedicationSources.ASAM_2020,
                        "2020 Focused Update: switch usually tolerated from 30-40 mg/day or less; upper end applied"))
                .set(BUPRENORPHINE_LOW_DOSE_SCHEDULE, LowDoseSchedule.ofMilligrams("0.5", "1", "2", "4", "6", "12"),
                        MedicationSources.JABFM_MICROINDUCTION)
                .set(COWS_START_THRESHOLD, new CowsStartThreshold(8, 2), MedicationSources.CA_BRIDGE)
                .set(COWS_BANDS, new CowsBands(List.of(new CowsBand(0, "below the mild band"), new CowsBand(5, "mild"),
                        new CowsBand(13, "moderate"), new CowsBand(25, "moderately severe"), new CowsBand(37, "severe"))),
                        MedicationSources.WESSON_LING_2003)
                .set(BUPRENORPHINE_DAILY_LABEL_STATEMENT, new LabelDoseStatement(Dose.ofMilligrams("24"),
                        "doses above 24 mg a day have not been shown to add clinical benefit", true),
                        MedicationSources.SUBOXONE_LABEL_PRE_2025, EffectivePeriod.until(FDA_BTOD_NOTICE))
                .set(BUPRENORPHINE_DAILY_LABEL_STATEMENT, new LabelDoseStatement(Dose.ofMilligrams("24"),
                        "doses above 24 mg a day have not been studied in randomized trials and may suit some patients;"
                                + " labels set no maximum", false),
                        MedicationSources.FDA_BTOD_NOTICE_2024, EffectivePeriod.from(FDA_BTOD_NOTICE))
                .set(SUBLOCADE_START, new SublocadeStart(7, Dose.ofMilligrams("8"), Duration.ZERO),
                        MedicationSources.SUBLOCADE_LABEL_2023, EffectivePeriod.until(SUBLOCADE_LABEL_2025))
                .set(SUBLOCADE_START, new SublocadeStart(1, Dose.ofMilligrams("4"), Duration.ofHours(1)),
                        MedicationSources.SUBLOCADE_LABEL_2025, EffectivePeriod.from(SUBLOCADE_LABEL_2025))
                .set(SUBLOCADE_DOSING, new SublocadeDosing(Dose.ofMilligrams("300"), 2, Dose.ofMilligrams("100"),
                        Dose.ofMilligrams("300")), MedicationSources.SUBLOCADE_LABEL_2023)
                .set(SUBLOCADE_MIN_INTERVAL, Period.ofDays(26), MedicationSources.SUBLOCADE_HCP)
                .set(SUBLOCADE_INTERVAL, Period.ofMonths(1), MedicationSources.SUBLOCADE_LABEL_2023)
                .set(SUBLOCADE_LATE_GRACE, Period.ofDays(14), MedicationSources.SUBLOCADE_HCP)
                .set(BRIXADI_WEEKLY_SCHEDULE, new InjectionSchedule(Period.ofDays(7), Period.ofDays(2)),
                        MedicationSources.BRIXADI_LABEL)
                .set(BRIXADI_MONTHLY_SCHEDULE, new InjectionSchedule(Period.ofDays(28), Period.ofDays(7)),
                        MedicationSources.BRIXADI_LABEL)
                .set(METHADONE_FIRST_DOSE_CAP, Dose.ofMilligrams("30"), MedicationSources.CFR_2001_FIRST_DAY, BEFORE_2024)
                .set(METHADONE_FIRST_DAY_CAP, Dose.ofMilligrams("40"), MedicationSources.CFR_2001_FIRST_DAY, BEFORE_2024)
                .set(METHADONE_FIRST_DAY_CAP, Dose.ofMilligrams("50"), MedicationSources.CFR_2024_FIRST_DAY, FROM_2024)
                .set(METHADONE_FIRST_DAY_OVERRIDE, true, MedicationSources.CFR_2001_FIRST_DAY_OVERRIDE, BEFORE_2024)
                .set(METHADONE_FIRST_DAY_OVERRIDE, true, MedicationSources.CFR_2024_FIRST_DAY, FROM_2024)
                .set(TAKE_HOME_LADDER, ladder2001(), MedicationSources.CFR_2001_TAKE_HOME, BEFORE_2024)
                .set(TAKE_HOME_LADDER, TakeHomeLadder.of(
                        TakeHomeTier.perDispensing(1, 7, false),
                        TakeHomeTier.perDispensing(15, 14, false),
                        TakeHomeTier.perDispensing(31, 28, false)), MedicationSources.CFR_2024_TAKE_HOME, FROM_2024)
                .set(METHADONE_MISSED_DOSE_PROTOCOL, MissedDoseProtocol.of(
                        new MissedDoseStep(3, MissedDoseAction.REDUCE, new BigDecimal("0.5"), null, false),
                        new MissedDoseStep(4, MissedDoseAction.REDUCE, new BigDecimal("0.5"), Dose.ofMilligrams("40"), false),
                        new MissedDoseStep(5, MissedDoseAction.REINDUCE, null, null, false)),
                        MedicationSources.AUS_2003_MISSED_DOSES)
                .set(METHADONE_TITRATION, new MethadoneTitration(Dose.ofMilligrams("10"), 7), withEdition(
                        MedicationSources.ASAM_2020, "2020 Focused Update: increase 5-10 mg no more often than every 7 days"))
                .set(METHADONE_ECG_DOSE_TRIGGER, Dose.ofMilligrams("100"), MedicationSources.KRANTZ_2009)
                .set(QTC_WARNING_MS, 450, MedicationSources.KRANTZ_2009)
                .set(QTC_ERROR_MS, 500, MedicationSources.KRANTZ_2009)
                .set(TAKE_HOME_CRITERIA_COUNT, 8, MedicationSources.CFR_2001_CRITERIA, BEFORE_2024)
                .set(TAKE_HOME_CRITERIA_COUNT, 6, MedicationSources.CFR_2024_CRITERIA, FROM_2024)
                .set(TAKE_HOME_LADDER_APPLIES_TO_BUPRENORPHINE, true, MedicationSources.CFR_2001_BUPRENORPHINE_LADDER,
                        BEFORE_2024)
                .set(TAKE_HOME_LADDER_APPLIES_TO_BUPRENORPHINE, false, MedicationSources.CFR_2024_TAKE_HOME, FROM_2024)
                .set(NALTREXONE_FREE_SHORT_ACTING, Duration.ofDays(7), withEdition(MedicationSources.VIVITROL_5_3,
                        "NDA 021897: at least 7-10 days after short-acting opioids; lower end applied"))
                .set(NALTREXONE_FREE_EXTENDED_RELEASE, Duration.ofDays(7), withEdition(MedicationSources.VIVITROL_2_1,
                        "NDA 021897: at least 7-10 days opioid-free for everyone; lower end applied"))
                .set(NALTREXONE_FREE_FENTANYL, Duration.ofDays(7), withEdition(MedicationSources.VIVITROL_2_1,
                        "NDA 021897: at least 7-10 days opioid-free for everyone; lower end applied"))
                .set(NALTREXONE_FREE_METHADONE, Duration.ofDays(14), withEdition(MedicationSources.VIVITROL_5_3,
                        "NDA 021897: precipitated withdrawal possible for as long as two weeks after methadone"))
                .set(NALTREXONE_FREE_BUPRENORPHINE, Duration.ofDays(14), withEdition(MedicationSources.VIVITROL_5_3,
                        "NDA 021897: precipitated withdrawal possible for as long as two weeks after buprenorphine"))
                .set(XR_NALTREXONE_INTERVAL, Period.ofDays(28), MedicationSources.VIVITROL_DOSING)
                .set(XR_NALTREXONE_NALOXONE_LEAD, Period.ofDays(7), MedicationSources.LIBRARY_XR_NALOXONE_LEAD)
                .set(OVERDOSE_WINDOW_AFTER_RELEASE, Period.ofDays(14), MedicationSources.PENN_STATE_OVERDOSE)
                .set(OVERDOSE_WINDOW_AFTER_WITHDRAWAL_MANAGEMENT, Period.ofMonths(1), MedicationSources.PENN_STATE_OVERDOSE)
                .set(OVERDOSE_WINDOW_AFTER_LEAVING_MOUD, Period.ofMonths(1), MedicationSources.PENN_STATE_OVERDOSE)
                .set(MISSED_METHADONE_DAYS_REDUCED_TOLERANCE, 3, MedicationSources.AUS_2003_MISSED_DOSES)
                .set(NORBUPRENORPHINE_RATIO_CUTOFF, new BigDecimal("0.2"), MedicationSources.ACCURSO_2017)
                .set(LOFEXIDINE_LIMIT, new AdjunctLimit(Dose.ofMilligrams("2.88"), Dose.ofMilligrams("0.72"), 14),
                        MedicationSources.LOFEXIDINE_LABEL)
                .set(LOPERAMIDE_LIMIT, new AdjunctLimit(Dose.ofMilligrams("16"), null, 0),
                        MedicationSources.VA_WITHDRAWAL_HANDOUT)
                .set(ONDANSETRON_LIMIT, new AdjunctLimit(Dose.ofMilligrams("16"), null, 0),
                        MedicationSources.VA_WITHDRAWAL_HANDOUT)
                .build();
    }

    /**
     * Obtains the Virginia overlay {@value #VIRGINIA} (12VAC35-105-990 A and C, current text), assumed in force
     * from 2025-12-01. That date is NOT confirmed, so every threshold of this layer
     * cites status UNVERIFIED; use {@link #virginia(EffectivePeriod)} once the date is known.
     *
     * <p>Caps include closure-day doses; days 1-7 allow closure-day doses only; the day 8-30 cap is one
     * consecutive supply.
     *
     * @return the layer, not null
     */
    public static PolicyLayer virginia() {
        return virginia(EffectivePeriod.from(VIRGINIA_ASSUMED_EFFECTIVE), MedicationSources.VIRGINIA_990_DATE_UNKNOWN);
    }

    /**
     * Obtains the Virginia overlay in force over a period the integrator has confirmed.
     *
     * @param inForce  the period the current text of 12VAC35-105-990 is in force, not null
     * @return the layer, citing the state text as verified, not null
     */
    public static PolicyLayer virginia(EffectivePeriod inForce) {
        Objects.requireNonNull(inForce, "inForce");
        return virginia(inForce, Citation.of("12VAC35-105-990", "A, C",
                "current text (law.lis.virginia.gov), in force " + inForce + " as stated by the integrator",
                VerificationStatus.VERIFIED));
    }

    private static PolicyLayer virginia(EffectivePeriod inForce, Citation citation) {
        return PolicyLayer.builder(VIRGINIA, "Virginia OTP take-home limits, 12VAC35-105-990")
                .set(TAKE_HOME_LADDER, TakeHomeLadder.of(
                        TakeHomeTier.perDispensing(1, 0, false),
                        TakeHomeTier.perDispensing(8, 5, true),
                        TakeHomeTier.perDispensing(31, 14, true),
                        TakeHomeTier.perDispensing(61, 28, true)), citation, inForce)
                .set(TAKE_HOME_CRITERIA_COUNT, 6, citation, inForce)
                .build();
    }

    /**
     * Obtains the alternative layer {@code "medication-alt-part8-2001-until-compliance"}: a programme that kept the 2001 methadone
     * rules (first-day caps, eight criteria, 2001 ladder) from the 2024 rule's effective date (2024-04-02) to its
     * compliance date (2024-10-02). Ladders combine with the 2024 ladder, strictest wins.
     *
     * @return the layer, not null
     */
    public static PolicyLayer part8Of2001UntilCompliance() {
        EffectivePeriod window = EffectivePeriod.between(PART_8_2024_EFFECTIVE, PART_8_2024_COMPLIANCE);
        return PolicyLayer.builder("medication-alt-part8-2001-until-compliance", "2001 methadone rules until the 2024 compliance date")
                .set(METHADONE_FIRST_DOSE_CAP, Dose.ofMilligrams("30"), MedicationSources.CFR_2001_FIRST_DAY, window)
                .set(METHADONE_FIRST_DAY_CAP, Dose.ofMilligrams("40"), MedicationSources.CFR_2001_FIRST_DAY, window)
                .set(METHADONE_FIRST_DAY_OVERRIDE, true, MedicationSources.CFR_2001_FIRST_DAY_OVERRIDE, window)
                .set(TAKE_HOME_CRITERIA_COUNT, 8, MedicationSources.CFR_2001_CRITERIA, window)
                .set(TAKE_HOME_LADDER, ladder2001(), MedicationSources.CFR_2001_TAKE_HOME, window)
                .build();
    }

    /**
     * Obtains the alternative layer {@code "medication-alt-take-home-2024-whole-window"}: the 2024 ladder read as a cap
     * over each whole tier (7 days in days 1-14, 14 days in days 15-30) rather than per dispensing.
     *
     * @return the layer, not null
     */
    public static PolicyLayer takeHome2024WholeWindow() {
        return PolicyLayer.builder("medication-alt-take-home-2024-whole-window", "2024 take-home ladder read over each whole tier")
                .set(TAKE_HOME_LADDER, TakeHomeLadder.of(
                        TakeHomeTier.perWindow(1, 7, 14, false),
                        TakeHomeTier.perWindow(15, 14, 16, false),
                        TakeHomeTier.perDispensing(31, 28, false)), MedicationSources.CFR_2024_TAKE_HOME_WHOLE_WINDOW,
                        FROM_2024)
                .build();
    }

    /**
     * Obtains the alternative layer {@code "medication-alt-missed-dose-ontario"}: Ontario's missed-dose protocol (CPSO: assess
     * after 3 missed doses; META:PHI: 4 missed, the higher of half the dose and 30 mg; 5 or more, restart at 30 mg)
     * instead of Australia's (3: half; 4: the lower of half and 40 mg; 5 or more: new induction).
     *
     * @return the layer, not null
     */
    public static PolicyLayer missedDosesOntario() {
        return PolicyLayer.builder("medication-alt-missed-dose-ontario", "Ontario META:PHI / CPSO missed methadone doses")
                .set(METHADONE_MISSED_DOSE_PROTOCOL, MissedDoseProtocol.of(
                        new MissedDoseStep(3, MissedDoseAction.REASSESS, null, null, false),
                        new MissedDoseStep(4, MissedDoseAction.REDUCE, new BigDecimal("0.5"), Dose.ofMilligrams("30"), true),
                        new MissedDoseStep(5, MissedDoseAction.REINDUCE, null, Dose.ofMilligrams("30"), false)),
                        MedicationSources.META_PHI)
                .build();
    }

    /**
     * Obtains the alternative layer {@code "medication-alt-methadone-titration-3-day"}: increases of up to 15 mg every 3 days
     * (Ontario META:PHI: +10-15 mg every 3-5 days; the fast ends applied) instead of ASAM's 10 mg every 7 days.
     *
     * @return the layer, not null
     */
    public static PolicyLayer methadoneTitrationThreeDay() {
        return PolicyLayer.builder("medication-alt-methadone-titration-3-day", "Methadone titration every 3 days")
                .set(METHADONE_TITRATION, new MethadoneTitration(Dose.ofMilligrams("15"), 3), withEdition(
                        MedicationSources.META_PHI, "idwiki.org summary: +10-15 mg every 3-5 days; fast ends applied"))
                .build();
    }

    /**
     * Obtains the opt-in layer {@code "medication-alt-sublocade-rapid-second-1-week"}: after a single-dose (02/2025) start, the
     * second injection may come as early as 1 week after the first. The baseline leaves this interval open, as the
     * 02/2025 wording was not read.
     *
     * @return the layer, not null
     */
    public static PolicyLayer sublocadeRapidSecondOneWeek() {
        return PolicyLayer.builder("medication-alt-sublocade-rapid-second-1-week", "Sublocade second injection from 1 week (rapid start)")
                .set(SUBLOCADE_RAPID_SECOND_MIN_INTERVAL, Period.ofDays(7), MedicationSources.SUBLOCADE_RAPID_SECOND,
                        EffectivePeriod.from(SUBLOCADE_LABEL_2025))
                .build();
    }

    /**
     * Obtains the opt-in layer {@code "medication-alt-clonidine-0-8-mg"}: clonidine at most 0.8 mg a day (UpToDate table; its
     * 1.2 mg allowance for 90 kg or more is not modelled). The baseline sets no clonidine limit because sources
     * disagree (0.8, 1.2 on day 1 then 2.0 mg).
     *
     * @return the layer, not null
     */
    public static PolicyLayer clonidineZeroPointEight() {
        return PolicyLayer.builder("medication-alt-clonidine-0-8-mg", "Clonidine at most 0.8 mg a day")
                .set(CLONIDINE_LIMIT, new AdjunctLimit(Dose.ofMilligrams("0.8"), null, 0), MedicationSources.UPTODATE_CLONIDINE)
                .build();
    }

    /**
     * Obtains the alternative layer {@code "medication-alt-bup-wait-mono-label"}: the buprenorphine mono-product label's
     * waits (4 h after short-acting, 24 h after long-acting and methadone) instead of ASAM's.
     *
     * @return the layer, not null
     */
    public static PolicyLayer buprenorphineWaitsMonoLabel() {
        return PolicyLayer.builder("medication-alt-bup-wait-mono-label", "Buprenorphine mono label induction waits")
                .set(BUPRENORPHINE_WAIT_SHORT_ACTING, Duration.ofHours(4), MedicationSources.BUPRENORPHINE_MONO_LABEL)
                .set(BUPRENORPHINE_WAIT_EXTENDED_RELEASE, Duration.ofHours(24), MedicationSources.BUPRENORPHINE_MONO_LABEL)
                .set(BUPRENORPHINE_WAIT_METHADONE, Duration.ofHours(24), MedicationSources.BUPRENORPHINE_MONO_LABEL)
                .build();
    }

    /**
     * Obtains the alternative layer {@code "medication-alt-methadone-switch-30-mg"}: the buprenorphine labels' 30 mg/day (above
     * which precipitated withdrawal is more likely) instead of ASAM's 30-40 mg upper end.
     *
     * @return the layer, not null
     */
    public static PolicyLayer methadoneSwitchThirty() {
        return PolicyLayer.builder("medication-alt-methadone-switch-30-mg", "Methadone to buprenorphine switch from 30 mg/day or less")
                .set(METHADONE_TO_BUPRENORPHINE_MAX_DOSE, Dose.ofMilligrams("30"), MedicationSources.BUPRENORPHINE_MONO_LABEL)
                .build();
    }

    /**
     * Obtains the alternative layer {@code "medication-alt-low-dose-7-day"}: the widely used 7-day outpatient schedule
     * (0.5, 1, 2, 4, 6, 8, 12 mg) instead of the JABFM table.
     *
     * @return the layer, not null
     */
    public static PolicyLayer lowDoseSevenDay() {
        return PolicyLayer.builder("medication-alt-low-dose-7-day", "7-day low-dose buprenorphine schedule")
                .set(BUPRENORPHINE_LOW_DOSE_SCHEDULE, LowDoseSchedule.ofMilligrams("0.5", "1", "2", "4", "6", "8", "12"),
                        MedicationSources.MARWAH_2020)
                .build();
    }

    /**
     * Obtains the alternative layer {@code "medication-alt-low-dose-rapid"}: the 3-4 day inpatient rapid micro-induction
     * (4, 8, then at most 32 mg on days 3 and 4).
     *
     * @return the layer, not null
     */
    public static PolicyLayer lowDoseRapid() {
        return PolicyLayer.builder("medication-alt-low-dose-rapid", "Rapid 3-4 day low-dose buprenorphine schedule")
                .set(BUPRENORPHINE_LOW_DOSE_SCHEDULE, LowDoseSchedule.ofMilligrams("4", "8", "32", "32"),
                        MedicationSources.RAPID_MICROINDUCTION_2021)
                .build();
    }

    /**
     * Obtains the alternative layer {@code "medication-alt-cows-start-12"}: start buprenorphine at COWS 12 or more,
     * without counting objective signs.
     *
     * @return the layer, not null
     */
    public static PolicyLayer cowsStartTwelve() {
        return PolicyLayer.builder("medication-alt-cows-start-12", "Start buprenorphine at COWS >= 12")
                .set(METHADONE_TO_BUPRENORPHINE_MAX_DOSE, Dose.ofMilligrams("40"), withEdition(MedicationSources.ASAM_2020,
                        "2020 Focused Update: switch usually tolerated from 30-40 mg/day or less; upper end applied"))
                .set(BUPRENORPHINE_LOW_DOSE_SCHEDULE, LowDoseSchedule.ofMilligrams("0.5", "1", "2", "4", "6", "12"),
                        MedicationSources.JABFM_MICROINDUCTION)
                .set(COWS_START_THRESHOLD, new CowsStartThreshold(12, 0), MedicationSources.BURSON_2021)
                .build();
    }

    /**
     * Obtains the alternative layer {@code "medication-alt-naltrexone-10-day-window"}: the upper end (10 days) of the
     * label's 7-10 opioid-free days.
     *
     * @return the layer, not null
     */
    public static PolicyLayer naltrexoneTenDayWindow() {
        Citation c = withEdition(MedicationSources.VIVITROL_5_3, "NDA 021897: at least 7-10 days; upper end applied");
        return PolicyLayer.builder("medication-alt-naltrexone-10-day-window", "Naltrexone start after 10 opioid-free days")
                .set(NALTREXONE_FREE_SHORT_ACTING, Duration.ofDays(10), c)
                .set(NALTREXONE_FREE_EXTENDED_RELEASE, Duration.ofDays(10), c)
                .set(NALTREXONE_FREE_FENTANYL, Duration.ofDays(10), c)
                .build();
    }

    /**
     * Obtains the alternative layer {@code "medication-alt-xr-naltrexone-3-week"}: XR-naltrexone every 3 weeks for fast
     * metabolisers (CDC 2022).
     *
     * @return the layer, not null
     */
    public static PolicyLayer xrNaltrexoneThreeWeek() {
        return PolicyLayer.builder("medication-alt-xr-naltrexone-3-week", "XR-naltrexone every 3 weeks")
                .set(XR_NALTREXONE_INTERVAL, Period.ofDays(21), MedicationSources.CDC_2022_XR_THREE_WEEKS)
                .build();
    }

    /**
     * Obtains the alternative layer {@code "medication-alt-norbup-ratio-0-02"}: flag norbuprenorphine/buprenorphine
     * ratios below 0.02 instead of 0.2.
     *
     * @return the layer, not null
     */
    public static PolicyLayer norbuprenorphineRatioTwoHundredths() {
        return PolicyLayer.builder("medication-alt-norbup-ratio-0-02", "Norbuprenorphine ratio cutoff 0.02")
                .set(NORBUPRENORPHINE_RATIO_CUTOFF, new BigDecimal("0.02"), MedicationSources.NORBUPRENORPHINE_RATIO_002)
                .build();
    }

    /**
     * Returns all layers this class offers, baseline first.
     *
     * @return the layers, not null
     */
    public static List<PolicyLayer> all() {
        return List.of(federalBaseline(), virginia(), takeHome2024WholeWindow(), buprenorphineWaitsMonoLabel(),
                cowsStartTwelve(), naltrexoneTenDayWindow(), xrNaltrexoneThreeWeek(), norbuprenorphineRatioTwoHundredths(),
                missedDosesOntario(), methadoneTitrationThreeDay(), sublocadeRapidSecondOneWeek(), clonidineZeroPointEight(),
                methadoneSwitchThirty(), lowDoseSevenDay(), lowDoseRapid(), part8Of2001UntilCompliance());
    }

    private static TakeHomeLadder ladder2001() {
        return TakeHomeLadder.of(
                TakeHomeTier.perWindow(1, 1, 7, false),
                TakeHomeTier.perWindow(91, 2, 7, false),
                TakeHomeTier.perWindow(181, 3, 7, false),
                TakeHomeTier.perDispensing(271, 6, false),
                TakeHomeTier.perDispensing(366, 14, false),
                TakeHomeTier.perDispensing(731, 31, false));
    }

    private static Citation withEdition(Citation base, String edition) {
        return Citation.of(base.document(), base.section(), edition, base.status());
    }
}
