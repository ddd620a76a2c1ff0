package org.aftercare.care;

import static org.aftercare.Severity.ERROR;
import static org.aftercare.Severity.INFO;
import static org.aftercare.Severity.WARNING;

import java.util.List;
import org.aftercare.RuleDescriptor;

/**
 * The rule catalog of the care domain, such as {@link #SETTING_REQUIRES_24_HOUR}. docs/rules.md
 * lists these entries; a test keeps the two in step.
 *
 * @since 0.1.0
 */
public final class CareRules {
    /** Scheduled clinical hours in a treatment week are below the level's minimum. */
    public static final RuleDescriptor INTENSITY_BELOW_MINIMUM = RuleDescriptor.of("care.intensity.below-level-minimum",
            "Scheduled clinical hours in one or more treatment weeks are below the minimum of the planned level for the "
                    + "patient's population (adult or adolescent).",
            WARNING, List.of(CareSources.ILLINOIS_77_IAC_2060_410, CareSources.ASAM3_LEVEL_SUMMARIES));
    /** Scheduled clinical hours in a treatment week are above the level's maximum. */
    public static final RuleDescriptor INTENSITY_ABOVE_MAXIMUM = RuleDescriptor.of("care.intensity.above-level-maximum",
            "Scheduled clinical hours in one or more treatment weeks are above the maximum of the planned level; the "
                    + "plan may describe a higher level.",
            WARNING, List.of(CareSources.ILLINOIS_77_IAC_2060_410, CareSources.SAMHSA_IOP_ADVISORY_2021));
    /** The last weeks of a placement taper below the minimum within the allowance. */
    public static final RuleDescriptor INTENSITY_STEP_DOWN_TAPER = RuleDescriptor.of("care.intensity.step-down-taper",
            "The last weeks of the placement taper below the level minimum within the step-down allowance; they still "
                    + "count as the level.",
            INFO, List.of(CareSources.AETNA_ASAM_TAPER));
    /** Weekly hours could not be judged: no full treatment week, or no bounds in force for the level. */
    public static final RuleDescriptor INTENSITY_NOT_ASSESSABLE = RuleDescriptor.of("care.intensity.not-assessable",
            "Weekly hours could not be judged against the level: the placement has no full treatment week.",
            INFO, List.of(CareSources.ILLINOIS_77_IAC_2060_410));
    /** A level that needs 24-hour structure is planned in an outpatient setting. */
    public static final RuleDescriptor SETTING_REQUIRES_24_HOUR = RuleDescriptor.of("care.setting.requires-24-hour",
            "A residential or inpatient level (24-hour structure) is planned in an outpatient setting.",
            ERROR, List.of(CareSources.ASAM3_LEVEL_SUMMARIES, CareSources.ASAM4_LEVELS));
    /** The patient's age is not documented but a rule needs it. */
    public static final RuleDescriptor AGE_UNKNOWN = RuleDescriptor.of("care.patient.age-unknown",
            "The patient's age is not documented; adult or adolescent bounds and modality age limits could not be applied.",
            WARNING, List.of(CareSources.ADULT_AGE));
    /** A modality is planned outside its intended population. */
    public static final RuleDescriptor MODALITY_OUTSIDE_POPULATION = RuleDescriptor.of("care.modality.outside-population",
            "A modality is planned for a patient outside the ages it was developed and tested for (e.g. MDFT for an adult).",
            WARNING, List.of(CareSources.MDFT_DEVELOPER, CareSources.MDFT_FOUNDATIONS));
    /** A modality is planned with fewer sessions or weeks than its usual dose. */
    public static final RuleDescriptor DOSE_BELOW_USUAL = RuleDescriptor.of("care.modality.dose-below-usual",
            "A modality is planned with fewer sessions or a shorter course than its usual (tested) dose.",
            WARNING, List.of(CareSources.NREPP_TSF, CareSources.PROJECT_MATCH, CareSources.MBRP_BOWEN));
    /** A modality is planned with more sessions or weeks than its usual dose. */
    public static final RuleDescriptor DOSE_ABOVE_USUAL = RuleDescriptor.of("care.modality.dose-above-usual",
            "A modality is planned with more sessions or a longer course than its usual dose; fine if intended.",
            INFO, List.of(CareSources.NREPP_TSF, CareSources.PROJECT_MATCH, CareSources.MBRP_BOWEN));
    /** The plan has no relapse-prevention component. */
    public static final RuleDescriptor NO_RELAPSE_PREVENTION = RuleDescriptor.of("care.plan.no-relapse-prevention",
            "The aftercare plan has no relapse-prevention component (CBT, MBRP, TSF, CRA, telephone continuing care "
                    + "or a therapeutic community).",
            WARNING, List.of(CareSources.BOWEN_2014, CareSources.MCKAY_2009));
    /** OUD is diagnosed and medication for OUD was not offered. */
    public static final RuleDescriptor MOUD_NOT_OFFERED = RuleDescriptor.of("care.moud.not-offered",
            "OUD is diagnosed and medication for OUD is documented as not offered.",
            ERROR, List.of(CareSources.ASAM_NPG_2020));
    /** OUD is diagnosed and nothing is documented about medication for OUD. */
    public static final RuleDescriptor MOUD_NOT_DOCUMENTED = RuleDescriptor.of("care.moud.not-documented",
            "OUD is diagnosed and the plan documents neither medication for OUD nor a declined offer.",
            WARNING, List.of(CareSources.ASAM_NPG_2020));
    /** Whether OUD is diagnosed is not documented. */
    public static final RuleDescriptor OUD_DIAGNOSIS_UNKNOWN = RuleDescriptor.of("care.patient.oud-diagnosis-unknown",
            "Whether OUD is diagnosed is not documented, so the medication-for-OUD check could not be applied.",
            INFO, List.of(CareSources.ASAM_NPG_2020));
    /** A co-occurring mental-health disorder without a mental-health service. */
    public static final RuleDescriptor CO_OCCURRING_WITHOUT_SERVICE = RuleDescriptor.of(
            "care.co-occurring.no-mental-health-service",
            "A co-occurring mental-health disorder is diagnosed and the plan has no mental-health service.",
            WARNING, List.of(CareSources.NIDA_PRINCIPLES_3_4));
    /** Whether a co-occurring disorder is present is not documented. */
    public static final RuleDescriptor CO_OCCURRING_UNKNOWN = RuleDescriptor.of("care.co-occurring.not-documented",
            "Whether a co-occurring mental-health disorder is present is not documented.",
            INFO, List.of(CareSources.NIDA_PRINCIPLES_3_4));
    /** A documented need has no matching wrap-around service. */
    public static final RuleDescriptor UNMET_NEED = RuleDescriptor.of("care.wrap-around.unmet-need",
            "A documented need (housing, employment, vocational, primary care, parenting, legal) has no matching service.",
            WARNING, List.of(CareSources.NIDA_PRINCIPLES_3_4));
    /** Planned continuing care is shorter than the policy minimum. */
    public static final RuleDescriptor CONTINUING_CARE_BELOW_MINIMUM = RuleDescriptor.of(
            "care.continuing-care.below-minimum",
            "Planned continuing care is shorter than the policy minimum. McKay 2009 found better effects with longer "
                    + "planned duration; Blodgett 2014 found duration not a significant moderator.",
            WARNING, List.of(CareSources.NIDA_PRINCIPLE_5, CareSources.MCKAY_2009, CareSources.BLODGETT_2014));
    /** A recovery-housing stay is planned shorter than the evidence suggests. */
    public static final RuleDescriptor RECOVERY_HOUSING_SHORT = RuleDescriptor.of("care.recovery-housing.stay-below-evidence",
            "A recovery-housing stay is planned shorter than the evidence suggests (6 months or more; the 30-90 day "
                    + "figure is not supported).",
            INFO, List.of(CareSources.SOBER_LIVING_2023));
    /** A therapeutic-community stay is planned shorter than the evidence suggests. */
    public static final RuleDescriptor THERAPEUTIC_COMMUNITY_SHORT = RuleDescriptor.of(
            "care.therapeutic-community.stay-below-evidence",
            "A therapeutic-community stay is planned shorter than the stay that predicts better outcomes (90 days).",
            INFO, List.of(CareSources.NIDA_TC_REPORT));
    /** Attendance over the recent window is below the policy threshold. */
    public static final RuleDescriptor ATTENDANCE_BELOW_THRESHOLD = RuleDescriptor.of("care.attendance.below-threshold",
            "Attendance over the recent window is below the policy threshold: re-engage the patient and consider a "
                    + "step-up in level of care.",
            WARNING, List.of(CareSources.RMC_SCOTT_DENNIS));
    /** Scheduled sessions in the recent window have no attendance records. */
    public static final RuleDescriptor ATTENDANCE_NOT_RECORDED = RuleDescriptor.of("care.attendance.not-recorded",
            "Sessions were scheduled in the recent window but no attendance is recorded for them.",
            INFO, List.of(CareSources.RMC_SCOTT_DENNIS));
    /** A relapse was recorded: re-engage, never a failure finding. */
    public static final RuleDescriptor RELAPSE_RE_ENGAGEMENT = RuleDescriptor.of("care.relapse.re-engagement",
            "A relapse was recorded during continuing care: re-engage and review the level of care and supports. "
                    + "Relapse is part of a chronic illness, not treatment failure.",
            WARNING, List.of(CareSources.RMC_SCOTT_DENNIS, CareSources.MCKAY_2009));
    /** An opioid (or unknown) relapse: overdose risk after tolerance loss. */
    public static final RuleDescriptor RELAPSE_OVERDOSE_RISK = RuleDescriptor.of("care.relapse.overdose-risk",
            "A relapse that may involve opioids: tolerance may be lost, so overdose risk is high; offer naloxone and "
                    + "overdose education.",
            WARNING, List.of(CareSources.ASAM_NPG_2020_OVERDOSE));

    private CareRules() {
    }

    /**
     * Returns the care domain's descriptors, in declaration order.
     *
     * @return the descriptors, not null
     */
    public static List<RuleDescriptor> all() {
        return RuleDescriptor.declaredIn(CareRules.class);
    }
}
