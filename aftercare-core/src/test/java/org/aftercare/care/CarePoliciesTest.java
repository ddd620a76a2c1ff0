package org.aftercare.care;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.aftercare.KernelRules;
import org.aftercare.Policy;
import org.aftercare.PolicyKey;
import org.aftercare.PolicyLayer;
import org.aftercare.RuleDescriptor;
import org.junit.jupiter.api.Test;

class CarePoliciesTest {
    private static final LocalDate DATE = LocalDate.of(2026, 3, 2);
    private static final Policy DEFAULTS = Policy.of("care", List.of(CarePolicies.evidenceDefaults()));

    private static <T> T valueOf(Policy p, PolicyKey<T> key) {
        return p.resolve(key, DATE).orElseThrow().value();
    }

    @Test
    void weeklyHourKeysAreNamedByEditionCodeAndPopulation() {
        assertThat(CarePolicyKeys.weeklyHours(AsamLevel.V3_2_1, Population.ADULT).orElseThrow().name())
                .isEqualTo("care.weekly-hours.asam3.2-1.adult");
        assertThat(CarePolicyKeys.weeklyHours(AsamLevel.V4_1_5, Population.ADOLESCENT).orElseThrow().name())
                .isEqualTo("care.weekly-hours.asam4.1-5.adolescent");
        assertThat(CarePolicyKeys.weeklyHours(AsamLevel.V3_3_5, Population.ADULT)).isEmpty();
        assertThat(CarePolicyKeys.usualDose(Modality.TWELVE_STEP_FACILITATION).name())
                .isEqualTo("care.modality.twelve-step-facilitation.usual-dose");
        assertThat(CarePolicyKeys.ageRange(Modality.MULTIDIMENSIONAL_FAMILY_THERAPY).name())
                .isEqualTo("care.modality.multidimensional-family-therapy.age-range");
    }

    @Test
    void exactlyEightLevelsHaveHourBounds() {
        assertThat(Arrays.stream(AsamLevel.values()).filter(CarePolicyKeys::hasHourBounds)).containsExactly(
                AsamLevel.V3_1, AsamLevel.V3_2_1, AsamLevel.V3_2_5, AsamLevel.V3_3_1,
                AsamLevel.V4_1_5, AsamLevel.V4_2_1, AsamLevel.V4_2_5, AsamLevel.V4_3_1);
    }

    @Test
    void defaultsGiveThirdEditionHourBoundsForBothPopulations() {
        assertThat(valueOf(DEFAULTS, key(AsamLevel.V3_1, Population.ADULT))).hasToString("< 9 h/week");
        assertThat(valueOf(DEFAULTS, key(AsamLevel.V3_1, Population.ADOLESCENT))).hasToString("< 6 h/week");
        assertThat(valueOf(DEFAULTS, key(AsamLevel.V3_2_1, Population.ADULT))).hasToString("9-19 h/week");
        assertThat(valueOf(DEFAULTS, key(AsamLevel.V3_2_1, Population.ADOLESCENT))).hasToString("6-19 h/week");
        assertThat(valueOf(DEFAULTS, key(AsamLevel.V3_2_5, Population.ADULT))).hasToString(">= 20 h/week");
        assertThat(valueOf(DEFAULTS, key(AsamLevel.V3_3_1, Population.ADOLESCENT))).hasToString(">= 5 h/week");
        for (AsamLevel l : List.of(AsamLevel.V4_1_5, AsamLevel.V4_2_1, AsamLevel.V4_2_5, AsamLevel.V4_3_1)) {
            for (Population p : Population.values()) {
                assertThat(DEFAULTS.resolve(key(l, p), DATE)).as("%s %s", l, p).isEmpty();
            }
        }
    }

