package org.aftercare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyTest {
    static final PolicyKey<Integer> CAP = PolicyKey.of("test.methadone.first-day-cap", Integer.class, "first-day cap in mg");
    static final PolicyKey<Integer> AGE = PolicyKey.of("test.population.adult-age", Integer.class, "adult age in years");
    static final PolicyKey<String> NOTE = PolicyKey.of("test.note", String.class, "a note");
    static final Citation OLD_RULE = Citation.of("42 CFR 8.12", "(h)(3)(ii)", "2001", VerificationStatus.VERIFIED);
    static final Citation NEW_RULE = Citation.of("42 CFR 8.12", "(h)(3)(ii)", "2024 final rule", VerificationStatus.SECONDARY);
    static final Citation CLINIC = Citation.local("Sunrise protocol", "4.2", "2026-01");
    static final LocalDate SWITCH = LocalDate.of(2024, 4, 2);

    static PolicyLayer base() {
        return PolicyLayer.builder("base", "federal baseline")
                .set(CAP, 30, OLD_RULE, EffectivePeriod.until(SWITCH))
                .set(CAP, 50, NEW_RULE, EffectivePeriod.from(SWITCH))
                .set(AGE, 18, OLD_RULE)
                .set(NOTE, "base note", OLD_RULE)
                .build();
    }

    static PolicyLayer clinic() {
        return PolicyLayer.builder("clinic:sunrise", "Sunrise overrides").set(CAP, 40, CLINIC).build();
    }

    @Test
    void effectiveDatedSwitchHappensExactlyOnTheBoundaryDate() {
        Policy p = Policy.of("federal", List.of(base()));
        ResolvedThreshold<Integer> dayBefore = p.resolve(CAP, LocalDate.of(2024, 4, 1)).orElseThrow();
        ResolvedThreshold<Integer> onSwitch = p.resolve(CAP, SWITCH).orElseThrow();
        assertThat(dayBefore.value()).isEqualTo(30);
        assertThat(dayBefore.citation()).isEqualTo(OLD_RULE);
        assertThat(dayBefore.threshold().period()).isEqualTo(EffectivePeriod.until(SWITCH));
        assertThat(onSwitch.value()).isEqualTo(50);
        assertThat(onSwitch.citation()).isEqualTo(NEW_RULE);
        assertThat(onSwitch.layer()).isEqualTo("base");
        assertThat(onSwitch.key()).isEqualTo(CAP);
    }

    @Test
    void thresholdsBoundedByTheFirstAndLastRepresentableDatesResolveAtTheEdgesOfTime() {
        PolicyLayer edges = PolicyLayer.builder("edges", "edges")
                .set(CAP, 1, OLD_RULE, EffectivePeriod.between(LocalDate.MIN, SWITCH))
                .set(CAP, 2, NEW_RULE, EffectivePeriod.between(SWITCH, LocalDate.MAX))
                .build();
        Policy p = Policy.of("edges", List.of(edges));
        assertThat(p.resolve(CAP, LocalDate.MIN).orElseThrow().value()).isEqualTo(1);
        assertThat(p.resolve(CAP, SWITCH.minusDays(1)).orElseThrow().value()).isEqualTo(1);
        assertThat(p.resolve(CAP, SWITCH).orElseThrow().value()).isEqualTo(2);
        assertThat(p.resolve(CAP, LocalDate.MAX.minusDays(1)).orElseThrow().value()).isEqualTo(2);
        assertThat(p.resolve(CAP, LocalDate.MAX)).isEmpty();
        assertThat(p.resolveAll(CAP, LocalDate.MAX)).isEmpty();
    }

    @Test
    void repeatedLookupsOnOneSegmentReturnTheSameResolvedInstance() {
        Policy p = Policy.of("federal", List.of(base())).withLayer(clinic());
        assertThat(p.resolve(CAP, SWITCH)).isSameAs(p.resolve(CAP, SWITCH.plusYears(3)));
        assertThat(p.resolveAll(CAP, SWITCH)).isSameAs(p.resolveAll(CAP, SWITCH.plusDays(1)))
                .extracting(ResolvedThreshold::value).containsExactly(50, 40);
        assertThat(p.resolveAll(CAP, SWITCH.minusDays(1))).extracting(ResolvedThreshold::value)
                .containsExactly(30, 40);
    }

    @Test
    void topmostLayerWins() {
        Policy p = Policy.of("federal", List.of(base())).withLayer(clinic());
        ResolvedThreshold<Integer> r = p.resolve(CAP, SWITCH).orElseThrow();
        assertThat(r.value()).isEqualTo(40);
        assertThat(r.layer()).isEqualTo("clinic:sunrise");
        assertThat(r.citation()).isEqualTo(CLINIC);
        assertThat(p.resolve(CAP, LocalDate.of(2000, 1, 1)).orElseThrow().value()).isEqualTo(40);
    }

    @Test
    void lowerLayerShowsThroughWhereTheTopLayerHasNothingInForce() {
        PolicyLayer top = PolicyLayer.builder("top", "top").set(CAP, 99, CLINIC, EffectivePeriod.from(SWITCH)).build();
        Policy p = Policy.of("p", List.of(base(), top));
        assertThat(p.resolve(CAP, SWITCH.minusDays(1)).orElseThrow().layer()).isEqualTo("base");
        assertThat(p.resolve(CAP, SWITCH.minusDays(1)).orElseThrow().value()).isEqualTo(30);
        assertThat(p.resolve(CAP, SWITCH).orElseThrow().layer()).isEqualTo("top");
        assertThat(p.resolve(CAP, SWITCH).orElseThrow().value()).isEqualTo(99);
    }

    @Test
    void overrideLayerChangesOnlyTheKeyItNames() {
        Policy plain = Policy.of("federal", List.of(base()));
        Policy overridden = plain.withLayer(clinic());
        for (LocalDate d : List.of(LocalDate.of(2000, 1, 1), SWITCH.minusDays(1), SWITCH, LocalDate.of(2030, 12, 31))) {
            assertThat(overridden.resolve(AGE, d)).isEqualTo(plain.resolve(AGE, d));
            assertThat(overridden.resolve(NOTE, d)).isEqualTo(plain.resolve(NOTE, d));
            assertThat(overridden.resolve(CAP, d)).isNotEqualTo(plain.resolve(CAP, d));
        }
    }

    @Test
    void resolveAllReturnsEveryLayerBaseFirst() {
        PolicyLayer state = PolicyLayer.builder("state", "state overlay").set(CAP, 45, CLINIC).build();
        Policy p = Policy.of("p", List.of(base(), state, clinic()));
        assertThat(p.resolveAll(CAP, SWITCH)).extracting(ResolvedThreshold::layer)
                .containsExactly("base", "state", "clinic:sunrise");
        assertThat(p.resolveAll(CAP, SWITCH)).extracting(ResolvedThreshold::value).containsExactly(50, 45, 40);
        assertThat(p.resolveAll(AGE, SWITCH)).extracting(ResolvedThreshold::layer).containsExactly("base");
    }

    @Test
    void missingKeyResolvesToEmpty() {
        PolicyKey<Integer> other = PolicyKey.of("test.absent", Integer.class, "nothing");
        Policy p = Policy.of("p", List.of(base()));
        assertThat(p.resolve(other, SWITCH)).isEmpty();
        assertThat(p.resolveAll(other, SWITCH)).isEmpty();
    }

    @Test
    void duplicateLayerNamesAreRejected() {
        assertThatThrownBy(() -> Policy.of("p", List.of(base(), base())))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("policy.layers must have distinct names: [base, base]");
        Policy p = Policy.of("p", List.of(base(), clinic()));
        assertThatThrownBy(() -> p.withLayer(clinic()))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("policy.layers must have distinct names: [base, clinic:sunrise, clinic:sunrise]");
    }

    @Test
    void emptyLayersAndBlankNamesAreRejected() {
        assertThatThrownBy(() -> Policy.of("p", List.of()))
                .isInstanceOf(InvalidValueException.class).hasMessage("policy.layers must not be empty: []");
        assertThatThrownBy(() -> Policy.of(" ", List.of(base())))
                .isInstanceOf(InvalidValueException.class).hasMessage("policy.name must not be blank: \" \"");
    }

    @Test
    void withLayerNamesTheStackAndLeavesTheOriginalUnchanged() {
        Policy plain = Policy.of("federal", List.of(base()));
        Policy overridden = plain.withLayer(clinic());
        assertThat(overridden.name()).isEqualTo("federal+clinic:sunrise");
        assertThat(overridden.layers()).extracting(PolicyLayer::name).containsExactly("base", "clinic:sunrise");
        assertThat(plain.layers()).extracting(PolicyLayer::name).containsExactly("base");
        assertThat(plain.resolve(CAP, SWITCH).orElseThrow().value()).isEqualTo(50);
        assertThat(overridden.toString()).isEqualTo("Policy[federal+clinic:sunrise, layers=[base, clinic:sunrise]]");
    }

    @Test
    void overlappingPeriodsForOneKeyAreRejected() {
        PolicyLayer.Builder b = PolicyLayer.builder("l", "layer").set(CAP, 30, OLD_RULE, EffectivePeriod.until(SWITCH));
        assertThatThrownBy(() -> b.set(CAP, 50, NEW_RULE, EffectivePeriod.from(SWITCH.minusDays(1))))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("layer l key test.methadone.first-day-cap period must not overlap [.., 2024-04-02): [2024-04-01, ..)");
        assertThatThrownBy(() -> PolicyLayer.builder("l", "layer").set(AGE, 18, OLD_RULE).set(AGE, 21, OLD_RULE))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("layer l key test.population.adult-age period must not overlap [.., ..): [.., ..)");
    }

    @Test
    void samePeriodForDifferentKeysIsAccepted() {
        PolicyLayer l = PolicyLayer.builder("l", "layer").set(AGE, 18, OLD_RULE).set(CAP, 30, OLD_RULE).build();
        assertThat(l.keys()).containsExactlyInAnyOrder(AGE, CAP);
        assertThat(l.thresholds()).hasSize(2);
    }

    @Test
    void layerInForceFindsTheThresholdOfTheDate() {
        PolicyLayer l = base();
        assertThat(l.inForce(CAP, SWITCH.minusDays(1)).orElseThrow().value()).isEqualTo(30);
        assertThat(l.inForce(CAP, SWITCH).orElseThrow().value()).isEqualTo(50);
        assertThat(l.thresholds()).hasSize(4);
        assertThat(l.toString()).isEqualTo("PolicyLayer[base, 4 thresholds]");
        assertThat(l.name()).isEqualTo("base");
        assertThat(l.description()).isEqualTo("federal baseline");
    }

    @Test
    void layerNameMustNotBeBlank() {
        assertThatThrownBy(() -> PolicyLayer.builder("", "d"))
                .isInstanceOf(InvalidValueException.class).hasMessage("layer.name must not be blank: \"\"");
        assertThatThrownBy(() -> PolicyLayer.builder("n", "  "))
                .isInstanceOf(InvalidValueException.class).hasMessage("layer.description must not be blank: \"  \"");
    }

    @Test
    void thresholdValueMustBeOfTheKeysType() {
        @SuppressWarnings({"unchecked", "rawtypes"})
        PolicyKey<Object> raw = (PolicyKey) CAP;
        assertThatThrownBy(() -> new Threshold<>(raw, "thirty", OLD_RULE, EffectivePeriod.ALWAYS))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("test.methadone.first-day-cap must be a Integer: thirty");
    }

    @Test
    void policyKeysAreEqualByName() {
        PolicyKey<String> sameName = PolicyKey.of("test.note", String.class, "another description");
        assertThat(sameName).isEqualTo(NOTE).hasSameHashCodeAs(NOTE);
        assertThat(NOTE).isNotEqualTo(AGE);
        assertThat(NOTE.toString()).isEqualTo("test.note");
        assertThatThrownBy(() -> PolicyKey.of("Test.Note", String.class, "d"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("policyKey.name must be a dotted lowercase code such as care.intensity.below-level-minimum: \"Test.Note\"");
    }

    @Test
    void keysMadeAfterThePolicyWasFirstReadAndEqualKeysMadeTwiceResolveAlike() {
        Policy p = Policy.of("federal", List.of(base()));
        assertThat(p.resolve(AGE, SWITCH).orElseThrow().value()).isEqualTo(18);
        // made after the policy sized its table by key number: found through the map, then by number
        PolicyKey<Integer> sameAge = PolicyKey.of(AGE.name(), Integer.class, "adult age in years, made again");
        PolicyKey<Integer> absent = PolicyKey.of("test.made-later.absent", Integer.class, "no layer sets it");
        for (int read = 0; read < 3; read++) {
            assertThat(p.resolve(sameAge, SWITCH).orElseThrow().value()).as("read %s", read).isEqualTo(18);
            assertThat(p.resolve(absent, SWITCH)).as("read %s", read).isEmpty();
            assertThat(p.resolveAll(absent, SWITCH)).isEmpty();
            assertThat(p.resolve(CAP, SWITCH.minusDays(1)).orElseThrow().value()).isEqualTo(30);
            assertThat(p.resolve(CAP, SWITCH).orElseThrow().value()).isEqualTo(50);
        }
        assertThat(p.resolve(sameAge, SWITCH)).isEqualTo(p.resolve(AGE, SWITCH));
    }
}
