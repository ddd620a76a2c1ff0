package org.aftercare.medication;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Period;
import java.util.Optional;
import org.aftercare.PolicyKey;

/**
 * The policy keys of the medication rules, such as {@link #METHADONE_FIRST_DAY_CAP}. Values, citations and
 * effective periods are in {@link MedicationPolicies}; rules never hold these numbers as literals.
 *
 * @since 0.1.0
 */
public final class MedicationPolicyKeys {
    /** Least time from the last short-acting opioid use to a standard buprenorphine start. */
    public static final PolicyKey<Duration> BUPRENORPHINE_WAIT_SHORT_ACTING = PolicyKey.of(
            "medication.buprenorphine.induction.wait.short-acting", Duration.class,
            "least time from last short-acting opioid use to the first buprenorphine dose");
    /** Least time from the last extended-release opioid use to a standard buprenorphine start. */
    public static final PolicyKey<Duration> BUPRENORPHINE_WAIT_EXTENDED_RELEASE = PolicyKey.of(
            "medication.buprenorphine.induction.wait.extended-release", Duration.class,
            "least time from last extended-release or long-acting opioid use to the first buprenorphine dose");
    /** Least time from the last methadone dose to a standard buprenorphine start. */
    public static final PolicyKey<Duration> BUPRENORPHINE_WAIT_METHADONE = PolicyKey.of(
            "medication.buprenorphine.induction.wait.methadone", Duration.class,
            "least time from last methadone to the first buprenorphine dose");
    /** Least time from the last fentanyl use to a standard buprenorphine start. */
    public static final PolicyKey<Duration> BUPRENORPHINE_WAIT_FENTANYL = PolicyKey.of(
            "medication.buprenorphine.induction.wait.fentanyl", Duration.class,
            "least time from last fentanyl use to the first buprenorphine dose");
    /** COWS total and objective signs required before a standard buprenorphine start. */
    public static final PolicyKey<CowsStartThreshold> COWS_START_THRESHOLD = PolicyKey.of(
            "medication.buprenorphine.induction.cows-start", CowsStartThreshold.class,
            "COWS total (and objective-sign count) required before the first buprenorphine dose");
    /** Largest methadone daily dose from which a standard switch to buprenorphine is usually tolerated. */
    public static final PolicyKey<Dose> METHADONE_TO_BUPRENORPHINE_MAX_DOSE = PolicyKey.of(
            "medication.buprenorphine.switch-from-methadone-max-dose", Dose.class,
            "largest methadone daily dose from which a standard switch to buprenorphine is usually tolerated");
    /** The low-dose buprenorphine induction schedule. */
    public static final PolicyKey<LowDoseSchedule> BUPRENORPHINE_LOW_DOSE_SCHEDULE = PolicyKey.of(
            "medication.buprenorphine.low-dose-schedule", LowDoseSchedule.class,
            "most buprenorphine per treatment day of a low-dose induction");
    /** The COWS severity band table. */
    public static final PolicyKey<CowsBands> COWS_BANDS = PolicyKey.of("medication.cows.bands", CowsBands.class,
            "COWS severity bands by total score");

    /** What the transmucosal buprenorphine label edition in force says about higher daily doses. */
    public static final PolicyKey<LabelDoseStatement> BUPRENORPHINE_DAILY_LABEL_STATEMENT = PolicyKey.of(
            "medication.buprenorphine.daily-label-statement", LabelDoseStatement.class,
            "the label statement on transmucosal buprenorphine daily doses above a figure");

