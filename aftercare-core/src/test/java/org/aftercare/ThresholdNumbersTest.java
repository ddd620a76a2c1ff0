package org.aftercare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ThresholdNumbersTest {
    private static final Citation SRC = Citation.of("doc", "", "2024", VerificationStatus.VERIFIED);
    private static final LocalDate SWITCH = LocalDate.of(2024, 4, 2);

    private static ResolvedThreshold<Integer> resolved(String key, int value, String layer, EffectivePeriod period) {
        return new ResolvedThreshold<>(new Threshold<>(PolicyKey.of(key, Integer.class, "k"), value, SRC, period), layer);
    }

    @Test
    void numbersAreGivenInTheOrderMetAndPlacesInReportOrder() {
        ResolvedThreshold<Integer> c = resolved("test.numbers.c", 1, "base", EffectivePeriod.ALWAYS);
        ResolvedThreshold<Integer> a = resolved("test.numbers.a", 2, "base", EffectivePeriod.ALWAYS);
        ResolvedThreshold<Integer> b = resolved("test.numbers.b", 3, "base", EffectivePeriod.ALWAYS);
        ThresholdNumbers numbers = ThresholdNumbers.NONE.with(List.of(c, a, b));
        assertThat(numbers.size()).isEqualTo(3);
        assertThat(List.of(numbers.numberOf(c), numbers.numberOf(a), numbers.numberOf(b))).containsExactly(0, 1, 2);
        assertThat(List.of(numbers.place(0), numbers.place(1), numbers.place(2))).containsExactly(2, 0, 1);
        assertThat(numbers.applied(1)).isEqualTo(AppliedThreshold.of(a)).isSameAs(numbers.applied(1));
    }

    @Test
    void growingKeepsEveryNumberAndPlacesTheNewOnesAmongTheOld() {
        ResolvedThreshold<Integer> b = resolved("test.numbers.b", 3, "base", EffectivePeriod.ALWAYS);
        ResolvedThreshold<Integer> d = resolved("test.numbers.d", 4, "base", EffectivePeriod.ALWAYS);
        ThresholdNumbers first = ThresholdNumbers.NONE.with(List.of(d, b));
        ResolvedThreshold<Integer> a = resolved("test.numbers.a", 2, "base", EffectivePeriod.ALWAYS);
        ResolvedThreshold<Integer> c = resolved("test.numbers.c", 1, "base", EffectivePeriod.ALWAYS);
        ThresholdNumbers grown = first.with(List.of(c, b, a));
        assertThat(grown.size()).isEqualTo(4);
        assertThat(grown.numberOf(d)).isZero();
        assertThat(grown.numberOf(b)).isEqualTo(1);
        assertThat(grown.numberOf(c)).isEqualTo(2);
        assertThat(grown.numberOf(a)).isEqualTo(3);
        // a, b, c, d in report order
        assertThat(List.of(grown.place(3), grown.place(1), grown.place(2), grown.place(0))).containsExactly(0, 1, 2, 3);
        // the smaller numbering is unchanged
        assertThat(List.of(first.place(0), first.place(1))).containsExactly(1, 0);
        assertThat(first.size()).isEqualTo(2);
    }

    @Test
    void theSameKeyLayerAndPeriodIsNumberedOnceAndTheFirstMetKept() {
        ResolvedThreshold<Integer> first = resolved("test.numbers.a", 1, "base", EffectivePeriod.from(SWITCH));
        ResolvedThreshold<Integer> equal = resolved("test.numbers.a", 9, "base", EffectivePeriod.from(SWITCH));
        ResolvedThreshold<Integer> otherLayer = resolved("test.numbers.a", 1, "clinic", EffectivePeriod.from(SWITCH));
        ResolvedThreshold<Integer> otherPeriod = resolved("test.numbers.a", 1, "base", EffectivePeriod.until(SWITCH));
        ThresholdNumbers numbers = ThresholdNumbers.NONE.with(List.of(first, equal, otherLayer, otherPeriod));
        assertThat(numbers.size()).isEqualTo(3);
        assertThat(numbers.numberOf(equal)).isZero();
        assertThat(numbers.applied(0)).isEqualTo(AppliedThreshold.of(first));
        // base before clinic; "[.., 2024-04-02)" before "[2024-04-02, ..)" as text
        assertThat(List.of(numbers.place(2), numbers.place(0), numbers.place(1))).containsExactly(0, 1, 2);
        assertThat(numbers.with(List.of(equal, otherLayer))).isSameAs(numbers);
    }

    /** A value whose text is costly to write, or here fails: numbering must not write it. */
    private record Unwritten(int n) {
        @Override
        public String toString() {
            throw new IllegalStateException("written");
        }
    }

    @Test
    void numberingDoesNotWriteTheValueAndListingWritesItOnce() {
        ResolvedThreshold<Unwritten> t = new ResolvedThreshold<>(new Threshold<>(
                PolicyKey.of("test.numbers.unwritten", Unwritten.class, "k"), new Unwritten(1), SRC,
                EffectivePeriod.ALWAYS), "base");
        ThresholdNumbers numbers = ThresholdNumbers.NONE.with(List.of(t));
        assertThat(numbers.numberOf(t)).isZero();
        assertThatThrownBy(() -> numbers.applied(0)).isInstanceOf(IllegalStateException.class).hasMessage("written");
    }

    @Test
    void aThresholdNotNumberedIsRefused() {
        assertThatThrownBy(() -> ThresholdNumbers.NONE.numberOf(
                resolved("test.numbers.a", 1, "base", EffectivePeriod.ALWAYS)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Not numbered: test.numbers.a");
    }

    /**
     * Threads that build a fresh policy's timelines at once, each reading the keys in an order of its own, all get
     * every threshold they read in report order.
     */
    @Test
    void timelinesBuiltAtOnceByManyThreadsNumberEveryThresholdInReportOrder() throws Exception {
        List<PolicyKey<Integer>> keys = new ArrayList<>();
        PolicyLayer.Builder base = PolicyLayer.builder("base", "base");
        for (int i = 0; i < 40; i++) {
            PolicyKey<Integer> key = PolicyKey.of("test.numbers.threads.k" + (100 + i), Integer.class, "k");
            keys.add(key);
            base.set(key, i, SRC);
        }
        PolicyLayer layer = base.build();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 20; round++) {
                Policy policy = Policy.of("threads", List.of(layer));
                List<Future<List<String>>> results = new ArrayList<>();
                for (int stride : new int[] {1, 3, 7, 9}) { // each a different order over all 40 keys
                    Callable<List<String>> read = () -> {
                        RuleContext ctx = RuleContext.of(EvaluationContext.of(Instant.parse("2024-06-01T00:00:00Z"),
                                ZoneOffset.UTC, policy));
                        for (int i = 0; i < keys.size(); i++) {
                            ctx.threshold(keys.get(i * stride % keys.size()));
                        }
                        return ctx.toEvaluation().appliedThresholds().stream().map(AppliedThreshold::key).toList();
                    };
                    results.add(pool.submit(read));
                }
                List<String> expected = keys.stream().map(PolicyKey::name).toList();
                for (Future<List<String>> result : results) {
                    assertThat(result.get()).containsExactlyElementsOf(expected);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
