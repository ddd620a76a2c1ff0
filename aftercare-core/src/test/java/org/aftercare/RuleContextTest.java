package org.aftercare;

import static org.aftercare.PolicyTest.AGE;
import static org.aftercare.PolicyTest.CAP;
import static org.aftercare.PolicyTest.NEW_RULE;
import static org.aftercare.PolicyTest.OLD_RULE;
import static org.aftercare.PolicyTest.SWITCH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleContextTest {
    private static final PolicyKey<Integer> ABSENT = PolicyKey.of("test.absent", Integer.class, "nothing at all");
    private static final ZoneId UTC = ZoneOffset.UTC;

    private static EvaluationContext contextOn(LocalDate date) {
        return EvaluationContext.of(date.atTime(12, 0).toInstant(ZoneOffset.UTC), UTC,
                Policy.of("federal", List.of(PolicyTest.base())));
    }

    @Test
    void keysWithEqualHashesAreStillToldApartAndEqualKeysMadeTwiceAreAppliedOnce() {
        // "test.hash.aaan" and "test.hash.aac0" have the same String.hashCode: the text decides
        PolicyKey<Integer> first = PolicyKey.of("test.hash.aaan", Integer.class, "first");
        PolicyKey<Integer> second = PolicyKey.of("test.hash.aac0", Integer.class, "second");
        PolicyKey<Integer> firstAgain = PolicyKey.of("test.hash.aaan", Integer.class, "first, made twice");
        assertThat(first.name().hashCode()).isEqualTo(second.name().hashCode());
        PolicyLayer layer = PolicyLayer.builder("base", "base").set(first, 1, PolicyTest.OLD_RULE)
                .set(second, 2, PolicyTest.OLD_RULE).build();
        RuleContext ctx = RuleContext.of(EvaluationContext.of(Instant.parse("2024-06-01T12:00:00Z"), UTC,
                Policy.of("hashes", List.of(layer))));
        assertThat(ctx.threshold(second).orElseThrow().value()).isEqualTo(2);
        assertThat(ctx.threshold(first).orElseThrow().value()).isEqualTo(1);
        assertThat(ctx.threshold(firstAgain).orElseThrow().value()).isEqualTo(1);
        assertThat(ctx.toEvaluation().appliedThresholds()).extracting(a -> a.key() + "=" + a.value())
                .containsExactly("test.hash.aaan=1", "test.hash.aac0=2");
    }

    @Test
    void requireOnAMissingKeyReportsExactlyOneNotInForceFinding() {
        RuleContext ctx = RuleContext.of(contextOn(LocalDate.of(2024, 4, 1)));
        assertThat(ctx.require(ABSENT, "plan.thing", Severity.WARNING)).isEmpty();
        Evaluation e = ctx.toEvaluation();
        assertThat(e.findings()).hasSize(1);
        Finding f = e.findings().get(0);
        assertThat(f.code()).isEqualTo("policy.threshold.not-in-force");
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.path()).isEqualTo("plan.thing");
        assertThat(f.message()).isEqualTo("No threshold 'test.absent' (nothing at all) is in force on 2024-04-01 in policy "
                + "federal; the rule could not be applied");
        assertThat(f.citations()).containsExactly(
                Citation.of("policy federal", "test.absent", "as of 2024-04-01", VerificationStatus.LOCAL));
        assertThat(e.appliedThresholds()).isEmpty();
    }

    @Test
    void requireOnAGivenDateNamesThatDateAndSeverity() {
        RuleContext ctx = RuleContext.of(contextOn(LocalDate.of(2024, 4, 1)));
        PolicyLayer onlyLater = PolicyLayer.builder("later", "later")
                .set(ABSENT, 1, OLD_RULE, EffectivePeriod.from(SWITCH)).build();
        RuleContext later = RuleContext.of(EvaluationContext.of(Instant.parse("2024-04-01T12:00:00Z"), UTC,
                Policy.of("late", List.of(onlyLater))));
        assertThat(later.require(ABSENT, SWITCH.minusDays(1), "p.x", Severity.ERROR)).isEmpty();
        assertThat(later.require(ABSENT, SWITCH, "p.x", Severity.ERROR)).isPresent();
        Evaluation e = later.toEvaluation();
        assertThat(e.findings()).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).contains("'test.absent'").contains("on 2024-04-01 in policy late");
        });
        assertThat(e.appliedThresholds()).singleElement().satisfies(a -> {
            assertThat(a.key()).isEqualTo("test.absent");
            assertThat(a.value()).isEqualTo("1");
            assertThat(a.layer()).isEqualTo("later");
        });
        assertThat(ctx.toEvaluation().findings()).isEmpty();
    }

    @Test
    void requireOnAPresentKeyReportsNothingAndRecordsTheThreshold() {
        RuleContext ctx = RuleContext.of(contextOn(SWITCH));
        assertThat(ctx.require(CAP, "plan.dose", Severity.ERROR).orElseThrow().value()).isEqualTo(50);
        Evaluation e = ctx.toEvaluation();
        assertThat(e.findings()).isEmpty();
        assertThat(e.appliedThresholds()).containsExactly(new AppliedThreshold("test.methadone.first-day-cap", "50", "base",
                EffectivePeriod.from(SWITCH), NEW_RULE));
    }

    @Test
    void appliedFormOfAThresholdNamesTheLayerItWasResolvedFrom() {
        Threshold<Integer> t = new Threshold<>(CAP, 50, NEW_RULE, EffectivePeriod.from(SWITCH));
        AppliedThreshold base = AppliedThreshold.of(new ResolvedThreshold<>(t, "base"));
        assertThat(base).isEqualTo(new AppliedThreshold("test.methadone.first-day-cap", "50", "base",
                EffectivePeriod.from(SWITCH), NEW_RULE));
        assertThat(AppliedThreshold.of(new ResolvedThreshold<>(t, "base"))).isSameAs(base);
        assertThat(AppliedThreshold.of(new ResolvedThreshold<>(t, "clinic"))).isEqualTo(new AppliedThreshold(
                "test.methadone.first-day-cap", "50", "clinic", EffectivePeriod.from(SWITCH), NEW_RULE));
        Threshold<Integer> equal = new Threshold<>(CAP, 50, NEW_RULE, EffectivePeriod.from(SWITCH));
        assertThat(AppliedThreshold.of(new ResolvedThreshold<>(equal, "other")).layer()).isEqualTo("other");
    }

    @Test
    void appliedThresholdsAreRecordedOnce() {
        RuleContext ctx = RuleContext.of(contextOn(SWITCH));
        ctx.threshold(CAP);
        ctx.threshold(CAP);
        ctx.require(CAP, "a.b", Severity.INFO);
        ctx.thresholdsInAllLayers(CAP, SWITCH);
        assertThat(ctx.toEvaluation().appliedThresholds()).hasSize(1);
    }

    @Test
    void thresholdsOfDifferentPeriodsAreRecordedSeparatelyInKeyThenLayerThenPeriodOrder() {
        RuleContext ctx = RuleContext.of(contextOn(SWITCH));
        ctx.threshold(CAP, SWITCH);
        ctx.threshold(AGE);
        ctx.threshold(CAP, SWITCH.minusDays(1));
        assertThat(ctx.toEvaluation().appliedThresholds())
                .extracting(a -> a.key() + "=" + a.value() + " " + a.period())
                .containsExactly("test.methadone.first-day-cap=30 [.., 2024-04-02)",
                        "test.methadone.first-day-cap=50 [2024-04-02, ..)",
                        "test.population.adult-age=18 [.., ..)");
        assertThat(ctx.toEvaluation().appliedLayers()).containsExactly("base");
    }

    @Test
    void thresholdsInForceTodayAreFoundBeforeTheDateIsMadeAndAnAsOfBeyondTheDatesIsRejected() {
        Policy p = Policy.of("federal", List.of(PolicyTest.base()));
        RuleContext chatham = RuleContext.of(EvaluationContext.of(Instant.parse("2024-04-01T11:30:00Z"),
                ZoneId.of("Pacific/Chatham"), p));
        assertThat(chatham.threshold(CAP).orElseThrow().value()).isEqualTo(50); // read by day number first
        assertThat(chatham.threshold(CAP, SWITCH.minusDays(1)).orElseThrow().value()).isEqualTo(30);
        assertThat(chatham.today()).isEqualTo(SWITCH);
        RuleContext beyond = RuleContext.of(EvaluationContext.of(Instant.MAX, ZoneOffset.ofHours(18), p));
        assertThatThrownBy(beyond::todayEpochDay).isInstanceOf(java.time.DateTimeException.class)
                .hasMessageContaining("EpochDay");
        assertThatThrownBy(() -> beyond.threshold(CAP)).isInstanceOf(java.time.DateTimeException.class);
    }

    @Test
    void todayIsTheAsOfDateInTheClinicZone() {
        Instant asOf = Instant.parse("2024-04-01T11:30:00Z");
        Policy p = Policy.of("federal", List.of(PolicyTest.base()));
        // Pacific/Chatham is UTC+12:45 (UTC+13:45 in southern summer until early April): already 2 April.
        RuleContext chatham = RuleContext.of(EvaluationContext.of(asOf, ZoneId.of("Pacific/Chatham"), p));
        RuleContext utc = RuleContext.of(EvaluationContext.of(asOf, UTC, p));
        assertThat(chatham.today()).isEqualTo(SWITCH);
        assertThat(utc.today()).isEqualTo(SWITCH.minusDays(1));
        assertThat(chatham.todayEpochDay()).isEqualTo(SWITCH.toEpochDay());
        assertThat(utc.todayEpochDay()).isEqualTo(SWITCH.toEpochDay() - 1);
        assertThat(chatham.threshold(CAP).orElseThrow().value()).isEqualTo(50);
        assertThat(utc.threshold(CAP).orElseThrow().value()).isEqualTo(30);
        assertThat(chatham.asOf()).isEqualTo(asOf);
        assertThat(chatham.zone()).isEqualTo(ZoneId.of("Pacific/Chatham"));
    }

    @Test
    void thresholdsInAllLayersRecordsEveryLayer() {
        PolicyLayer clinic = PolicyTest.clinic();
        RuleContext ctx = RuleContext.of(EvaluationContext.of(Instant.parse("2024-06-01T00:00:00Z"), UTC,
                Policy.of("federal", List.of(PolicyTest.base(), clinic))));
        assertThat(ctx.thresholdsInAllLayers(CAP, SWITCH)).extracting(ResolvedThreshold::value).containsExactly(50, 40);
        assertThat(ctx.toEvaluation().appliedLayers()).containsExactly("base", "clinic:sunrise");
    }

    @Test
    void manyThresholdsReadAgainAndAgainAreEachRecordedOnceInKeyOrder() {
        PolicyLayer.Builder many = PolicyLayer.builder("many", "twelve keys");
        List<PolicyKey<Integer>> keys = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            PolicyKey<Integer> key = PolicyKey.of("test.many.k" + (char) ('a' + 11 - i), Integer.class, "key " + i);
            keys.add(key);
            many.set(key, i, OLD_RULE);
        }
        RuleContext ctx = RuleContext.of(EvaluationContext.of(Instant.parse("2024-06-01T00:00:00Z"), UTC,
                Policy.of("many", List.of(many.build()))));
        for (int round = 0; round < 3; round++) {
            keys.forEach(ctx::threshold);
        }
        assertThat(ctx.toEvaluation().appliedThresholds()).extracting(a -> a.key() + "=" + a.value())
                .containsExactly("test.many.ka=11", "test.many.kb=10", "test.many.kc=9", "test.many.kd=8",
                        "test.many.ke=7", "test.many.kf=6", "test.many.kg=5", "test.many.kh=4", "test.many.ki=3",
                        "test.many.kj=2", "test.many.kk=1", "test.many.kl=0");
    }

    @Test
    void aThresholdNotedFirstIsKeptWhenTheSameKeyLayerAndPeriodIsReadLater() {
        RuleContext ctx = RuleContext.of(contextOn(SWITCH));
        ResolvedThreshold<Integer> cap = Policy.of("federal", List.of(PolicyTest.base())).resolve(CAP, SWITCH).orElseThrow();
        AppliedThreshold noted = new AppliedThreshold(CAP.name(), "noted", "base", cap.threshold().period(),
                cap.citation());
        ctx.noteApplied(noted);
        ctx.threshold(CAP);
        ctx.threshold(CAP);
        assertThat(ctx.toEvaluation().appliedThresholds()).containsExactly(noted);
    }

    @Test
    void moreThanSixteenThresholdsAreAllRecordedOnceEach() {
        PolicyLayer.Builder many = PolicyLayer.builder("many", "forty keys");
        List<PolicyKey<Integer>> keys = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            PolicyKey<Integer> key = PolicyKey.of("test.many.k" + (100 + i), Integer.class, "key " + i);
            keys.add(key);
            many.set(key, i, OLD_RULE);
        }
        RuleContext ctx = RuleContext.of(EvaluationContext.of(Instant.parse("2024-06-01T00:00:00Z"), UTC,
                Policy.of("many", List.of(many.build()))));
        for (int round = 0; round < 2; round++) {
            keys.forEach(ctx::threshold);
        }
        List<AppliedThreshold> applied = ctx.toEvaluation().appliedThresholds();
        assertThat(applied).hasSize(40);
        for (int i = 0; i < 40; i++) {
            assertThat(applied.get(i).key()).isEqualTo("test.many.k" + (100 + i));
            assertThat(applied.get(i).value()).isEqualTo(String.valueOf(i));
        }
    }

    @Test
    void anEqualThresholdOfAnotherPolicyObjectIsRecordedOnceAndTheFirstKept() {
        RuleContext ctx = RuleContext.of(contextOn(SWITCH));
        // two policy objects built from equal layers: equal thresholds, different objects
        Policy other = Policy.of("federal", List.of(PolicyTest.base()));
        ResolvedThreshold<Integer> first = ctx.threshold(CAP).orElseThrow();
        ResolvedThreshold<Integer> second = other.resolve(CAP, SWITCH).orElseThrow();
        assertThat(second.threshold()).isNotSameAs(first.threshold()).isEqualTo(first.threshold());
        ctx.noteApplied(AppliedThreshold.of(second));
        ctx.noteApplied(new AppliedThreshold(CAP.name(), "other", "base", EffectivePeriod.from(SWITCH), NEW_RULE));
        ctx.thresholdsInAllLayers(CAP, SWITCH);
        assertThat(ctx.toEvaluation().appliedThresholds()).containsExactly(new AppliedThreshold(
                "test.methadone.first-day-cap", "50", "base", EffectivePeriod.from(SWITCH), NEW_RULE));
        // the same key and period from another layer is another applied threshold
        ctx.noteApplied(new AppliedThreshold(CAP.name(), "60", "funding", EffectivePeriod.from(SWITCH), NEW_RULE));
        assertThat(ctx.toEvaluation().appliedThresholds()).extracting(AppliedThreshold::layer)
                .containsExactly("base", "funding");
    }

    @Test
    void aThresholdNotedAgainAndAgainIsListedOnceAsFirstNoted() {
        RuleContext ctx = RuleContext.of(contextOn(SWITCH));
        for (int i = 0; i < 100_000; i++) {
            ctx.noteApplied(new AppliedThreshold(CAP.name(), String.valueOf(i % 3), "funding",
                    EffectivePeriod.from(SWITCH), NEW_RULE));
        }
        ctx.threshold(CAP);
        assertThat(ctx.toEvaluation().appliedThresholds()).extracting(a -> a.layer() + "=" + a.value())
                .containsExactly("base=50", "funding=0");
    }

    @Test
    void aThresholdNotedBeforeAnEqualOneIsReadKeepsTheNotedOneEvenAfterManyReads() {
        RuleContext ctx = RuleContext.of(contextOn(SWITCH));
        ResolvedThreshold<Integer> cap = Policy.of("federal", List.of(PolicyTest.base())).resolve(CAP, SWITCH).orElseThrow();
        AppliedThreshold noted = new AppliedThreshold(CAP.name(), "noted", "base", cap.threshold().period(),
                cap.citation());
        ctx.noteApplied(noted);
        for (int i = 0; i < 3; i++) {
            ctx.threshold(CAP);
            ctx.threshold(AGE);
        }
        assertThat(ctx.toEvaluation().appliedThresholds()).extracting(AppliedThreshold::value)
                .containsExactly("noted", "18");
    }

    @Test
    void appliedFormsOfManyThresholdsAreEachTheirOwnEvenWhenTheyShareATableSlot() {
        // far more thresholds than the table has slots: every applied form still names its own value and layer
        List<Threshold<Integer>> thresholds = new java.util.ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            thresholds.add(new Threshold<>(CAP, i, NEW_RULE, EffectivePeriod.from(SWITCH)));
        }
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < thresholds.size(); i++) {
                AppliedThreshold a = AppliedThreshold.of(new ResolvedThreshold<>(thresholds.get(i), "layer" + (i % 3)));
                assertThat(a.value()).isEqualTo(String.valueOf(i));
                assertThat(a.layer()).isEqualTo("layer" + (i % 3));
                AppliedThreshold b = AppliedThreshold.of(new ResolvedThreshold<>(thresholds.get(i), "layer" + (i % 3)));
                assertThat(b).isSameAs(a);
                assertThat(AppliedThreshold.of(new ResolvedThreshold<>(thresholds.get(i), "x")).layer()).isEqualTo("x");
            }
        }
    }
}
