package org.aftercare;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The applied thresholds a rule context records (by their policy's numbers, see {@link ThresholdNumbers}) equal
 * those of the plain recording: a map by key, layer and period keeping the first met, in the order first met, sorted
 * by the evaluation.
 */
class RuleContextPropertiesTest {
    private static final LocalDate SWITCH = LocalDate.of(2024, 4, 2);
    private static final Citation SRC = Citation.of("doc", "", "2024", VerificationStatus.VERIFIED);
    private static final List<PolicyKey<Integer>> KEYS = new ArrayList<>();
    private static final Policy POLICY;
    private static final Policy EQUAL_POLICY;

    static {
        PolicyLayer.Builder base = PolicyLayer.builder("base", "base");
        PolicyLayer.Builder clinic = PolicyLayer.builder("clinic", "clinic");
        for (int i = 0; i < 24; i++) {
            PolicyKey<Integer> key = PolicyKey.of("prop.rule-context.k" + (char) ('a' + (i * 7) % 24), Integer.class, "k");
            KEYS.add(key);
            base.set(key, i, SRC, EffectivePeriod.until(SWITCH));
            base.set(key, i + 100, SRC, EffectivePeriod.from(SWITCH));
            if (i % 3 == 0) {
                clinic.set(key, i + 1000, SRC);
            }
        }
        List<PolicyLayer> layers = List.of(base.build(), clinic.build());
        POLICY = Policy.of("p", layers);
        EQUAL_POLICY = Policy.of("p", List.of(layers.get(0), layers.get(1)));
    }

    /** One read: a key, a date either side of the switch, and how it is read. */
    record Read(int key, boolean later, int how) {
    }

    @Provide
    Arbitrary<List<Read>> reads() {
        return Arbitraries.integers().between(0, KEYS.size() - 1)
                .flatMap(k -> Arbitraries.of(true, false)
                        .flatMap(later -> Arbitraries.integers().between(0, 3).map(how -> new Read(k, later, how))))
                .list().ofMaxSize(60);
    }

    @Property(tries = 1000, seed = "20261123")
    void recordedThresholdsEqualAMapByKeyLayerAndPeriodKeepingTheFirst(@ForAll("reads") List<Read> reads) {
        RuleContext ctx = RuleContext.of(EvaluationContext.of(Instant.parse("2024-06-01T00:00:00Z"), ZoneOffset.UTC,
                POLICY));
        Map<List<Object>, AppliedThreshold> plain = new LinkedHashMap<>();
        for (Read read : reads) {
            PolicyKey<Integer> key = KEYS.get(read.key());
            LocalDate date = read.later() ? SWITCH : SWITCH.minusDays(1);
            List<ResolvedThreshold<Integer>> found = new ArrayList<>();
            switch (read.how()) {
                case 0 -> ctx.threshold(key, date).ifPresent(found::add);
                case 1 -> found.addAll(ctx.thresholdsInAllLayers(key, date));
                case 2 -> {
                    // the same thresholds from another policy object, noted as applied
                    EQUAL_POLICY.resolve(key, date).ifPresent(r -> ctx.noteApplied(AppliedThreshold.of(r)));
                    EQUAL_POLICY.resolve(key, date).ifPresent(found::add);
                }
                default -> {
                    // a noted threshold whose value differs from the policy's: kept only if met first
                    AppliedThreshold noted = new AppliedThreshold(key.name(), "noted", "base",
                            read.later() ? EffectivePeriod.from(SWITCH) : EffectivePeriod.until(SWITCH), SRC);
                    ctx.noteApplied(noted);
                    plain.putIfAbsent(List.of(noted.key(), noted.layer(), noted.period()), noted);
                }
            }
            for (ResolvedThreshold<Integer> r : found) {
                AppliedThreshold a = new AppliedThreshold(r.key().name(), String.valueOf(r.value()), r.layer(),
                        r.threshold().period(), r.citation());
                plain.putIfAbsent(List.of(a.key(), a.layer(), a.period()), a);
            }
        }
        Evaluation expected = Evaluation.of(ctx.context(), List.of(), plain.values());
        assertThat(ctx.toEvaluation().appliedThresholds()).containsExactlyElementsOf(expected.appliedThresholds());
    }
}
