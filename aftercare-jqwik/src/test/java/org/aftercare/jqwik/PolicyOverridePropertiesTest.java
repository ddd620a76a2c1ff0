package org.aftercare.jqwik;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.aftercare.AppliedThreshold;
import org.aftercare.Policy;
import org.aftercare.PolicyKey;
import org.aftercare.PolicyLayer;
import org.aftercare.ResolvedThreshold;
import org.aftercare.evaluation.Aftercare;
import org.aftercare.evaluation.EvaluationRequest;
import org.aftercare.evaluation.StandardPolicies;

/** A policy override changes only the thresholds it names. */
class PolicyOverridePropertiesTest {

    @Provide
    Arbitrary<PolicyLayer> overlays() {
        return Arbitraries.of(List.copyOf(StandardPolicies.overlayNames()))
                .map(name -> StandardPolicies.overlay(name).orElseThrow());
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.integers().between(-3650, 3650).map(AftercareArbitraries.REFERENCE_DATE::plusDays);
    }

    @Property(tries = 1000, seed = InvariantSeed.SEED)
    void anOverlayResolvesOnlyTheKeysItNames(@ForAll("overlays") PolicyLayer overlay, @ForAll("dates") LocalDate date) {
        Policy base = StandardPolicies.usDefault();
        Policy overridden = base.withLayer(overlay);
        Set<PolicyKey<?>> keys = new LinkedHashSet<>(overlay.keys());
        base.layers().forEach(l -> keys.addAll(l.keys()));
        for (PolicyKey<?> key : keys) {
            if (!overlay.keys().contains(key)) {
                assertThat(overridden.resolve(key, date)).as(key.toString()).isEqualTo(base.resolve(key, date));
            } else if (overlay.inForce(key, date).isPresent()) {
                Optional<? extends ResolvedThreshold<?>> r = overridden.resolve(key, date);
                assertThat(r).as(key.toString()).hasValueSatisfying(t -> assertThat(t.layer()).isEqualTo(overlay.name()));
            } else {
                assertThat(overridden.resolve(key, date)).as(key.toString()).isEqualTo(base.resolve(key, date));
            }
        }
    }

    @Property(tries = 1000, seed = InvariantSeed.SEED)
    void anOverlayOfThresholdsTheEvaluationNeverConsultsChangesNothing(@ForAll EvaluationRequest request,
            @ForAll("overlays") PolicyLayer overlay) {
        var base = Aftercare.evaluate(request).evaluation();
        Policy basePolicy = request.context().policy();
        Policy overriddenPolicy = basePolicy.withLayer(overlay);
        var overridden = Aftercare.evaluate(withPolicy(request, overriddenPolicy)).evaluation();
        Set<String> named = new LinkedHashSet<>();
        overlay.keys().forEach(k -> named.add(k.name()));
        // thresholds the overlay does not name are applied from the same layers as before
        overridden.appliedThresholds().stream().filter(t -> !named.contains(t.key()))
                .forEach(t -> assertThat(t.layer()).isNotEqualTo(overlay.name()));
        boolean consulted = base.appliedThresholds().stream().map(AppliedThreshold::key).anyMatch(named::contains)
                || overridden.appliedThresholds().stream().map(AppliedThreshold::key).anyMatch(named::contains);
        if (!consulted) {
            // the only allowed differences: messages name the overridden policy, and citations (which may cite it)
            assertThat(overridden.findings().stream().map(f -> f.severity() + " " + f.code() + " at " + f.path() + ": "
                    + f.message().replace(overriddenPolicy.name(), basePolicy.name())).toList())
                    .isEqualTo(base.findings().stream().map(f -> f.severity() + " " + f.code() + " at " + f.path() + ": "
                            + f.message()).toList());
        }
    }

    private static EvaluationRequest withPolicy(EvaluationRequest r, Policy policy) {
        EvaluationRequest.Builder b = EvaluationRequest.builder(r.context().asOf(), r.context().zone()).policy(policy)
                .drawSeed(r.drawSeed());
        r.plan().ifPresentOrElse(b::plan, () -> b.patient(r.patient()).moud(r.moud()));
        r.medication().ifPresent(b::medication);
        r.incentiveProgram().ifPresent(p -> b.incentives(p, r.incentiveEvents()));
        return b.build();
    }
}