    @Test
    void defaultsOtherThresholds() {
        assertThat(valueOf(DEFAULTS, CarePolicyKeys.ADULT_AGE)).isEqualTo(18);
        assertThat(valueOf(DEFAULTS, CarePolicyKeys.STEP_DOWN_TAPER)).isEqualTo(Period.ofWeeks(2));
        assertThat(valueOf(DEFAULTS, CarePolicyKeys.CONTINUING_CARE_MINIMUM)).isEqualTo(Period.ofMonths(3));
        assertThat(valueOf(DEFAULTS, CarePolicyKeys.RECOVERY_HOUSING_MINIMUM_STAY)).isEqualTo(Period.ofMonths(6));
        assertThat(valueOf(DEFAULTS, CarePolicyKeys.THERAPEUTIC_COMMUNITY_MINIMUM_STAY)).isEqualTo(Period.ofDays(90));
        assertThat(valueOf(DEFAULTS, CarePolicyKeys.usualDose(Modality.TWELVE_STEP_FACILITATION)))
                .isEqualTo(UsualDose.sessions(12, 15));
        assertThat(valueOf(DEFAULTS, CarePolicyKeys.ageRange(Modality.MULTIDIMENSIONAL_FAMILY_THERAPY)))
                .isEqualTo(AgeRange.of(11, 18));
        assertThat(DEFAULTS.resolve(CarePolicyKeys.MINIMUM_ADHERENCE, DATE)).isEmpty();
    }

    @Test
    void eachAlternativeChangesOnlyItsOwnKeys() {
        PolicyLayer defaults = CarePolicies.evidenceDefaults();
        for (PolicyLayer alt : CarePolicies.alternatives()) {
            Policy stacked = DEFAULTS.withLayer(alt);
            for (PolicyKey<?> key : defaults.keys()) {
                if (!alt.keys().contains(key)) {
                    assertThat(stacked.resolve(key, DATE)).as("%s under %s", key, alt.name())
                            .isEqualTo(DEFAULTS.resolve(key, DATE));
                }
            }
            for (PolicyKey<?> key : alt.keys()) {
                assertThat(stacked.resolve(key, DATE).orElseThrow().layer()).isEqualTo(alt.name());
            }
        }
    }

    @Test
    void alternativesAreOneSwitchAway() {
        assertThat(CarePolicies.alternatives()).extracting(PolicyLayer::name).containsExactly(
                CarePolicies.IOP_CEILING_20_HOURS, CarePolicies.MDFT_AGES_13_TO_18, CarePolicies.CONTINUING_CARE_12_MONTHS,
                CarePolicies.ASAM4_HOURS_FROM_THIRD_EDITION, CarePolicies.FBT_NREPP_15_SESSIONS);
        assertThat(CarePolicies.byName(CarePolicies.EVIDENCE_DEFAULTS)).containsSame(CarePolicies.evidenceDefaults());
        assertThat(CarePolicies.byName("care-alt-unknown")).isEmpty();
        Policy iop20 = DEFAULTS.withLayer(CarePolicies.byName(CarePolicies.IOP_CEILING_20_HOURS).orElseThrow());
        assertThat(valueOf(iop20, key(AsamLevel.V3_2_1, Population.ADULT)))
                .isEqualTo(HourBounds.between(BigDecimal.valueOf(9), BigDecimal.valueOf(20)));
        assertThat(valueOf(iop20, key(AsamLevel.V3_2_1, Population.ADOLESCENT))).hasToString("6-19 h/week");
    }

    @Test
    void ruleCodesAreUniqueAcrossTheCatalog() {
        List<String> codes = Stream.concat(CareRules.all().stream(), KernelRules.all().stream())
                .map(RuleDescriptor::code).toList();
        assertThat(codes).doesNotHaveDuplicates().contains("care.intensity.below-level-minimum",
                "care.setting.requires-24-hour", "policy.threshold.not-in-force");
        assertThat(CareRules.all()).allSatisfy(d -> assertThat(d.code()).startsWith("care."));
    }

    private static PolicyKey<HourBounds> key(AsamLevel level, Population population) {
        return CarePolicyKeys.weeklyHours(level, population).orElseThrow();
    }
}
