package org.aftercare.care;

import static org.aftercare.care.Modality.COGNITIVE_BEHAVIOURAL_THERAPY;
import static org.aftercare.care.Modality.COMMUNITY_REINFORCEMENT_APPROACH;
import static org.aftercare.care.Modality.FAMILY_BEHAVIOUR_THERAPY;
import static org.aftercare.care.Modality.MINDFULNESS_BASED_RELAPSE_PREVENTION;
import static org.aftercare.care.Modality.MOTIVATIONAL_ENHANCEMENT;
import static org.aftercare.care.Modality.MULTIDIMENSIONAL_FAMILY_THERAPY;
import static org.aftercare.care.Modality.RECOVERY_CHECKUPS;
import static org.aftercare.care.Modality.TELEPHONE_CONTINUING_CARE;
import static org.aftercare.care.Modality.TWELVE_STEP_FACILITATION;

import java.math.BigDecimal;
import java.time.Period;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.aftercare.Citation;
import org.aftercare.PolicyLayer;
import org.aftercare.VerificationStatus;

/**
 * The care domain's policy layers, such as {@link #evidenceDefaults()}, and the alternatives one
 * {@code policy.withLayer(...)} away where sources disagree.
 *
 * <table>
 *   <caption>Disagreements and their switches</caption>
 *   <tr><th>Question</th><th>Default (source)</th><th>Alternative layer</th></tr>
 *   <tr><td>2.1 upper bound</td><td>19 h (77 IAC 2060.410, [V])</td><td>{@value #IOP_CEILING_20_HOURS}: 20 h [S]</td></tr>
 *   <tr><td>MDFT ages</td><td>11-18 (developer, [V])</td><td>{@value #MDFT_AGES_13_TO_18}: 13-18 (UK Foundations, [V])</td></tr>
 *   <tr><td>Continuing-care minimum</td><td>3 months (NIDA principle 5, [V])</td><td>{@value #CONTINUING_CARE_12_MONTHS}: 12 months [U]</td></tr>
 *   <tr><td>4th-edition hours</td><td>none (not confirmed)</td><td>{@value #ASAM4_HOURS_FROM_THIRD_EDITION}: 3rd-edition numbers [U]</td></tr>
 *   <tr><td>FBT dose</td><td>15-20 sessions (NREPP and Donohue, [V])</td><td>{@value #FBT_NREPP_15_SESSIONS}: 15 sessions over 26 weeks [V]</td></tr>
 * </table>
 *
 * @since 0.1.0
 */
public final class CarePolicies {
    /** Name of the default care layer. */
    public static final String EVIDENCE_DEFAULTS = "care-evidence-defaults";
    /** Alternative: ASAM 2.1 up to 20 h/week [S]. */
    public static final String IOP_CEILING_20_HOURS = "care-alt-iop-ceiling-20h";
    /** Alternative: MDFT for ages 13-18. */
    public static final String MDFT_AGES_13_TO_18 = "care-alt-mdft-13-18";
    /** Alternative: continuing care of at least 12 months [U]. */
    public static final String CONTINUING_CARE_12_MONTHS = "care-alt-continuing-care-12-months";
    /** Alternative: 4th-edition levels take the 3rd-edition hour bounds [U]. */
    public static final String ASAM4_HOURS_FROM_THIRD_EDITION = "care-alt-asam4-hours-from-3rd-edition";
    /** Alternative: FBT 15 sessions over 26 weeks (NREPP). */
    public static final String FBT_NREPP_15_SESSIONS = "care-alt-fbt-nrepp-15-sessions";

    private static final PolicyLayer DEFAULTS = buildDefaults();

    private CarePolicies() {
    }

    /**
     * Returns the default care layer: 3rd-edition hour bounds, taper allowance, usual doses,
     * population limits and evidence-based minimum stays, each with its citation.
     * The attendance threshold is deliberately absent (no source gives one).
     *
     * @return the layer, not null
     */
    public static PolicyLayer evidenceDefaults() {
        return DEFAULTS;
    }

    /**
     * Returns the alternative layers, each one switch away from the default.
     *
     * @return the layers, not null
     */
    public static List<PolicyLayer> alternatives() {
        return List.of(iopCeiling20Hours(), mdftAges13To18(), continuingCare12Months(), asam4HoursFromThirdEdition(),
                fbtNrepp15Sessions());
    }

