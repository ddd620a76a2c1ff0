package org.aftercare.medication;

import static org.aftercare.Severity.ERROR;
import static org.aftercare.Severity.INFO;
import static org.aftercare.Severity.WARNING;

import java.util.List;
import org.aftercare.RuleDescriptor;

/**
 * The catalog of medication rules, such as {@link #BUPRENORPHINE_INDUCTION_TOO_EARLY}. Each descriptor is
 * the only way its findings are created, so codes and severities stay in step with this catalog.
 *
 * @since 0.1.0
 */
public final class MedicationRules {

    /** A standard buprenorphine start came sooner after the last opioid use than the policy's wait for that kind. */
    public static final RuleDescriptor BUPRENORPHINE_INDUCTION_TOO_EARLY = RuleDescriptor.of(
            "medication.buprenorphine.induction-too-early",
            "The first buprenorphine dose came sooner after the last opioid use than the wait for that opioid kind.",
            ERROR, List.of(MedicationSources.ASAM_2020, MedicationSources.BUPRENORPHINE_MONO_LABEL));
    /** The COWS before a standard buprenorphine start was below the start threshold. */
    public static final RuleDescriptor BUPRENORPHINE_INDUCTION_COWS_BELOW_THRESHOLD = RuleDescriptor.of(
            "medication.buprenorphine.induction-cows-below-threshold",
            "The COWS assessed before the first buprenorphine dose was below the start threshold.",
            ERROR, List.of(MedicationSources.CA_BRIDGE, MedicationSources.WESSON_LING_2003));
    /** No COWS was assessed (after the last use, before the dose) for a standard buprenorphine start. */
    public static final RuleDescriptor BUPRENORPHINE_INDUCTION_COWS_MISSING = RuleDescriptor.of(
            "medication.buprenorphine.induction-cows-missing",
            "No COWS assessment after the last opioid use and before the first buprenorphine dose; withdrawal is not shown.",
            ERROR, List.of(MedicationSources.CA_BRIDGE, MedicationSources.BUPRENORPHINE_MONO_LABEL));
    /** A standard buprenorphine start follows a methadone daily dose above the switch threshold. */
    public static final RuleDescriptor BUPRENORPHINE_SWITCH_FROM_HIGH_METHADONE = RuleDescriptor.of(
            "medication.buprenorphine.switch-from-high-methadone-dose",
            "A standard buprenorphine start follows a methadone daily dose above the switch threshold: precipitated"
                    + " withdrawal is more likely; consider tapering first or a low-dose induction.",
            WARNING, List.of(MedicationSources.ASAM_2020, MedicationSources.BUPRENORPHINE_MONO_LABEL));
    /** A low-dose induction day's buprenorphine total is above the schedule in force. */
    public static final RuleDescriptor BUPRENORPHINE_LOW_DOSE_ABOVE_SCHEDULE = RuleDescriptor.of(
            "medication.buprenorphine.low-dose-above-schedule",
            "A low-dose induction day's buprenorphine total is above the schedule in force for that treatment day.",
            WARNING, List.of(MedicationSources.JABFM_MICROINDUCTION, MedicationSources.MARWAH_2020,
                    MedicationSources.RAPID_MICROINDUCTION_2021));
    /** No last-use time is documented, so the wait before an induction cannot be shown to be met. */
    public static final RuleDescriptor INDUCTION_LAST_USE_UNKNOWN = RuleDescriptor.of(
            "medication.induction.last-use-unknown",
            "The time of last opioid use is not documented, so the wait before an induction cannot be shown to be met.",
            ERROR, List.of(MedicationSources.ASAM_2020, MedicationSources.VIVITROL_5_3));
    /** The kind of the last opioid is unknown, so no wait can be chosen. */
    public static final RuleDescriptor INDUCTION_OPIOID_KIND_UNKNOWN = RuleDescriptor.of(
            "medication.induction.opioid-kind-unknown",
            "The kind of opioid last used is unknown, so the wait before an induction cannot be chosen.",
            ERROR, List.of(MedicationSources.ASAM_2020, MedicationSources.VIVITROL_5_3));

