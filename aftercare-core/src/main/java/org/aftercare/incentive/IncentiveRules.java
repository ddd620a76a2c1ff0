package org.aftercare.incentive;

import java.util.List;
import org.aftercare.Citation;
import org.aftercare.RuleDescriptor;
import org.aftercare.Severity;
import org.aftercare.VerificationStatus;

/**
 * The rule catalog of the incentive domain, such as {@link #CAP_SCHEDULE_CAN_EXCEED}: the
 * schedule's maximum possible earnings are above a funding cap.
 *
 * @since 0.1.0
 */
public final class IncentiveRules {
    static final Citation OIG_NOMINAL = Citation.of("HHS-OIG policy statement on nominal value", "",
            "2016-12-07", VerificationStatus.VERIFIED);
    static final Citation SAMHSA_2025 = Citation.of("SAMHSA contingency management guidance for grantees", "",
            "January 2025, Rural SUD Info summary 2025-01-22", VerificationStatus.VERIFIED);
    static final Citation SAMHSA_OPIOID_CAUTION = Citation.of("SAMHSA caution on opioid-abstinence CM", "",
            "January 2025, news coverage (emilyshope.charity, syndicated); MOUD remains the standard of care for OUD",
            VerificationStatus.SECONDARY);
    static final Citation CRA_MANUAL = Citation.of("Budney & Higgins, NIDA Therapy Manual 2: CRA plus Vouchers",
            "The Voucher Program", "1998, archives.drugabuse.gov CRA6", VerificationStatus.VERIFIED);
    static final Citation TIP_43 = Citation.of("SAMHSA TIP 43, Medication-Assisted Treatment for Opioid Addiction in OTPs",
            "drug testing", "2005: adherence testing (methadone metabolites) is distinct from testing for drugs of abuse",
            VerificationStatus.VERIFIED);
    static final Citation LA_COUNTY_RIP = Citation.of("LA County DPH, Recovery Incentives Program page", "",
            "no CM in residential care (ASAM 3.1-4.0) until the member moves to outpatient care",
            VerificationStatus.VERIFIED);
    static final Citation AO_22_04 = Citation.of("HHS-OIG Advisory Opinion 22-04", "",
            "2022-03-02; only the requestor may rely on the opinion", VerificationStatus.VERIFIED);
    static final Citation LIBRARY = Citation.of("aftercare incentive ledger", "", "0.1.0", VerificationStatus.LOCAL);

    /** The schedule's maximum (or expected) earnings, for the report. */
    public static final RuleDescriptor SCHEDULE_MAXIMUM = RuleDescriptor.of("incentive.schedule.maximum",
            "The schedule's design-time maximum possible earnings (and expected value for prize draws), before funding caps.",
            Severity.INFO, List.of(CRA_MANUAL));

    /** The schedule uses parameters no retrieved source confirms. */
    public static final RuleDescriptor SCHEDULE_UNVERIFIED_PARAMETERS = RuleDescriptor.of(
            "incentive.schedule.unverified-parameters",
            "The schedule uses parameter values no retrieved source confirms ([U]); confirm them before relying on the amounts.",
            Severity.WARNING, List.of(LIBRARY));

    /** The schedule can earn more than an aggregate funding cap. */
    public static final RuleDescriptor CAP_SCHEDULE_CAN_EXCEED = RuleDescriptor.of("incentive.cap.schedule-can-exceed",
            "The schedule's maximum possible earnings exceed a funding cap (WARNING for vouchers; INFO for prize draws "
                    + "whose expected value is within the cap); the ledger will withhold the excess.",
            Severity.WARNING, List.of(OIG_NOMINAL, SAMHSA_2025), Severity.INFO);

    /** The expected earnings of a prize-draw schedule exceed a funding cap. */
    public static final RuleDescriptor CAP_EXPECTED_EXCEEDS = RuleDescriptor.of("incentive.cap.expected-exceeds",
            "The expected earnings of a prize-draw schedule exceed a funding cap.",
            Severity.WARNING, List.of(OIG_NOMINAL, SAMHSA_2025));

    /** One incentive item can be worth more than the per-item cap. */
    public static final RuleDescriptor CAP_ITEM_CAN_EXCEED = RuleDescriptor.of("incentive.cap.item-can-exceed",
            "One incentive item (voucher, bonus or prize) can be worth more than the per-item cap.",
            Severity.WARNING, List.of(OIG_NOMINAL, AO_22_04));

