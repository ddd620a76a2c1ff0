package org.aftercare.incentive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.aftercare.Policy;
import org.aftercare.ResolvedThreshold;
import org.aftercare.VerificationStatus;
import org.junit.jupiter.api.Test;

class FundingPoliciesTest {

    private static MoneyLimit cap(String policy, org.aftercare.PolicyKey<MoneyLimit> key, String date) {
        return FundingPolicies.policy(policy).resolve(key, LocalDate.parse(date)).map(ResolvedThreshold::value)
                .orElse(null);
    }

    @Test
    void everyNamedPolicyIsBuiltOnceAndSharedAndAnUnknownNameIsRejected() {
        for (String name : FundingPolicies.names()) {
            Policy first = FundingPolicies.policy(name);
            assertThat(FundingPolicies.policy(name)).isSameAs(first);
            assertThat(first.name()).isEqualTo(name);
            assertThat(first.layers()).containsExactly(FundingPolicies.layer(name));
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> FundingPolicies.policy("state-lottery"))
                .isInstanceOf(org.aftercare.InvalidValueException.class)
                .hasMessageContaining("fundingPolicy").hasMessageContaining("state-lottery");
    }

    @Test
    void oigNominalValue_changesOn2016_12_07() {
        assertThat(cap(FundingPolicies.OIG_NOMINAL_VALUE, IncentivePolicyKeys.CAP_PER_ITEM, "2016-12-06"))
                .isEqualTo(MoneyLimit.atMost(Money.of("10.00")));
        assertThat(cap(FundingPolicies.OIG_NOMINAL_VALUE, IncentivePolicyKeys.CAP_ANNUAL, "2016-12-06"))
                .isEqualTo(MoneyLimit.atMost(Money.of("50.00")));
        assertThat(cap(FundingPolicies.OIG_NOMINAL_VALUE, IncentivePolicyKeys.CAP_PER_ITEM, "2016-12-07"))
                .isEqualTo(MoneyLimit.atMost(Money.of("15.00")));
        assertThat(cap(FundingPolicies.OIG_NOMINAL_VALUE, IncentivePolicyKeys.CAP_ANNUAL, "2016-12-07"))
                .isEqualTo(MoneyLimit.atMost(Money.of("75.00")));
    }

    @Test
    void advisoryOpinion2204_from2022_03_02_belowFivePerAchievement() {
        assertThat(cap(FundingPolicies.OIG_AO_22_04, IncentivePolicyKeys.CAP_PER_ITEM, "2022-03-01")).isNull();
        assertThat(cap(FundingPolicies.OIG_AO_22_04, IncentivePolicyKeys.CAP_PER_ITEM, "2022-03-02"))
                .isEqualTo(MoneyLimit.below(Money.of("5.00")));
        assertThat(cap(FundingPolicies.OIG_AO_22_04, IncentivePolicyKeys.CAP_PER_MONTH, "2026-01-01"))
                .isEqualTo(MoneyLimit.atMost(Money.of("200.00")));
        assertThat(cap(FundingPolicies.OIG_AO_22_04, IncentivePolicyKeys.CAP_ANNUAL, "2026-01-01"))
                .isEqualTo(MoneyLimit.atMost(Money.of("599.00")));
    }

    @Test
    void samhsa_75Before2025_750After_noPerItemCap() {
        assertThat(cap(FundingPolicies.SAMHSA_GRANT, IncentivePolicyKeys.CAP_ANNUAL, "2024-12-31"))
                .isEqualTo(MoneyLimit.atMost(Money.of("75.00")));
        assertThat(cap(FundingPolicies.SAMHSA_GRANT, IncentivePolicyKeys.CAP_ANNUAL, "2025-01-01"))
                .isEqualTo(MoneyLimit.atMost(Money.of("750.00")));
        assertThat(cap(FundingPolicies.SAMHSA_GRANT, IncentivePolicyKeys.CAP_PER_ITEM, "2025-01-01"))
                .isEqualTo(MoneyLimit.NONE);
        assertThat(FundingPolicies.policy(FundingPolicies.SAMHSA_GRANT)
                .resolve(IncentivePolicyKeys.ALLOWED_INSTRUMENTS, LocalDate.of(2025, 6, 1)).orElseThrow().value()
                .allows(IncentiveInstrument.CASH)).isFalse();
    }

    @Test
    void california_basisDefaultsToEpisode_citingItsSource_andCanBeOverridden() {
        Policy rip = FundingPolicies.policy(FundingPolicies.CALIFORNIA_RECOVERY_INCENTIVES);
        ResolvedThreshold<CapResetBasis> basis = rip.resolve(IncentivePolicyKeys.CAP_ANNUAL_BASIS,
                LocalDate.of(2026, 1, 5)).orElseThrow();
        assertThat(basis.value()).isEqualTo(CapResetBasis.EPISODE);
        assertThat(basis.citation().document()).isEqualTo("LA County DPH, Recovery Incentives Program page");
        assertThat(basis.citation().edition()).contains("per treatment episode").contains("per calendar year");
        Policy overridden = rip.withLayer(FundingPolicies.annualBasisOverride("county:test", CapResetBasis.CALENDAR_YEAR,
                TestPrograms.TEST_SOURCE));
        assertThat(overridden.resolve(IncentivePolicyKeys.CAP_ANNUAL_BASIS, LocalDate.of(2026, 1, 5)).orElseThrow()
                .layer()).isEqualTo("county:test");
        assertThat(rip.resolve(IncentivePolicyKeys.CAP_ANNUAL, LocalDate.of(2027, 1, 1))).isEmpty(); // CalAIM ends
        assertThat(rip.resolve(IncentivePolicyKeys.OUTPATIENT_ONLY, LocalDate.of(2026, 1, 5)).orElseThrow().value())
                .isTrue();
    }

    @Test
    void basesThatNoSourceStates_areCitedAsUnverified() {
        for (String name : List.of(FundingPolicies.OIG_NOMINAL_VALUE, FundingPolicies.OIG_AO_22_04,
                FundingPolicies.SAMHSA_GRANT)) {
            assertThat(FundingPolicies.policy(name).resolve(IncentivePolicyKeys.CAP_ANNUAL_BASIS, LocalDate.of(2026, 1, 5))
                    .orElseThrow().citation().status()).as(name).isEqualTo(VerificationStatus.UNVERIFIED);
        }
    }
}
