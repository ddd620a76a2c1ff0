package org.aftercare.care;

import java.time.Period;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.aftercare.PolicyKey;

/**
 * The policy keys of the care domain, such as {@link #CONTINUING_CARE_MINIMUM}. Every number the
 * care rules use is read through one of these keys.
 *
 * @since 0.1.0
 */
public final class CarePolicyKeys {
    // Keys built once per level and population or modality, at class initialisation, in arrays indexed by
    // ordinal (every plan evaluation reads them; equal by name and type, so a cached key is the key). First in
    // the class: the constants below may not need them, but nothing can read them before they exist.
    private static final Population[] POPULATIONS = Population.values();
    private static final Optional<PolicyKey<HourBounds>>[][] WEEKLY_HOURS = buildWeeklyHours();
    private static final PolicyKey<UsualDose>[] USUAL_DOSE = byModality(CarePolicyKeys::buildUsualDose);
    private static final PolicyKey<AgeRange>[] AGE_RANGE = byModality(CarePolicyKeys::buildAgeRange);

    /** Age in whole years from which adult (not adolescent) level bounds apply. */
    public static final PolicyKey<Integer> ADULT_AGE = PolicyKey.of("care.population.adult-age", Integer.class,
            "age in years from which adult level bounds apply");
    /** How long weekly hours may taper below a level's minimum at the end of a placement while still counting as that level. */
    public static final PolicyKey<Period> STEP_DOWN_TAPER = PolicyKey.of("care.weekly-hours.step-down-taper", Period.class,
            "longest taper below the level minimum at the end of a placement");
    /** The least planned continuing-care duration. */
    public static final PolicyKey<Period> CONTINUING_CARE_MINIMUM = PolicyKey.of("care.continuing-care.minimum-duration",
            Period.class, "least planned continuing-care duration");
    /** The least planned stay in recovery housing that the evidence supports. */
    public static final PolicyKey<Period> RECOVERY_HOUSING_MINIMUM_STAY = PolicyKey.of(
            "care.recovery-housing.minimum-stay", Period.class, "least recovery-housing stay supported by evidence");
    /** The least planned stay in a therapeutic community that the evidence supports. */
    public static final PolicyKey<Period> THERAPEUTIC_COMMUNITY_MINIMUM_STAY = PolicyKey.of(
            "care.therapeutic-community.minimum-stay", Period.class, "least therapeutic-community stay supported by evidence");
    /** The least attendance rate over a recent window; no default ships (no source gives one). */
    public static final PolicyKey<AdherenceThreshold> MINIMUM_ADHERENCE = PolicyKey.of("care.attendance.minimum-adherence",
            AdherenceThreshold.class, "least share of sessions attended over a recent window");

    private CarePolicyKeys() {
    }

    /**
     * Returns the key of a level's weekly-hour bounds for a population, such as
     * {@code care.weekly-hours.asam3.2-1.adult}, if the sources define bounds for that level at all.
     *
     * @param level  the level, not null
     * @param population  the population, not null
     * @return the key, or empty for levels without hour bounds in any source
     */
    public static Optional<PolicyKey<HourBounds>> weeklyHours(AsamLevel level, Population population) {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(population, "population");
        return WEEKLY_HOURS[level.ordinal()][population.ordinal()];
    }

    @SuppressWarnings("unchecked")
    private static Optional<PolicyKey<HourBounds>>[][] buildWeeklyHours() {
        AsamLevel[] levels = AsamLevel.values();
        Optional<PolicyKey<HourBounds>>[][] keys = new Optional[levels.length][POPULATIONS.length];
        for (AsamLevel level : levels) {
            for (Population population : POPULATIONS) {
                keys[level.ordinal()][population.ordinal()] = buildWeeklyHours(level, population);
            }
        }
        return keys;
    }

    @SuppressWarnings("unchecked")
    private static <T> PolicyKey<T>[] byModality(Function<Modality, PolicyKey<T>> build) {
        Modality[] modalities = Modality.values();
        PolicyKey<T>[] keys = new PolicyKey[modalities.length];
        for (Modality m : modalities) {
            keys[m.ordinal()] = build.apply(m);
        }
        return keys;
    }

    private static Optional<PolicyKey<HourBounds>> buildWeeklyHours(AsamLevel level, Population population) {
        if (!hasHourBounds(level)) {
            return Optional.empty();
        }
        return Optional.of(PolicyKey.of("care.weekly-hours.asam" + level.edition().code() + "."
                        + level.code().toLowerCase(Locale.ROOT).replace('.', '-') + "." + population.name().toLowerCase(Locale.ROOT),
                HourBounds.class, "weekly service-hour bounds of " + level.label() + " for "
                        + population.name().toLowerCase(Locale.ROOT) + "s"));
    }

    /**
     * Checks if sources give weekly-hour bounds for a level: outpatient 1, 2.1, 2.5 and low-intensity
     * residential 3.1 in either edition.
     *
     * @param level  the level, not null
     * @return true if the level has hour bounds
     */
    public static boolean hasHourBounds(AsamLevel level) {
        switch (level) {
            case V3_1: case V3_2_1: case V3_2_5: case V3_3_1:
            case V4_1_5: case V4_2_1: case V4_2_5: case V4_3_1:
                return true;
            default:
                return false;
        }
    }

    /**
     * Returns the key of a modality's usual dose, such as {@code care.modality.twelve-step-facilitation.usual-dose}.
     *
     * @param modality  the modality, not null
     * @return the key, not null
     */
    public static PolicyKey<UsualDose> usualDose(Modality modality) {
        return USUAL_DOSE[modality.ordinal()];
    }

    private static PolicyKey<UsualDose> buildUsualDose(Modality modality) {
        return PolicyKey.of("care.modality." + modality.code() + ".usual-dose", UsualDose.class,
                "usual dose of " + modality.label());
    }

    /**
     * Returns the key of a modality's population age range, such as
     * {@code care.modality.multidimensional-family-therapy.age-range}.
     *
     * @param modality  the modality, not null
     * @return the key, not null
     */
    public static PolicyKey<AgeRange> ageRange(Modality modality) {
        return AGE_RANGE[modality.ordinal()];
    }

    private static PolicyKey<AgeRange> buildAgeRange(Modality modality) {
        return PolicyKey.of("care.modality." + modality.code() + ".age-range", AgeRange.class,
                "ages for which " + modality.label() + " is intended");
    }
}