    /**
     * Returns a layer of this domain by name: the defaults or an alternative.
     *
     * @param name  the layer name, not null
     * @return the layer, or empty if no care layer has that name
     */
    public static Optional<PolicyLayer> byName(String name) {
        Objects.requireNonNull(name, "name");
        if (name.equals(EVIDENCE_DEFAULTS)) {
            return Optional.of(DEFAULTS);
        }
        return alternatives().stream().filter(l -> l.name().equals(name)).findFirst();
    }

    private static PolicyLayer buildDefaults() {
        PolicyLayer.Builder b = PolicyLayer.builder(EVIDENCE_DEFAULTS,
                "Care thresholds from ASAM 3rd-edition level summaries, SAMHSA, NIDA and modality fact sheets");
        b.set(CarePolicyKeys.ADULT_AGE, 18, CareSources.ADULT_AGE);
        setThirdEditionHours(b, AsamLevel.V3_1, AsamLevel.V3_2_1, AsamLevel.V3_2_5, AsamLevel.V3_3_1,
                HourBounds.between(hours(9), hours(19)), CareSources.ILLINOIS_77_IAC_2060_410);
        b.set(CarePolicyKeys.STEP_DOWN_TAPER, Period.ofWeeks(2), CareSources.AETNA_ASAM_TAPER);
        b.set(CarePolicyKeys.CONTINUING_CARE_MINIMUM, Period.ofMonths(3), CareSources.NIDA_PRINCIPLE_5);
        b.set(CarePolicyKeys.RECOVERY_HOUSING_MINIMUM_STAY, Period.ofMonths(6), CareSources.SOBER_LIVING_2023);
        b.set(CarePolicyKeys.THERAPEUTIC_COMMUNITY_MINIMUM_STAY, Period.ofDays(90), CareSources.NIDA_TC_REPORT);
        b.set(CarePolicyKeys.usualDose(TWELVE_STEP_FACILITATION), UsualDose.sessions(12, 15), CareSources.NREPP_TSF);
        b.set(CarePolicyKeys.usualDose(MOTIVATIONAL_ENHANCEMENT), new UsualDose(4, 4, null, 12), CareSources.PROJECT_MATCH);
        b.set(CarePolicyKeys.usualDose(COGNITIVE_BEHAVIOURAL_THERAPY), new UsualDose(12, 12, null, 12),
                CareSources.PROJECT_MATCH);
        b.set(CarePolicyKeys.usualDose(MINDFULNESS_BASED_RELAPSE_PREVENTION), new UsualDose(8, 8, 8, 8),
                CareSources.MBRP_BOWEN);
        b.set(CarePolicyKeys.usualDose(COMMUNITY_REINFORCEMENT_APPROACH), new UsualDose(36, 36, 24, 24),
                CareSources.NREPP_CRA);
        b.set(CarePolicyKeys.usualDose(FAMILY_BEHAVIOUR_THERAPY), new UsualDose(15, 20, 26, 52), CareSources.FBT_DOSE);
        b.set(CarePolicyKeys.usualDose(MULTIDIMENSIONAL_FAMILY_THERAPY), UsualDose.weeks(13, 26), CareSources.MDFT_DEVELOPER);
        b.set(CarePolicyKeys.usualDose(TELEPHONE_CONTINUING_CARE), UsualDose.sessions(12, 36), CareSources.MCKAY_TELEPHONE);
        b.set(CarePolicyKeys.usualDose(RECOVERY_CHECKUPS), new UsualDose(8, null, 104, null), CareSources.RMC_SCOTT_DENNIS);
        b.set(CarePolicyKeys.ageRange(MULTIDIMENSIONAL_FAMILY_THERAPY), AgeRange.of(11, 18), CareSources.MDFT_DEVELOPER);
        return b.build();
    }

