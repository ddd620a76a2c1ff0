package org.aftercare.medication;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.aftercare.Policy;
import org.aftercare.PolicyKey;
import org.aftercare.PolicyLayer;
import org.aftercare.RuleDescriptor;
import org.aftercare.Threshold;
import org.aftercare.VerificationStatus;
import org.junit.jupiter.api.Test;

/** The rule catalog and the policy layers are complete, and every unverified value is on a known list. */
class MedicationCatalogTest {

    @Test
    void everyRuleHasADistinctMedicationCode() {
        List<RuleDescriptor> all = MedicationRules.all();
        assertThat(all).hasSize(46);
        assertThat(all).extracting(RuleDescriptor::code).doesNotHaveDuplicates()
                .allMatch(code -> code.startsWith("medication."));
    }

    private static List<PolicyKey<?>> declaredKeys() throws IllegalAccessException {
        List<PolicyKey<?>> keys = new ArrayList<>();
        for (Field f : MedicationPolicyKeys.class.getDeclaredFields()) {
            if (f.getType() == PolicyKey.class && Modifier.isStatic(f.getModifiers())) {
                keys.add((PolicyKey<?>) f.get(null));
            }
        }
        return keys;
    }

    @Test
    void theBaselineSetsEveryKey_exceptTheDeliberatelyOpenOnes() throws IllegalAccessException {
        List<PolicyKey<?>> expected = new ArrayList<>(declaredKeys());
        expected.remove(MedicationPolicyKeys.SUBLOCADE_RAPID_SECOND_MIN_INTERVAL);
        expected.remove(MedicationPolicyKeys.CLONIDINE_LIMIT);
        assertThat(MedicationPolicies.federalBaseline().keys()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(MedicationPolicies.sublocadeRapidSecondOneWeek().keys())
                .containsExactly(MedicationPolicyKeys.SUBLOCADE_RAPID_SECOND_MIN_INTERVAL);
    }

    @Test
    void unverifiedValuesInTheBaselineAreExactlyTheKnownOnes_andEachCitesItsStatus() {
        Set<String> unverified = MedicationPolicies.federalBaseline().thresholds().stream()
                .filter(t -> t.citation().status() == VerificationStatus.UNVERIFIED)
                .map(t -> t.key().name() + " " + t.period()).collect(Collectors.toSet());
        assertThat(unverified).containsExactlyInAnyOrder(
                "medication.methadone.first-day-override [.., 2024-04-02)",
                "medication.take-home.ladder-applies-to-buprenorphine [.., 2024-04-02)",
                "medication.naltrexone.xr-naloxone-lead [.., ..)");
    }

    @Test
    void virginiaDefault_isUnverifiedBecauseItsEffectiveDateIsUnknown() {
        PolicyLayer va = MedicationPolicies.virginia();
        assertThat(va.thresholds()).allSatisfy(t -> {
            assertThat(t.citation().status()).isEqualTo(VerificationStatus.UNVERIFIED);
            assertThat(t.citation().edition()).contains("effective date NOT confirmed");
            assertThat(t.period().start()).contains(MedicationPolicies.VIRGINIA_ASSUMED_EFFECTIVE);
        });
    }

    @Test
    void partEightSwitchesOnTheEffectiveDate() {
        Threshold<?> before = MedicationPolicies.federalBaseline()
                .inForce(MedicationPolicyKeys.METHADONE_FIRST_DAY_CAP, MedicationPolicies.PART_8_2024_EFFECTIVE.minusDays(1))
                .orElseThrow();
        Threshold<?> after = MedicationPolicies.federalBaseline()
                .inForce(MedicationPolicyKeys.METHADONE_FIRST_DAY_CAP, MedicationPolicies.PART_8_2024_EFFECTIVE).orElseThrow();
        assertThat(before.value()).isEqualTo(Dose.ofMilligrams("40"));
        assertThat(after.value()).isEqualTo(Dose.ofMilligrams("50"));
    }

    @Test
    void everyLayerStacksIntoOnePolicy_withDistinctNames() {
        Policy all = MedicationPolicies.usDefault();
        for (PolicyLayer layer : MedicationPolicies.all().subList(1, MedicationPolicies.all().size())) {
            all = all.withLayer(layer);
        }
        assertThat(all.layers()).extracting(PolicyLayer::name).doesNotHaveDuplicates()
                .contains("us-federal-medication", "virginia-12vac35-105-990", "medication-alt-take-home-2024-whole-window",
                        "medication-alt-bup-wait-mono-label", "medication-alt-cows-start-12", "medication-alt-naltrexone-10-day-window",
                        "medication-alt-xr-naltrexone-3-week", "medication-alt-norbup-ratio-0-02", "medication-alt-missed-dose-ontario",
                        "medication-alt-methadone-titration-3-day", "medication-alt-sublocade-rapid-second-1-week", "medication-alt-clonidine-0-8-mg", "medication-alt-methadone-switch-30-mg", "medication-alt-low-dose-7-day", "medication-alt-low-dose-rapid", "medication-alt-part8-2001-until-compliance");
    }
}