    /** A transmucosal buprenorphine daily total exceeded the figure of the label statement in force that day. */
    public static final RuleDescriptor BUPRENORPHINE_DAILY_DOSE_ABOVE_LABEL_STATEMENT = RuleDescriptor.of(
            "medication.buprenorphine.daily-dose-above-label-statement",
            "A transmucosal buprenorphine daily total exceeded the figure of the label statement in force that day"
                    + " (WARNING under the pre-2025 reading, INFO after the FDA 2024-12 notice: no label maximum).",
            WARNING, List.of(MedicationSources.SUBOXONE_LABEL_PRE_2025, MedicationSources.FDA_BTOD_NOTICE_2024), INFO);

    /** The first Sublocade injection did not follow the transmucosal start the label in force requires. */
    public static final RuleDescriptor SUBLOCADE_START_NOT_MET = RuleDescriptor.of("medication.sublocade.start-not-met",
            "The first Sublocade injection did not follow the transmucosal buprenorphine start the label in force requires.",
            ERROR, List.of(MedicationSources.SUBLOCADE_LABEL_2023, MedicationSources.SUBLOCADE_LABEL_2025));
    /** A Sublocade injection's dose is off the label's sequence. */
    public static final RuleDescriptor SUBLOCADE_DOSE_OFF_SEQUENCE = RuleDescriptor.of(
            "medication.sublocade.dose-off-sequence",
            "A Sublocade injection's dose is off the label's sequence (initial doses, then maintenance up to the maximum);"
                    + " since 09/2023 a 100 mg second dose is allowed for patients stable on 8-18 mg/day.",
            WARNING, List.of(MedicationSources.SUBLOCADE_LABEL_2023));
    /** Two Sublocade injections were closer together than the minimum interval. */
    public static final RuleDescriptor SUBLOCADE_INTERVAL_TOO_SHORT = RuleDescriptor.of(
            "medication.sublocade.interval-too-short",
            "Two Sublocade injections were closer together than the minimum interval in force.",
            ERROR, List.of(MedicationSources.SUBLOCADE_HCP));
    /** The next Sublocade injection is later than its due date plus the late grace. */
    public static final RuleDescriptor SUBLOCADE_INJECTION_OVERDUE = RuleDescriptor.of(
            "medication.sublocade.injection-overdue",
            "The next Sublocade injection is later than its due date plus the late grace.",
            WARNING, List.of(MedicationSources.SUBLOCADE_HCP));

    /** A Brixadi injection came before its window (ERROR) or after it (WARNING). */
    public static final RuleDescriptor BRIXADI_INJECTION_OUTSIDE_WINDOW = RuleDescriptor.of(
            "medication.brixadi.injection-outside-window",
            "A Brixadi injection came before its dosing window (ERROR) or after it (WARNING: give the next dose as soon"
                    + " as possible).",
            ERROR, List.of(MedicationSources.BRIXADI_LABEL), WARNING);
    /** The next Brixadi injection is past the end of its window as of today. */
    public static final RuleDescriptor BRIXADI_INJECTION_OVERDUE = RuleDescriptor.of("medication.brixadi.injection-overdue",
            "The next Brixadi injection is past the end of its dosing window: give it as soon as possible.",
            WARNING, List.of(MedicationSources.BRIXADI_LABEL));