    /** Sets the 3rd-edition bounds: 1 below the IOP minimum, 2.1 the IOP range, 2.5 at 20 h or more, 3.1 at 5 h or more. */
    private static void setThirdEditionHours(PolicyLayer.Builder b, AsamLevel outpatient, AsamLevel iop, AsamLevel php,
            AsamLevel lowIntensityResidential, HourBounds adultIop, Citation iopSource) {
        b.set(key(outpatient, Population.ADULT), HourBounds.lessThan(hours(9)), CareSources.ILLINOIS_77_IAC_2060_410);
        b.set(key(outpatient, Population.ADOLESCENT), HourBounds.lessThan(hours(6)), CareSources.ILLINOIS_77_IAC_2060_410);
        b.set(key(iop, Population.ADULT), adultIop, iopSource);
        b.set(key(iop, Population.ADOLESCENT), HourBounds.between(hours(6), hours(19)), CareSources.ILLINOIS_77_IAC_2060_410);
        b.set(key(php, Population.ADULT), HourBounds.atLeast(hours(20)), CareSources.ASAM3_LEVEL_SUMMARIES);
        b.set(key(php, Population.ADOLESCENT), HourBounds.atLeast(hours(20)), CareSources.ASAM3_LEVEL_SUMMARIES);
        b.set(key(lowIntensityResidential, Population.ADULT), HourBounds.atLeast(hours(5)), CareSources.ASAM3_LEVEL_SUMMARIES);
        b.set(key(lowIntensityResidential, Population.ADOLESCENT), HourBounds.atLeast(hours(5)),
                CareSources.ASAM3_LEVEL_SUMMARIES);
    }

    private static PolicyLayer iopCeiling20Hours() {
        return PolicyLayer.builder(IOP_CEILING_20_HOURS, "ASAM 2.1 at 9 to no more than 20 h/week for adults [S]")
                .set(key(AsamLevel.V3_2_1, Population.ADULT), HourBounds.between(hours(9), hours(20)),
                        CareSources.FASTTRACKER_IOP_20H)
                .build();
    }

    private static PolicyLayer mdftAges13To18() {
        return PolicyLayer.builder(MDFT_AGES_13_TO_18, "MDFT for ages 13-18 (UK Foundations)")
                .set(CarePolicyKeys.ageRange(MULTIDIMENSIONAL_FAMILY_THERAPY), AgeRange.of(13, 18),
                        CareSources.MDFT_FOUNDATIONS)
                .build();
    }

    private static PolicyLayer continuingCare12Months() {
        return PolicyLayer.builder(CONTINUING_CARE_12_MONTHS,
                        "Continuing care of at least 12 months, as commonly attributed to McKay 2009 [U]")
                .set(CarePolicyKeys.CONTINUING_CARE_MINIMUM, Period.ofMonths(12), CareSources.MCKAY_2009_TWELVE_MONTHS)
                .build();
    }

    private static PolicyLayer asam4HoursFromThirdEdition() {
        PolicyLayer.Builder b = PolicyLayer.builder(ASAM4_HOURS_FROM_THIRD_EDITION,
                "4th-edition levels 1.5, 2.1, 2.5, 3.1 take the 3rd-edition hour bounds [U]");
        Citation u = CareSources.ASAM4_HOURS_UNCONFIRMED;
        b.set(key(AsamLevel.V4_1_5, Population.ADULT), HourBounds.lessThan(hours(9)), u);
        b.set(key(AsamLevel.V4_1_5, Population.ADOLESCENT), HourBounds.lessThan(hours(6)), u);
        b.set(key(AsamLevel.V4_2_1, Population.ADULT), HourBounds.between(hours(9), hours(19)), u);
        b.set(key(AsamLevel.V4_2_1, Population.ADOLESCENT), HourBounds.between(hours(6), hours(19)), u);
        b.set(key(AsamLevel.V4_2_5, Population.ADULT), HourBounds.atLeast(hours(20)), u);
        b.set(key(AsamLevel.V4_2_5, Population.ADOLESCENT), HourBounds.atLeast(hours(20)), u);
        b.set(key(AsamLevel.V4_3_1, Population.ADULT), HourBounds.atLeast(hours(5)), u);
        b.set(key(AsamLevel.V4_3_1, Population.ADOLESCENT), HourBounds.atLeast(hours(5)), u);
        return b.build();
    }

    private static PolicyLayer fbtNrepp15Sessions() {
        return PolicyLayer.builder(FBT_NREPP_15_SESSIONS, "FBT 15 sessions over 6 months (NREPP)")
                .set(CarePolicyKeys.usualDose(FAMILY_BEHAVIOUR_THERAPY), new UsualDose(15, 15, 26, 26),
                        Citation.of("NREPP: Family Behavior Therapy", "dose", "legacy summary", VerificationStatus.VERIFIED))
                .build();
    }

    private static org.aftercare.PolicyKey<HourBounds> key(AsamLevel level, Population population) {
        return CarePolicyKeys.weeklyHours(level, population).orElseThrow();
    }

    private static BigDecimal hours(int h) {
        return BigDecimal.valueOf(h);
    }
}
