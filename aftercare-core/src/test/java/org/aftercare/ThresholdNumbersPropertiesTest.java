package org.aftercare;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * However thresholds are numbered, batch by batch: every number stays with its threshold, equal key, layer and
 * period share one number (the first met's), and places list the thresholds as an evaluation sorts them.
 */
class ThresholdNumbersPropertiesTest {
    private static final Citation SRC = Citation.of("doc", "", "2024", VerificationStatus.VERIFIED);
    private static final LocalDate SWITCH = LocalDate.of(2024, 4, 2);
    private static final List<EffectivePeriod> PERIODS = List.of(EffectivePeriod.ALWAYS,
            EffectivePeriod.until(SWITCH), EffectivePeriod.from(SWITCH), EffectivePeriod.between(SWITCH,
                    SWITCH.plusYears(1)));
    private static final List<PolicyKey<Integer>> KEYS = List.of("prop.numbers.a", "prop.numbers.b",
            "prop.numbers.twenty-chars.x", "prop.numbers.twenty-chars.y", "prop.numbers.a.b").stream()
            .map(name -> PolicyKey.of(name, Integer.class, "k")).toList();
    private static final EvaluationContext CONTEXT = EvaluationContext.of(Instant.parse("2024-06-01T00:00:00Z"),
            ZoneOffset.UTC, Policy.of("p", List.of(PolicyLayer.builder("base", "base").build())));

    @Provide
    Arbitrary<List<List<ResolvedThreshold<Integer>>>> batches() {
        // keys alike in their first 20 characters too, so ties of the packed order are broken by the text
        Arbitrary<PolicyKey<Integer>> keys = Arbitraries.of(KEYS);
        Arbitrary<ResolvedThreshold<Integer>> one = keys.flatMap(key -> Arbitraries.of("base", "clinic", "state")
                .flatMap(layer -> Arbitraries.of(PERIODS).flatMap(period -> Arbitraries.integers().between(0, 3)
                        .map(value -> new ResolvedThreshold<>(new Threshold<>(key, value, SRC, period), layer)))));
        return one.list().ofMaxSize(8).list().ofMaxSize(6);
    }

    @Property(tries = 1000, seed = "20261123")
    void numbersStayAndPlacesFollowTheEvaluationsOrder(
            @ForAll("batches") List<List<ResolvedThreshold<Integer>>> batches) {
        ThresholdNumbers numbers = ThresholdNumbers.NONE;
        List<ResolvedThreshold<Integer>> firstMet = new ArrayList<>();
        for (List<ResolvedThreshold<Integer>> batch : batches) {
            ThresholdNumbers before = numbers;
            numbers = numbers.with(batch);
            for (int n = 0; n < before.size(); n++) {
                assertThat(numbers.applied(n)).isEqualTo(before.applied(n));
            }
            for (ResolvedThreshold<Integer> t : batch) {
                if (firstMet.stream().noneMatch(m -> sameKeyLayerAndPeriod(m, t))) {
                    firstMet.add(t);
                }
                assertThat(firstMet.get(numbers.numberOf(t))).matches(m -> sameKeyLayerAndPeriod(m, t));
            }
            assertThat(numbers.size()).isEqualTo(firstMet.size());
            AppliedThreshold[] byPlace = new AppliedThreshold[numbers.size()];
            for (int n = 0; n < numbers.size(); n++) {
                assertThat(numbers.applied(n)).isEqualTo(AppliedThreshold.of(firstMet.get(n)));
                byPlace[numbers.place(n)] = numbers.applied(n);
            }
            assertThat(byPlace).containsExactlyElementsOf(Evaluation.of(CONTEXT, List.of(),
                    firstMet.stream().map(AppliedThreshold::of).toList()).appliedThresholds());
        }
    }

    private static boolean sameKeyLayerAndPeriod(ResolvedThreshold<?> a, ResolvedThreshold<?> b) {
        return a.key().name().equals(b.key().name()) && a.layer().equals(b.layer())
                && a.threshold().period().equals(b.threshold().period());
    }
}