    /** The first methadone dose was above the initial-dose cap in force on its date (2001 rule). */
    public static final RuleDescriptor METHADONE_FIRST_DOSE_ABOVE_CAP = RuleDescriptor.of(
            "medication.methadone.first-dose-above-cap",
            "The first methadone dose was above the initial-dose cap in force on its date.",
            ERROR, List.of(MedicationSources.CFR_2001_FIRST_DAY));
    /** The first-day methadone total was above the cap in force on that date; WARNING when justification is documented. */
    public static final RuleDescriptor METHADONE_FIRST_DAY_ABOVE_CAP = RuleDescriptor.of(
            "medication.methadone.first-day-above-cap",
            "The methadone total on the first treatment day was above the cap in force on that date"
                    + " (WARNING when a documented justification allows it, ERROR otherwise).",
            ERROR, List.of(MedicationSources.CFR_2024_FIRST_DAY, MedicationSources.CFR_2001_FIRST_DAY), WARNING);
    /** The first methadone dose after a run of missed days was above the protocol's restart limit. */
    public static final RuleDescriptor METHADONE_RESTART_DOSE_ABOVE_LIMIT = RuleDescriptor.of(
            "medication.methadone.restart-dose-above-limit",
            "The first methadone dose after consecutive missed days was above the missed-dose protocol's restart limit.",
            ERROR, List.of(MedicationSources.AUS_2003_MISSED_DOSES, MedicationSources.META_PHI));
    /** A methadone increase was larger than the titration step in force. */
    public static final RuleDescriptor METHADONE_TITRATION_STEP_TOO_LARGE = RuleDescriptor.of(
            "medication.methadone.titration-step-too-large",
            "A methadone increase after the first day was larger than the titration step in force.",
            WARNING, List.of(MedicationSources.ASAM_2020, MedicationSources.META_PHI));
    /** A methadone increase came sooner after the previous one than the titration interval in force. */
    public static final RuleDescriptor METHADONE_TITRATION_TOO_SOON = RuleDescriptor.of(
            "medication.methadone.titration-too-soon",
            "A methadone increase came sooner after the previous increase (or the first day) than the titration interval.",
            WARNING, List.of(MedicationSources.ASAM_2020, MedicationSources.META_PHI));
    /** Methadone rose above the ECG dose trigger and no ECG was recorded since. */
    public static final RuleDescriptor METHADONE_ECG_DUE = RuleDescriptor.of("medication.methadone.ecg-due",
            "Methadone rose above the ECG dose trigger and no ECG has been recorded since.",
            WARNING, List.of(MedicationSources.KRANTZ_2009));
    /** The latest QTc on methadone is prolonged: WARNING above the lower band, ERROR above the upper. */
    public static final RuleDescriptor METHADONE_QTC_PROLONGED = RuleDescriptor.of("medication.methadone.qtc-prolonged",
            "The latest QTc on methadone is prolonged (WARNING above the lower bound: discuss and monitor; ERROR above"
                    + " the upper bound: consider stopping, lowering or switching).",
            ERROR, List.of(MedicationSources.KRANTZ_2009), WARNING);
    /** A take-home supply starts after missed days that need action, before any supervised restart dose. */
    public static final RuleDescriptor TAKE_HOME_SUSPENDED_AFTER_MISSED_DOSES = RuleDescriptor.of(
            "medication.take-home.suspended-after-missed-doses",
            "A take-home supply starts after consecutive missed methadone days that need action, with no supervised"
                    + " dose since: take-homes are suspended during a restart.",
            ERROR, List.of(MedicationSources.BLUEWATER_RESTART, MedicationSources.AUS_2003_MISSED_DOSES));
    /** A take-home supply exceeded the strictest ladder in force, naming the winning layer. */
    public static final RuleDescriptor TAKE_HOME_ABOVE_LADDER = RuleDescriptor.of(
            "medication.take-home.above-ladder",
            "A take-home supply exceeded the strictest take-home ladder in force on its first day; the finding names"
                    + " the layer whose ladder won.",
            ERROR, List.of(MedicationSources.CFR_2024_TAKE_HOME, MedicationSources.CFR_2001_TAKE_HOME));
    /** A take-home supply beyond closure-day doses without the required criteria documented as assessed. */
    public static final RuleDescriptor TAKE_HOME_CRITERIA_NOT_DOCUMENTED = RuleDescriptor.of(
            "medication.take-home.criteria-not-documented",
            "A take-home supply beyond closure-day doses without an assessment documenting every required criterion.",
            ERROR, List.of(MedicationSources.CFR_2024_CRITERIA, MedicationSources.CFR_2001_CRITERIA));
    /** A take-home supply falls on a day without an active regimen of that medication. */
    public static final RuleDescriptor TAKE_HOME_NO_ACTIVE_REGIMEN = RuleDescriptor.of(
            "medication.take-home.no-active-regimen",
            "A take-home supply starts on a day with no active regimen of that medication, so no treatment day is known.",
            ERROR, List.of(MedicationSources.CFR_2024_TAKE_HOME));
    /** The time-in-treatment ladder does not apply to this medication on this date. */
    public static final RuleDescriptor TAKE_HOME_LADDER_NOT_APPLICABLE = RuleDescriptor.of(
            "medication.take-home.ladder-not-applicable",
            "The time-in-treatment take-home ladder does not limit this medication on this date.",
            INFO, List.of(MedicationSources.CFR_2024_TAKE_HOME));