    /** What the Sublocade label in force requires before the first injection. */
    public static final PolicyKey<SublocadeStart> SUBLOCADE_START = PolicyKey.of("medication.sublocade.start",
            SublocadeStart.class, "transmucosal buprenorphine required before the first Sublocade injection");
    /** The Sublocade dose sequence. */
    public static final PolicyKey<SublocadeDosing> SUBLOCADE_DOSING = PolicyKey.of("medication.sublocade.dosing",
            SublocadeDosing.class, "Sublocade initial and maintenance doses");
    /** Least time between Sublocade injections. */
    public static final PolicyKey<Period> SUBLOCADE_MIN_INTERVAL = PolicyKey.of("medication.sublocade.min-interval",
            Period.class, "least time between Sublocade injections");
    /** Least time from the first to the second Sublocade injection after a rapid (single-dose) start. */
    public static final PolicyKey<Period> SUBLOCADE_RAPID_SECOND_MIN_INTERVAL = PolicyKey.of(
            "medication.sublocade.rapid-start-second-min-interval", Period.class,
            "least time from the first to the second injection after a single-dose start (open under the 02/2025 label)");
    /** Time from one Sublocade injection to the next due date. */
    public static final PolicyKey<Period> SUBLOCADE_INTERVAL = PolicyKey.of("medication.sublocade.interval", Period.class,
            "time from one Sublocade injection to the next due date");
    /** How late a Sublocade injection may be without clinical consequence. */
    public static final PolicyKey<Period> SUBLOCADE_LATE_GRACE = PolicyKey.of("medication.sublocade.late-grace",
            Period.class, "how long after the due date a Sublocade injection may still be given");

    /** Brixadi weekly schedule. */
    public static final PolicyKey<InjectionSchedule> BRIXADI_WEEKLY_SCHEDULE = PolicyKey.of(
            "medication.brixadi.weekly-schedule", InjectionSchedule.class, "Brixadi weekly interval and window");
    /** Brixadi monthly schedule. */
    public static final PolicyKey<InjectionSchedule> BRIXADI_MONTHLY_SCHEDULE = PolicyKey.of(
            "medication.brixadi.monthly-schedule", InjectionSchedule.class, "Brixadi monthly interval and window");

    /** Largest first methadone dose (2001 rule only; no such cap from 2024-04-02). */
    public static final PolicyKey<Dose> METHADONE_FIRST_DOSE_CAP = PolicyKey.of("medication.methadone.first-dose-cap",
            Dose.class, "largest single first methadone dose");
    /** Largest methadone total on the first treatment day. */
    public static final PolicyKey<Dose> METHADONE_FIRST_DAY_CAP = PolicyKey.of("medication.methadone.first-day-cap",
            Dose.class, "largest methadone total on the first day without documented justification");
    /** Whether a documented justification allows a first-day total above the cap. */
    public static final PolicyKey<Boolean> METHADONE_FIRST_DAY_OVERRIDE = PolicyKey.of(
            "medication.methadone.first-day-override", Boolean.class,
            "true if the practitioner's documented justification allows a first-day total above the cap");
    /** The take-home ladder; every layer's ladder applies, strictest wins. */
    public static final PolicyKey<TakeHomeLadder> TAKE_HOME_LADDER = PolicyKey.of("medication.take-home.ladder",
            TakeHomeLadder.class, "most take-home days by treatment day (all layers apply; strictest wins)");
    /** How many take-home criteria must be documented as weighed. */
    public static final PolicyKey<Integer> TAKE_HOME_CRITERIA_COUNT = PolicyKey.of("medication.take-home.criteria-count",
            Integer.class, "number of take-home criteria that must be documented as assessed");
    /** Whether the time-in-treatment ladder applies to buprenorphine take-homes. */
    public static final PolicyKey<Boolean> TAKE_HOME_LADDER_APPLIES_TO_BUPRENORPHINE = PolicyKey.of(
            "medication.take-home.ladder-applies-to-buprenorphine", Boolean.class,
            "true if the take-home ladder also limits buprenorphine");

    /** The methadone missed-dose protocol. */
    public static final PolicyKey<MissedDoseProtocol> METHADONE_MISSED_DOSE_PROTOCOL = PolicyKey.of(
            "medication.methadone.missed-dose-protocol", MissedDoseProtocol.class,
            "what consecutive missed methadone days require before restarting, and restart dose limits");
    /** How fast methadone may be raised after the first day. */
    public static final PolicyKey<MethadoneTitration> METHADONE_TITRATION = PolicyKey.of("medication.methadone.titration",
            MethadoneTitration.class, "largest methadone increase and fewest days between increases");