    /** A cap held back part of what an event earned. */
    public static final RuleDescriptor CAP_WITHHELD = RuleDescriptor.of("incentive.cap.withheld",
            "A funding cap held back part of what an event earned; the withheld amount was not paid.",
            Severity.WARNING, List.of(OIG_NOMINAL, SAMHSA_2025));

    /** The incentive form is not one the funding policy allows (for example cash). */
    public static final RuleDescriptor INSTRUMENT_NOT_ALLOWED = RuleDescriptor.of("incentive.instrument.not-allowed",
            "The incentive form (such as cash or a cash-convertible card) is not one the funding policy allows.",
            Severity.ERROR, List.of(OIG_NOMINAL, SAMHSA_2025));

    /** The funding authority protects only its requestor. */
    public static final RuleDescriptor FUNDING_REQUESTOR_ONLY = RuleDescriptor.of("incentive.funding.requestor-only",
            "The funding authority is an advisory opinion that only its requestor may rely on.",
            Severity.WARNING, List.of(AO_22_04));

    /** The programme is delivered in residential care under a policy that pays only in outpatient care. */
    public static final RuleDescriptor SETTING_OUTPATIENT_ONLY = RuleDescriptor.of("incentive.setting.outpatient-only",
            "Incentives are planned in a residential setting under a funding policy that pays only in outpatient care.",
            Severity.ERROR, List.of(LA_COUNTY_RIP));

    /** Opioid abstinence is reinforced for a patient with OUD who is not on MOUD (or whose status is unknown). */
    public static final RuleDescriptor TARGET_OPIOID_ABSTINENCE_WITHOUT_MOUD = RuleDescriptor.of(
            "incentive.target.opioid-abstinence-without-moud",
            "An opioid-abstinence target for a patient with OUD who is not documented as receiving MOUD: loss of "
                    + "tolerance raises overdose risk, and MOUD is the standard of care.",
            Severity.WARNING, List.of(SAMHSA_OPIOID_CAUTION));

    /** The funder pays only patients with a stimulant use disorder, and the patient's is not documented as present. */
    public static final RuleDescriptor ELIGIBILITY_STIMULANT_USE_DISORDER = RuleDescriptor.of(
            "incentive.eligibility.stimulant-use-disorder",
            "The funding policy pays incentives only to patients with a stimulant use disorder, and the patient's is "
                    + "documented as absent or not documented.",
            Severity.WARNING, List.of(LA_COUNTY_RIP));

    /** A prescribed-MOUD marker was positive and was not counted against an abstinence target. */
    public static final RuleDescriptor TARGET_MOUD_MARKER_EXCLUDED = RuleDescriptor.of(
            "incentive.target.moud-marker-excluded",
            "A sample was positive for a marker of the patient's prescribed MOUD, which was excluded from the abstinence target.",
            Severity.INFO, List.of(TIP_43));

    /** A sample could not be judged: a target analyte had no valid result, or its status is neither success nor failure. */
    public static final RuleDescriptor SAMPLE_NOT_ASSESSED = RuleDescriptor.of("incentive.sample.not-assessed",
            "A sample could not be judged against the target (a target analyte not reported, or a specimen status the "
                    + "failure policy counts as neither success nor failure); nothing was earned or reset.",
            Severity.WARNING, List.of(CRA_MANUAL));

    /** An event fell outside the incentivized period. */
    public static final RuleDescriptor EVENT_OUTSIDE_INCENTIVE_PERIOD = RuleDescriptor.of(
            "incentive.event.outside-incentive-period",
            "An event fell before the programme start, after its end, or in a phase without incentives; it earned nothing.",
            Severity.INFO, List.of(LIBRARY));

    /** The programme's clinic zone differs from the evaluation's. */
    public static final RuleDescriptor PROGRAM_ZONE_DIFFERS = RuleDescriptor.of("incentive.program.zone-differs",
            "The programme's clinic zone, which fixes each sample's treatment day, differs from the evaluation's zone.",
            Severity.WARNING, List.of(LIBRARY));

    private IncentiveRules() {
    }

    /**
     * Returns the incentive domain's descriptors, in declaration order.
     *
     * @return the descriptors, not null
     */
    public static List<RuleDescriptor> all() {
        return RuleDescriptor.declaredIn(IncentiveRules.class);
    }
}