    /** Naltrexone started before the opioid-free window for the last opioid kind ended. */
    public static final RuleDescriptor NALTREXONE_OPIOID_FREE_WINDOW_NOT_MET = RuleDescriptor.of(
            "medication.naltrexone.opioid-free-window-not-met",
            "The first naltrexone dose came before the opioid-free window for the last opioid kind ended.",
            ERROR, List.of(MedicationSources.VIVITROL_5_3, MedicationSources.VIVITROL_2_1));
    /** The latest drug test before the first naltrexone dose was positive for an opioid. */
    public static final RuleDescriptor NALTREXONE_OPIOID_POSITIVE_TEST = RuleDescriptor.of(
            "medication.naltrexone.opioid-positive-test",
            "The latest drug test before the first naltrexone dose was positive for an opioid.",
            ERROR, List.of(MedicationSources.NALTREXONE_CHALLENGE));
    /** No valid drug test after the last opioid use and before the first naltrexone dose. */
    public static final RuleDescriptor NALTREXONE_NO_DRUG_TEST = RuleDescriptor.of(
            "medication.naltrexone.no-drug-test-before-start",
            "No valid drug test after the last opioid use and before the first naltrexone dose.",
            WARNING, List.of(MedicationSources.NALTREXONE_CHALLENGE));
    /** A naloxone challenge before the first naltrexone dose showed withdrawal signs. */
    public static final RuleDescriptor NALTREXONE_NALOXONE_CHALLENGE_POSITIVE = RuleDescriptor.of(
            "medication.naltrexone.naloxone-challenge-positive",
            "A naloxone challenge before the first naltrexone dose showed withdrawal signs.",
            ERROR, List.of(MedicationSources.NALTREXONE_CHALLENGE));
    /** Naltrexone and an opioid agonist regimen are active on the same day. */
    public static final RuleDescriptor NALTREXONE_WITH_OPIOID_AGONIST = RuleDescriptor.of(
            "medication.naltrexone.with-opioid-agonist",
            "A naltrexone regimen and a methadone or buprenorphine regimen are active on the same day.",
            ERROR, List.of(MedicationSources.NALTREXONE_AGONIST_CONTRAINDICATION));
    /** The next XR-naltrexone injection is past its due date. */
    public static final RuleDescriptor XR_NALTREXONE_OVERDUE = RuleDescriptor.of(
            "medication.naltrexone.xr-injection-overdue",
            "The next XR-naltrexone injection is past its due date; blockade wanes and overdose risk rises.",
            WARNING, List.of(MedicationSources.VIVITROL_DOSING));
    /** The XR-naltrexone interval ends soon: counsel on naloxone. */
    public static final RuleDescriptor XR_NALTREXONE_INTERVAL_ENDING = RuleDescriptor.of(
            "medication.naltrexone.xr-interval-ending",
            "The XR-naltrexone dosing interval ends soon; counsel on naloxone or nalmefene.",
            INFO, List.of(MedicationSources.VIVITROL_DOSING, MedicationSources.LIBRARY_XR_NALOXONE_LEAD));
    /** An active XR-naltrexone regimen has no injection recorded. */
    public static final RuleDescriptor XR_NALTREXONE_NO_INJECTION = RuleDescriptor.of(
            "medication.naltrexone.xr-no-injection-recorded",
            "An active XR-naltrexone regimen has no injection recorded, so no due date can be computed.",
            WARNING, List.of(MedicationSources.VIVITROL_DOSING));

    /** An adjunct order allows more per day or per dose than its limit. */
    public static final RuleDescriptor ADJUNCT_ABOVE_LIMIT = RuleDescriptor.of("medication.adjunct.above-limit",
            "An adjunct order allows more per day or per dose than the limit in force.",
            ERROR, List.of(MedicationSources.LOFEXIDINE_LABEL, MedicationSources.VA_WITHDRAWAL_HANDOUT));
    /** An adjunct order runs longer than its course limit. */
    public static final RuleDescriptor ADJUNCT_COURSE_TOO_LONG = RuleDescriptor.of("medication.adjunct.course-too-long",
            "An adjunct order runs longer than the course limit in force.",
            WARNING, List.of(MedicationSources.LOFEXIDINE_LABEL));
    /** A sedating adjunct overlaps methadone or buprenorphine: flagged, not blocked. */
    public static final RuleDescriptor ADJUNCT_SEDATING_WITH_AGONIST = RuleDescriptor.of(
            "medication.adjunct.sedating-with-agonist",
            "A sedating adjunct overlaps methadone or buprenorphine: manage carefully and document a plan; do not"
                    + " withhold MOUD for it.",
            WARNING, List.of(MedicationSources.FDA_2017_SEDATIVES, MedicationSources.SEDATING_ADJUNCT_RULE));
    /** Lofexidine overlaps methadone: both prolong QT. */
    public static final RuleDescriptor ADJUNCT_LOFEXIDINE_WITH_METHADONE = RuleDescriptor.of(
            "medication.adjunct.lofexidine-with-methadone",
            "Lofexidine overlaps methadone; both prolong QT: monitor the ECG.",
            WARNING, List.of(MedicationSources.LOFEXIDINE_LABEL));