    /** Methadone daily dose above which an ECG is due. */
    public static final PolicyKey<Dose> METHADONE_ECG_DOSE_TRIGGER = PolicyKey.of("medication.methadone.ecg-dose-trigger",
            Dose.class, "methadone daily dose above which an ECG is due");
    /** QTc above which a methadone patient needs a risk discussion and closer monitoring. */
    public static final PolicyKey<Integer> QTC_WARNING_MS = PolicyKey.of("medication.methadone.qtc-warning-ms",
            Integer.class, "QTc in ms above which risk and benefit are discussed and monitoring increased");
    /** QTc above which methadone should be stopped, lowered or switched. */
    public static final PolicyKey<Integer> QTC_ERROR_MS = PolicyKey.of("medication.methadone.qtc-error-ms",
            Integer.class, "QTc in ms above which stopping, lowering or switching methadone is considered");

    /** Least opioid-free time after short-acting opioids before naltrexone. */
    public static final PolicyKey<Duration> NALTREXONE_FREE_SHORT_ACTING = PolicyKey.of(
            "medication.naltrexone.opioid-free.short-acting", Duration.class,
            "least opioid-free time after short-acting opioids before the first naltrexone dose");
    /** Least opioid-free time after extended-release opioids before naltrexone. */
    public static final PolicyKey<Duration> NALTREXONE_FREE_EXTENDED_RELEASE = PolicyKey.of(
            "medication.naltrexone.opioid-free.extended-release", Duration.class,
            "least opioid-free time after extended-release opioids before the first naltrexone dose");
    /** Least opioid-free time after fentanyl before naltrexone. */
    public static final PolicyKey<Duration> NALTREXONE_FREE_FENTANYL = PolicyKey.of(
            "medication.naltrexone.opioid-free.fentanyl", Duration.class,
            "least opioid-free time after fentanyl before the first naltrexone dose");
    /** Least time after methadone before naltrexone. */
    public static final PolicyKey<Duration> NALTREXONE_FREE_METHADONE = PolicyKey.of(
            "medication.naltrexone.opioid-free.methadone", Duration.class,
            "least time after methadone before the first naltrexone dose");
    /** Least time after buprenorphine before naltrexone. */
    public static final PolicyKey<Duration> NALTREXONE_FREE_BUPRENORPHINE = PolicyKey.of(
            "medication.naltrexone.opioid-free.buprenorphine", Duration.class,
            "least time after buprenorphine before the first naltrexone dose");
    /** Interval between XR-naltrexone injections. */
    public static final PolicyKey<Period> XR_NALTREXONE_INTERVAL = PolicyKey.of("medication.naltrexone.xr-interval",
            Period.class, "time from one XR-naltrexone injection to the next");
    /** How long before an XR-naltrexone interval ends to prompt naloxone counselling. */
    public static final PolicyKey<Period> XR_NALTREXONE_NALOXONE_LEAD = PolicyKey.of(
            "medication.naltrexone.xr-naloxone-lead", Period.class,
            "how long before the XR-naltrexone interval ends to prompt naloxone counselling");

    /** Overdose-risk window after release from incarceration. */
    public static final PolicyKey<Period> OVERDOSE_WINDOW_AFTER_RELEASE = PolicyKey.of(
            "medication.overdose-risk.after-release", Period.class, "high-risk window after release from incarceration");
    /** Overdose-risk window after completed withdrawal management. */
    public static final PolicyKey<Period> OVERDOSE_WINDOW_AFTER_WITHDRAWAL_MANAGEMENT = PolicyKey.of(
            "medication.overdose-risk.after-withdrawal-management", Period.class,
            "high-risk window after completed withdrawal management");
    /** Overdose-risk window after leaving medication treatment. */
    public static final PolicyKey<Period> OVERDOSE_WINDOW_AFTER_LEAVING_MOUD = PolicyKey.of(
            "medication.overdose-risk.after-leaving-moud", Period.class, "high-risk window after leaving MOUD");
    /** Consecutive missed methadone days that mean reduced tolerance. */
    public static final PolicyKey<Integer> MISSED_METHADONE_DAYS_REDUCED_TOLERANCE = PolicyKey.of(
            "medication.overdose-risk.missed-methadone-days", Integer.class,
            "consecutive missed methadone days treated as reduced tolerance");

