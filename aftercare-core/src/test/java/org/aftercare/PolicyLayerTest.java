package org.aftercare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyLayerTest {
    private static final Citation SRC = Citation.of("doc", "", "2024", VerificationStatus.VERIFIED);
    private static final PolicyKey<Integer> A = PolicyKey.of("layer.a", Integer.class, "a");
    private static final PolicyKey<Integer> B = PolicyKey.of("layer.b", Integer.class, "b");
    private static final LocalDate D = LocalDate.of(2024, 4, 2);

    @Test
    void builtLayerIsUnaffectedByLaterBuilderCalls() {
        PolicyLayer.Builder builder = PolicyLayer.builder("l", "layer").set(A, 1, SRC, EffectivePeriod.until(D));
        PolicyLayer first = builder.build();
        builder.set(A, 2, SRC, EffectivePeriod.from(D)).set(B, 3, SRC);
        PolicyLayer second = builder.build();
        assertThat(first.keys()).containsExactly(A);
        assertThat(first.inForce(A, D)).isEmpty();
        assertThat(second.inForce(A, D).orElseThrow().value()).isEqualTo(2);
        assertThat(second.keys()).containsExactly(A, B);
    }

    @Test
    void thresholdsAreGroupedByKeyInInsertionOrder() {
        PolicyLayer l = PolicyLayer.builder("l", "layer")
                .set(A, 2, SRC, EffectivePeriod.from(D))
                .set(B, 9, SRC)
                .set(A, 1, SRC, EffectivePeriod.until(D))
                .build();
        assertThat(l.thresholds().stream().map(t -> (Object) t.value()).toList()).containsExactly(2, 1, 9);
        assertThatThrownBy(() -> l.thresholds().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void thresholdsOfOneKeyAreItsOwnInInsertionOrderAndUnmodifiable() {
        PolicyLayer l = PolicyLayer.builder("l", "layer")
                .set(A, 2, SRC, EffectivePeriod.from(D))
                .set(B, 9, SRC)
                .set(A, 1, SRC, EffectivePeriod.until(D))
                .build();
        List<Threshold<Integer>> a = l.thresholds(A);
        assertThat(a).extracting(Threshold::value).containsExactly(2, 1);
        assertThat(a).extracting(Threshold::period).containsExactly(EffectivePeriod.from(D), EffectivePeriod.until(D));
        assertThat(l.thresholds(B)).extracting(Threshold::value).containsExactly(9);
        assertThat(l.thresholds(PolicyKey.of("layer.unset", Integer.class, "unset"))).isEmpty();
        assertThatThrownBy(() -> a.remove(0)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void gapBetweenPeriodsResolvesToNothing() {
        PolicyLayer l = PolicyLayer.builder("l", "layer")
                .set(A, 1, SRC, EffectivePeriod.until(D))
                .set(A, 2, SRC, EffectivePeriod.from(D.plusDays(10)))
                .build();
        Policy p = Policy.of("p", List.of(l));
        assertThat(p.resolve(A, D.minusDays(1)).orElseThrow().value()).isEqualTo(1);
        assertThat(p.resolve(A, D)).isEmpty();
        assertThat(p.resolve(A, D.plusDays(9))).isEmpty();
        assertThat(p.resolve(A, D.plusDays(10)).orElseThrow().value()).isEqualTo(2);
    }

    @Test
    void thresholdToStringNamesKeyValuePeriodAndSource() {
        Threshold<Integer> t = new Threshold<>(A, 50, SRC, EffectivePeriod.from(D));
        assertThat(t).hasToString("layer.a=50 [2024-04-02, ..) (doc, 2024 [V])");
        assertThat(AppliedThreshold.of(new ResolvedThreshold<>(t, "base")))
                .isEqualTo(new AppliedThreshold("layer.a", "50", "base", EffectivePeriod.from(D), SRC));
    }
}
