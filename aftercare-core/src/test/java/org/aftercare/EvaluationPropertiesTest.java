package org.aftercare;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class EvaluationPropertiesTest {
    private static final Citation SRC = Citation.of("doc", "", "2024", VerificationStatus.VERIFIED);
    private static final EvaluationContext CONTEXT = EvaluationContext.of(Instant.parse("2024-04-02T00:00:00Z"),
            ZoneOffset.UTC, Policy.of("p", List.of(PolicyTest.base())));

    @Provide
    Arbitrary<List<Finding>> findings() {
        Arbitrary<Finding> finding = Combinators.combine(
                Arbitraries.of("a.a", "a.b", "b.a", "care.x-y"),
                Arbitraries.of(Severity.class),
                Arbitraries.of("m1", "m2", "M"),
                Arbitraries.of("plan.a", "plan.b", "plan.services[1]"))
                .as((code, severity, message, path) -> new Finding(code, severity, message, path, List.of(SRC)));
        return finding.list().ofMaxSize(12);
    }

    @Property(tries = 1000, seed = "20261122")
    void findingsAreSortedDistinctAndIndependentOfInputOrder(@ForAll("findings") List<Finding> findings,
            @ForAll long seed) {
        Evaluation e = Evaluation.of(CONTEXT, findings, List.of());
        assertThat(e.findings()).isSortedAccordingTo(Finding.REPORT_ORDER).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(findings.stream().distinct().toList());
        List<Finding> shuffled = new ArrayList<>(findings);
        Collections.shuffle(shuffled, new Random(seed));
        assertThat(Evaluation.of(CONTEXT, shuffled, List.of())).isEqualTo(e);
    }

    @Property(tries = 1000, seed = "20261122")
    void plusIsTheEvaluationOfTheUnion(@ForAll("findings") List<Finding> left, @ForAll("findings") List<Finding> right) {
        List<Finding> union = new ArrayList<>(left);
        union.addAll(right);
        assertThat(Evaluation.of(CONTEXT, left, List.of()).plus(Evaluation.of(CONTEXT, right, List.of())))
                .isEqualTo(Evaluation.of(CONTEXT, union, List.of()));
    }

    @Provide
    Arbitrary<Finding> anyFinding() {
        // codes alike in their first ten characters (the packed key ties) and beyond twenty, and short ones
        return Combinators.combine(
                Arbitraries.of("a.a", "a.b", "care.intensity.below", "care.intensity.above", "care.intens",
                        "care.intensity.step-down-taper.a", "care.intensity.step-down-taper.b", "z.z-9"),
                Arbitraries.of(Severity.class),
                Arbitraries.of("m1", "m2", "M"),
                Arbitraries.of("plan.a", "plan.b", "plan.services[1]"))
                .as((code, severity, message, path) -> new Finding(code, severity, message, path, List.of(SRC)));
    }

    @Property(tries = 2000, seed = "20261123")
    void reportOrderIsSeverityThenCodeThenPathThenMessage(@ForAll("anyFinding") Finding a,
            @ForAll("anyFinding") Finding b) {
        java.util.Comparator<Finding> plain = java.util.Comparator.comparing(Finding::severity)
                .thenComparing(Finding::code).thenComparing(Finding::path).thenComparing(Finding::message);
        assertThat(Integer.signum(Finding.REPORT_ORDER.compare(a, b))).isEqualTo(Integer.signum(plain.compare(a, b)));
    }

    @Provide
    Arbitrary<List<Finding>> tiedFindings() {
        // few values, and two citations, so findings often tie in report order while differing (or repeat exactly)
        Citation other = Citation.of("other", "", "2025", VerificationStatus.VERIFIED);
        Arbitrary<Finding> finding = Combinators.combine(
                Arbitraries.of("a.a", "a.b"),
                Arbitraries.of(Severity.WARNING, Severity.INFO),
                Arbitraries.of("m1", "m2"),
                Arbitraries.of(List.of(SRC), List.of(other), List.of(SRC, other)))
                .as((code, severity, message, citations) -> new Finding(code, severity, message, "plan.a", citations));
        // up to 40: past the 24 the evaluation sorts by insertion, so both of its sorts are compared with List.sort
        return finding.list().ofMaxSize(40);
    }

    @Property(tries = 1000, seed = "20261122")
    void findingsAreThoseOfDeduplicatingFirstThenSortingStably(@ForAll("tiedFindings") List<Finding> findings) {
        List<Finding> plain = new ArrayList<>(new java.util.LinkedHashSet<>(findings));
        plain.sort(Finding.REPORT_ORDER);
        assertThat(Evaluation.of(CONTEXT, findings, List.of()).findings()).containsExactlyElementsOf(plain);
    }

    @Property(tries = 1000, seed = "20261122")
    void appliedThresholdsAreSortedAndDistinct(@ForAll("applied") List<AppliedThreshold> applied) {
        List<AppliedThreshold> plain = new ArrayList<>(new java.util.LinkedHashSet<>(applied));
        plain.sort(java.util.Comparator.comparing(AppliedThreshold::key).thenComparing(AppliedThreshold::layer)
                .thenComparing(a -> a.period().toString()));
        assertThat(Evaluation.of(CONTEXT, List.of(), applied).appliedThresholds()).containsExactlyElementsOf(plain);
    }

    @Provide
    Arbitrary<List<AppliedThreshold>> applied() {
        Arbitrary<AppliedThreshold> one = Combinators.combine(
                // short keys; keys alike in their first 20 characters (their packed order ties); a key that is not
                // a dotted code (it has no packed order)
                Arbitraries.of("care.a", "care.b", "care.modality.twelve-step.usual-dose",
                        "care.modality.twelve-step.age-range", "care.modality.twelve", "Care B"),
                Arbitraries.of("1", "2"),
                Arbitraries.of("base", "clinic"),
                Arbitraries.of(EffectivePeriod.from(java.time.LocalDate.of(2024, 1, 1)),
                        EffectivePeriod.from(java.time.LocalDate.of(2025, 1, 1))))
                .as((key, value, layer, period) -> new AppliedThreshold(key, value, layer, period, SRC));
        return one.list().ofMaxSize(40);
    }
}
