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
}