    /** Overdose risk is raised (tolerance loss, missed days, XR interval end, fentanyl): prompt for naloxone. */
    public static final RuleDescriptor OVERDOSE_RISK_NALOXONE = RuleDescriptor.of(
            "medication.overdose-risk.naloxone",
            "Overdose risk is raised (release, completed withdrawal management, leaving MOUD, missed methadone days,"
                    + " end of an XR-naltrexone interval, or fentanyl in the latest test): offer naloxone.",
            WARNING, List.of(MedicationSources.PENN_STATE_OVERDOSE, MedicationSources.AUS_2003_MISSED_DOSES,
                    MedicationSources.VIVITROL_DOSING, MedicationSources.CDC_2022_NALOXONE));

    /** Methadone positive without EDDP: methadone probably added to the sample. */
    public static final RuleDescriptor URINE_METHADONE_WITHOUT_EDDP = RuleDescriptor.of(
            "medication.urine.methadone-without-eddp",
            "Methadone positive with EDDP negative on methadone treatment: methadone was probably added to the sample.",
            WARNING, List.of(MedicationSources.LABCE_EDDP));
    /** Buprenorphine positive without norbuprenorphine: consistent with adding product to urine. */
    public static final RuleDescriptor URINE_BUPRENORPHINE_WITHOUT_NORBUPRENORPHINE = RuleDescriptor.of(
            "medication.urine.buprenorphine-without-norbuprenorphine",
            "Buprenorphine positive with norbuprenorphine negative: consistent with product added to the urine.",
            WARNING, List.of(MedicationSources.ACCURSO_2017));
    /** Norbuprenorphine/buprenorphine ratio below the policy cutoff. */
    public static final RuleDescriptor URINE_NORBUPRENORPHINE_RATIO_LOW = RuleDescriptor.of(
            "medication.urine.norbuprenorphine-ratio-low",
            "The norbuprenorphine/buprenorphine concentration ratio is below the policy cutoff: suspected adulteration.",
            WARNING, List.of(MedicationSources.ACCURSO_2017, MedicationSources.NORBUPRENORPHINE_RATIO_002));
    /** The prescribed medication is absent from a valid specimen collected on treatment. */
    public static final RuleDescriptor URINE_PRESCRIBED_MEDICATION_ABSENT = RuleDescriptor.of(
            "medication.urine.prescribed-medication-absent",
            "A valid specimen collected on treatment is negative for the prescribed medication.",
            WARNING, List.of(MedicationSources.EXPECTED_ANALYTES));
    /** The prescribed medication or its metabolite was not reported, so the pattern cannot be read. */
    public static final RuleDescriptor URINE_MARKER_NOT_REPORTED = RuleDescriptor.of(
            "medication.urine.marker-not-reported",
            "A valid specimen on treatment has no result for the prescribed medication or its metabolite.",
            INFO, List.of(MedicationSources.EXPECTED_ANALYTES));
    /** Fentanyl or norfentanyl positive on MOUD. */
    public static final RuleDescriptor URINE_FENTANYL_PRESENT = RuleDescriptor.of(
            "medication.urine.fentanyl-present",
            "Fentanyl or norfentanyl positive in a valid specimen collected on MOUD.",
            WARNING, List.of(MedicationSources.FENTANYL_NOT_EXPECTED));
    /** An active regimen has no valid drug test on record. */
    public static final RuleDescriptor URINE_NO_TEST_ON_REGIMEN = RuleDescriptor.of(
            "medication.urine.no-test-on-regimen",
            "An active regimen has no valid drug test collected while it was active.",
            WARNING, List.of(MedicationSources.EXPECTED_ANALYTES));

    private MedicationRules() {
    }

    /**
     * Returns every medication rule descriptor, in declaration order.
     *
     * @return the descriptors, not null
     */
    public static List<RuleDescriptor> all() {
        return RuleDescriptor.declaredIn(MedicationRules.class);
    }
}
