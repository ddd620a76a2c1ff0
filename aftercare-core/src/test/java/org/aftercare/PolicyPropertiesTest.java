package org.aftercare;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class PolicyPropertiesTest {
    private static final LocalDate EPOCH = LocalDate.of(2020, 1, 1);
    private static final Citation SRC = Citation.of("doc", "", "2024", VerificationStatus.VERIFIED);
    private static final List<PolicyKey<Integer>> KEYS = List.of(
            PolicyKey.of("prop.key.a", Integer.class, "a"),
            PolicyKey.of("prop.key.b", Integer.class, "b"),
            PolicyKey.of("prop.key.c", Integer.class, "c"),
            PolicyKey.of("prop.key.d", Integer.class, "d"));

    /** The segments of one key's timeline: boundaries (sorted, distinct) and which segments have a value. */
    record Timeline(List<Integer> boundaries, List<Boolean> present) {
        List<EffectivePeriod> periods() {
            List<EffectivePeriod> result = new ArrayList<>();
            for (int i = 0; i <= boundaries.size(); i++) {
                LocalDate from = i == 0 ? null : EPOCH.plusDays(boundaries.get(i - 1));
                LocalDate until = i == boundaries.size() ? null : EPOCH.plusDays(boundaries.get(i));
                if (present.get(i)) {
                    result.add(new EffectivePeriod(from, until));
                }
            }
            return result;
        }
    }

    private static Arbitrary<Timeline> timelines() {
        return Arbitraries.integers().between(0, 2000).set().ofMaxSize(5)
                .map(s -> s.stream().sorted().toList())
                .flatMap(b -> Arbitraries.of(true, true, false).list().ofSize(b.size() + 1).map(p -> new Timeline(b, p)));
    }

    private static PolicyLayer layer(String name, List<Timeline> timelines, int valueBase) {
        PolicyLayer.Builder b = PolicyLayer.builder(name, name);
        for (int k = 0; k < timelines.size(); k++) {
            List<EffectivePeriod> periods = timelines.get(k).periods();
            for (int i = 0; i < periods.size(); i++) {
                b.set(KEYS.get(k), valueBase + 100 * k + i, SRC, periods.get(i));
            }
        }
        return b.build();
    }

    @Provide
    Arbitrary<List<Timeline>> keyTimelines() {
        return timelines().list().ofSize(KEYS.size());
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.integers().between(-30, 2030).map(EPOCH::plusDays);
    }

    @Property(tries = 1000, seed = "20261122")
    void resolveReturnsAThresholdWhosePeriodContainsTheDate(@ForAll("keyTimelines") List<Timeline> base,
            @ForAll("keyTimelines") List<Timeline> top, @ForAll("dates") LocalDate date) {
        Policy policy = Policy.of("p", List.of(layer("base", base, 0), layer("top", top, 10_000)));
        for (PolicyKey<Integer> key : KEYS) {
            Optional<ResolvedThreshold<Integer>> r = policy.resolve(key, date);
            List<ResolvedThreshold<Integer>> all = policy.resolveAll(key, date);
            r.ifPresent(t -> assertThat(t.threshold().period().contains(date)).isTrue());
            assertThat(all).allSatisfy(t -> assertThat(t.threshold().period().contains(date)).isTrue());
            // the topmost layer with a value wins, and resolveAll lists the layers base first
            assertThat(r).isEqualTo(all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1)));
            assertThat(all).extracting(ResolvedThreshold::layer).isSubsetOf("base", "top")
                    .isSortedAccordingTo((a, b) -> a.equals(b) ? 0 : a.equals("base") ? -1 : 1);
        }
    }

    /**
     * The cached timeline (a binary search over the dates where thresholds start or stop) answers exactly as
     * looking through the layers one by one on the date does, for the topmost layer and for every layer, on any
     * date, including the cut dates themselves and dates far before and after every threshold.
     */
    @Property(tries = 1000, seed = "20261122")
    void timelineAnswersEqualLayerByLayerLookup(@ForAll("keyTimelines") List<Timeline> base,
            @ForAll("keyTimelines") List<Timeline> middle, @ForAll("keyTimelines") List<Timeline> top,
            @ForAll("dates") LocalDate date) {
        List<PolicyLayer> layers = List.of(layer("base", base, 0), layer("middle", middle, 10_000),
                layer("top", top, 20_000));
        Policy policy = Policy.of("p", layers);
        List<LocalDate> probes = new ArrayList<>(List.of(date, LocalDate.MIN, LocalDate.MAX, EPOCH.minusYears(50)));
        for (List<Timeline> timelines : List.of(base, middle, top)) {
            timelines.forEach(t -> t.boundaries().forEach(b -> {
                probes.add(EPOCH.plusDays(b));
                probes.add(EPOCH.plusDays(b - 1));
            }));
        }
        for (PolicyKey<Integer> key : KEYS) {
            PolicyLookup<Integer> lookup = policy.lookup(key);
            for (LocalDate probe : probes) {
                List<ResolvedThreshold<Integer>> plain = new ArrayList<>();
                for (PolicyLayer layer : layers) {
                    layer.inForce(key, probe).ifPresent(t -> plain.add(new ResolvedThreshold<>(t, layer.name())));
                }
                assertThat(policy.resolveAll(key, probe)).as("%s on %s", key, probe).isEqualTo(plain);
                assertThat(policy.resolve(key, probe)).as("%s on %s", key, probe)
                        .isEqualTo(plain.isEmpty() ? Optional.empty() : Optional.of(plain.get(plain.size() - 1)));
                assertThat(lookup.resolveAll(probe)).as("lookup %s on %s", key, probe).isEqualTo(plain);
                assertThat(lookup.resolve(probe)).as("lookup %s on %s", key, probe)
                        .isEqualTo(policy.resolve(key, probe));
                assertThat(lookup.resolve(probe.toEpochDay())).as("lookup %s on day %s", key, probe)
                        .isEqualTo(policy.resolve(key, probe));
            }
        }
        PolicyKey<Integer> unset = PolicyKey.of("prop.key.unset", Integer.class, "set by no layer");
        assertThat(policy.resolve(unset, date)).isEmpty();
        assertThat(policy.resolveAll(unset, date)).isEmpty();
        assertThat(policy.lookup(unset).resolve(date)).isEmpty();
        assertThat(policy.lookup(unset).resolve(date.toEpochDay())).isEmpty();
        assertThat(policy.lookup(unset).resolveAll(date)).isEmpty();
    }

    @Property(tries = 1000, seed = "20261122")
    void touchingSegmentsNeverOverlapAndEveryDateHitsAtMostOneSegment(@ForAll("keyTimelines") List<Timeline> timelines,
            @ForAll("dates") LocalDate date) {
        for (Timeline t : timelines) {
            long containing = t.periods().stream().filter(p -> p.contains(date)).count();
            assertThat(containing).isLessThanOrEqualTo(1);
            int segment = 0;
            while (segment < t.boundaries().size() && !date.isBefore(EPOCH.plusDays(t.boundaries().get(segment)))) {
                segment++;
            }
            assertThat(containing).isEqualTo(t.present().get(segment) ? 1 : 0);
        }
    }

    @Property(tries = 1000, seed = "20261122")
    void overrideLayerForOneKeyLeavesEveryOtherKeyUnchanged(@ForAll("keyTimelines") List<Timeline> base,
            @ForAll("keyIndexes") int overridden, @ForAll("timelinesOne") Timeline override,
            @ForAll("dates") LocalDate date) {
        Policy plain = Policy.of("p", List.of(layer("base", base, 0)));
        PolicyLayer.Builder b = PolicyLayer.builder("clinic", "clinic overrides");
        List<EffectivePeriod> periods = override.periods();
        for (int i = 0; i < periods.size(); i++) {
            b.set(KEYS.get(overridden), 50_000 + i, SRC, periods.get(i));
        }
        Policy withOverride = plain.withLayer(b.build());
        for (int k = 0; k < KEYS.size(); k++) {
            PolicyKey<Integer> key = KEYS.get(k);
            if (k != overridden) {
                assertThat(withOverride.resolve(key, date)).isEqualTo(plain.resolve(key, date));
                assertThat(withOverride.resolveAll(key, date)).isEqualTo(plain.resolveAll(key, date));
            } else if (periods.stream().anyMatch(p -> p.contains(date))) {
                assertThat(withOverride.resolve(key, date).orElseThrow().layer()).isEqualTo("clinic");
            } else {
                assertThat(withOverride.resolve(key, date)).isEqualTo(plain.resolve(key, date));
            }
        }
    }

    @Provide
    Arbitrary<Integer> keyIndexes() {
        return Arbitraries.integers().between(0, KEYS.size() - 1);
    }

    @Provide
    Arbitrary<Timeline> timelinesOne() {
        return timelines();
    }

    @Property(tries = 1000, seed = "20261122")
    void overlapsIsSymmetricAndAgreesWithSharedDates(@ForAll("periods") EffectivePeriod a, @ForAll("periods") EffectivePeriod b) {
        assertThat(a.overlaps(b)).isEqualTo(b.overlaps(a));
        boolean shared = false;
        for (int d = -40; d <= 440 && !shared; d++) {
            LocalDate date = EPOCH.plusDays(d);
            shared = a.contains(date) && b.contains(date);
        }
        assertThat(a.overlaps(b)).isEqualTo(shared);
    }

    @Provide
    Arbitrary<EffectivePeriod> periods() {
        Arbitrary<Integer> from = Arbitraries.integers().between(0, 400).injectNull(0.2);
        Arbitrary<Integer> length = Arbitraries.integers().between(1, 30).injectNull(0.2);
        return Combinators.combine(from, length).as((f, len) -> {
            if (f == null) {
                return len == null ? EffectivePeriod.ALWAYS : EffectivePeriod.until(EPOCH.plusDays(len));
            }
            return len == null ? EffectivePeriod.from(EPOCH.plusDays(f))
                    : EffectivePeriod.between(EPOCH.plusDays(f), EPOCH.plusDays(f + len));
        });
    }
}