    /** Lofexidine limits. */
    public static final PolicyKey<AdjunctLimit> LOFEXIDINE_LIMIT = PolicyKey.of("medication.adjunct.lofexidine.limit",
            AdjunctLimit.class, "lofexidine daily, single-dose and course limits");
    /** Clonidine limits (sources disagree; no default). */
    public static final PolicyKey<AdjunctLimit> CLONIDINE_LIMIT = PolicyKey.of("medication.adjunct.clonidine.limit",
            AdjunctLimit.class, "clonidine daily limit for withdrawal (sources disagree: 0.8, 1.2 or 2.0 mg)");
    /** Loperamide limits. */
    public static final PolicyKey<AdjunctLimit> LOPERAMIDE_LIMIT = PolicyKey.of("medication.adjunct.loperamide.limit",
            AdjunctLimit.class, "loperamide daily limit during withdrawal");
    /** Ondansetron limits. */
    public static final PolicyKey<AdjunctLimit> ONDANSETRON_LIMIT = PolicyKey.of("medication.adjunct.ondansetron.limit",
            AdjunctLimit.class, "ondansetron daily limit during withdrawal");

    /** Norbuprenorphine to buprenorphine ratio below which a specimen suggests adulteration. */
    public static final PolicyKey<BigDecimal> NORBUPRENORPHINE_RATIO_CUTOFF = PolicyKey.of(
            "medication.urine.norbuprenorphine-ratio-cutoff", BigDecimal.class,
            "norbuprenorphine/buprenorphine concentration ratio below which the specimen suggests adulteration");

    private MedicationPolicyKeys() {
    }

    /**
     * Returns the buprenorphine wait key for a kind of opioid.
     *
     * @param kind  the kind, not null
     * @return the key, or empty for buprenorphine (no wait) and unknown kinds (no wait can be chosen)
     */
    public static Optional<PolicyKey<Duration>> buprenorphineWait(OpioidKind kind) {
        switch (kind) {
            case SHORT_ACTING:
                return Optional.of(BUPRENORPHINE_WAIT_SHORT_ACTING);
            case EXTENDED_RELEASE:
                return Optional.of(BUPRENORPHINE_WAIT_EXTENDED_RELEASE);
            case METHADONE:
                return Optional.of(BUPRENORPHINE_WAIT_METHADONE);
            case FENTANYL:
                return Optional.of(BUPRENORPHINE_WAIT_FENTANYL);
            case BUPRENORPHINE:
            case UNKNOWN:
                return Optional.empty();
            default:
                throw new AssertionError(kind);
        }
    }

    /**
     * Returns the limit key of an adjunct.
     *
     * @param adjunct  the adjunct, not null
     * @return the key, or empty for adjuncts the library sets no limit for
     */
    public static Optional<PolicyKey<AdjunctLimit>> adjunctLimit(Adjunct adjunct) {
        switch (adjunct) {
            case LOFEXIDINE:
                return Optional.of(LOFEXIDINE_LIMIT);
            case CLONIDINE:
                return Optional.of(CLONIDINE_LIMIT);
            case LOPERAMIDE:
                return Optional.of(LOPERAMIDE_LIMIT);
            case ONDANSETRON:
                return Optional.of(ONDANSETRON_LIMIT);
            default:
                return Optional.empty();
        }
    }

    /**
     * Returns the naltrexone opioid-free key for a kind of opioid.
     *
     * @param kind  the kind, not null
     * @return the key, or empty for unknown kinds (no window can be chosen)
     */
    public static Optional<PolicyKey<Duration>> naltrexoneOpioidFree(OpioidKind kind) {
        switch (kind) {
            case SHORT_ACTING:
                return Optional.of(NALTREXONE_FREE_SHORT_ACTING);
            case EXTENDED_RELEASE:
                return Optional.of(NALTREXONE_FREE_EXTENDED_RELEASE);
            case METHADONE:
                return Optional.of(NALTREXONE_FREE_METHADONE);
            case BUPRENORPHINE:
                return Optional.of(NALTREXONE_FREE_BUPRENORPHINE);
            case FENTANYL:
                return Optional.of(NALTREXONE_FREE_FENTANYL);
            case UNKNOWN:
                return Optional.empty();
            default:
                throw new AssertionError(kind);
        }
    }
}
