package org.aftercare.incentive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.aftercare.EffectivePeriod;
import org.aftercare.Policy;
import org.aftercare.PolicyKey;
import org.aftercare.PolicyLayer;
import org.junit.jupiter.api.Test;

/** A cap's answer kept for its span of days is the policy's answer on every day. */
class CapLookupsTest {

    /** A base layer with a cap that changes on 2026-03-01 and a clinic layer that overrides it for March only. */
    static Policy layered() {
        return Policy.of("test-layered", List.of(
                PolicyLayer.builder("test:base", "base")
                        .set(IncentivePolicyKeys.CAP_ANNUAL, MoneyLimit.atMost(Money.of("100.00")), TestPrograms.TEST_SOURCE,
                                EffectivePeriod.until(LocalDate.of(2026, 3, 1)))
                        .set(IncentivePolicyKeys.CAP_ANNUAL, MoneyLimit.atMost(Money.of("200.00")), TestPrograms.TEST_SOURCE,
                                EffectivePeriod.from(LocalDate.of(2026, 3, 1)))
                        .set(IncentivePolicyKeys.CAP_PER_ITEM, MoneyLimit.below(Money.of("5.00")), TestPrograms.TEST_SOURCE,
                                EffectivePeriod.between(LocalDate.of(2026, 2, 10), LocalDate.of(2026, 2, 12)))
                        .build(),
                PolicyLayer.builder("test:clinic", "clinic")
                        .set(IncentivePolicyKeys.CAP_ANNUAL, MoneyLimit.atMost(Money.of("50.00")), TestPrograms.TEST_SOURCE,
                                EffectivePeriod.between(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1)))
                        .build()));
    }

    private static List<Policy> policies() {
        List<Policy> all = new ArrayList<>();
        for (String name : FundingPolicies.names()) {
            all.add(FundingPolicies.policy(name));
        }
        all.add(layered());
        all.add(TestPrograms.noCaps());
        return all;
    }

    private static <T> void assertEveryDay(Policy policy, PolicyKey<T> key, LocalDate from, LocalDate to) {
        CapLookups.Span<T> span = new CapLookups.Span<>(policy, key);
        assertThat(span.key()).isEqualTo(key);
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            assertThat(span.resolve(d.toEpochDay())).as("%s %s on %s", policy.name(), key.name(), d)
                    .isEqualTo(policy.resolve(key, d).orElse(null));
        }
    }

    private static List<PolicyKey<?>> keys() {
        List<PolicyKey<?>> keys = new ArrayList<>(IncentivePolicyKeys.aggregateCaps());
        keys.add(IncentivePolicyKeys.CAP_PER_ITEM);
        keys.add(IncentivePolicyKeys.CAP_ANNUAL_BASIS);
        return keys;
    }

    @Test
    void dayByDay_forward_isThePolicysAnswer() {
        for (Policy policy : policies()) {
            for (PolicyKey<?> key : keys()) {
                assertEveryDay(policy, key, LocalDate.of(2021, 12, 20), LocalDate.of(2027, 1, 10));
            }
        }
    }

    @Test
    void jumpingBackAndForth_isThePolicysAnswer() {
        Policy policy = layered();
        CapLookups.Span<MoneyLimit> annual = new CapLookups.Span<>(policy, IncentivePolicyKeys.CAP_ANNUAL);
        CapLookups.Span<MoneyLimit> perItem = new CapLookups.Span<>(policy, IncentivePolicyKeys.CAP_PER_ITEM);
        LocalDate[] days = {LocalDate.of(2026, 3, 15), LocalDate.of(2026, 2, 28), LocalDate.of(2026, 4, 1),
            LocalDate.of(2026, 3, 31), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 2, 11), LocalDate.of(2026, 2, 12),
            LocalDate.of(2026, 2, 10), LocalDate.of(2026, 2, 9), LocalDate.MIN, LocalDate.MAX, LocalDate.of(2026, 3, 2)};
        for (LocalDate d : days) {
            assertThat(annual.resolve(d.toEpochDay())).as("annual %s", d)
                    .isEqualTo(policy.resolve(IncentivePolicyKeys.CAP_ANNUAL, d).orElse(null));
            assertThat(perItem.resolve(d.toEpochDay())).as("per item %s", d)
                    .isEqualTo(policy.resolve(IncentivePolicyKeys.CAP_PER_ITEM, d).orElse(null));
        }
        assertThat(annual.resolve(LocalDate.of(2026, 3, 20).toEpochDay()).value()).isEqualTo(MoneyLimit.atMost(
                Money.of("50.00")));
        assertThat(annual.resolve(LocalDate.of(2026, 4, 1).toEpochDay()).value()).isEqualTo(MoneyLimit.atMost(
                Money.of("200.00")));
        assertThat(annual.resolve(LocalDate.of(2026, 2, 28).toEpochDay()).value()).isEqualTo(MoneyLimit.atMost(
                Money.of("100.00")));
        assertThat(perItem.resolve(LocalDate.of(2026, 2, 13).toEpochDay())).isNull();
    }

    @Test
    void aKeyNoLayerSets_isNeverInForce() {
        Policy policy = layered();
        CapLookups caps = CapLookups.of(policy);
        assertThat(caps.aggregate(0).key()).isEqualTo(IncentivePolicyKeys.CAP_PER_MONTH);
        assertThat(caps.annualBasis().key()).isEqualTo(IncentivePolicyKeys.CAP_ANNUAL_BASIS);
        assertThat(caps.perItem().key()).isEqualTo(IncentivePolicyKeys.CAP_PER_ITEM);
        for (long day : new long[] {Long.MIN_VALUE / 4, -1, 0, 20_000, LocalDate.MAX.toEpochDay()}) {
            assertThat(caps.aggregate(0).resolve(day)).isNull();
            assertThat(caps.annualBasis().resolve(day)).isNull();
        }
    }

    @Test
    void theSamePolicyAgain_getsSpansOfItsOwn_overTheSameAnswers() {
        Policy policy = FundingPolicies.policy(FundingPolicies.OIG_AO_22_04);
        CapLookups first = CapLookups.of(policy);
        CapLookups second = CapLookups.of(policy);
        assertThat(second).isNotSameAs(first);
        long day = LocalDate.of(2026, 6, 1).toEpochDay();
        long before = LocalDate.of(2021, 1, 1).toEpochDay();
        // the first computation's answer on one day does not leak into the second's on another
        assertThat(first.perItem().resolve(day)).isEqualTo(policy.resolve(IncentivePolicyKeys.CAP_PER_ITEM,
                LocalDate.ofEpochDay(day)).orElse(null)).isNotNull();
        assertThat(second.perItem().resolve(before)).isEqualTo(policy.resolve(IncentivePolicyKeys.CAP_PER_ITEM,
                LocalDate.ofEpochDay(before)).orElse(null));
        assertThat(first.perItem().resolve(day)).isNotNull();
        for (int slot = 0; slot < 3; slot++) {
            assertThat(second.aggregate(slot).key()).isEqualTo(IncentivePolicyKeys.aggregateCaps().get(slot));
            assertThat(second.aggregate(slot).resolve(day)).isEqualTo(first.aggregate(slot).resolve(day));
        }
        assertThat(second.annualBasis().resolve(day).value()).isEqualTo(CapResetBasis.CALENDAR_YEAR);
    }

    @Test
    void manyPolicies_eachGetsItsOwnAnswers() {
        List<Policy> many = new ArrayList<>();
        for (int i = 0; i < 3 * CapLookups.RECENT; i++) {
            many.add(Policy.of("test-" + i, List.of(PolicyLayer.builder("test:" + i, "layer " + i)
                    .set(IncentivePolicyKeys.CAP_ANNUAL, MoneyLimit.atMost(Money.ofCents(100 + i)),
                            TestPrograms.TEST_SOURCE).build())));
        }
        long day = LocalDate.of(2026, 6, 1).toEpochDay();
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < many.size(); i++) {
                assertThat(CapLookups.of(many.get(i)).aggregate(1).resolve(day).value())
                        .isEqualTo(MoneyLimit.atMost(Money.ofCents(100 + i)));
            }
        }
    }
}
