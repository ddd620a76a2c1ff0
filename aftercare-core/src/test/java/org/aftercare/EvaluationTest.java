package org.aftercare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvaluationTest {
    private static final Citation SRC = Citation.of("doc", "1", "2024", VerificationStatus.VERIFIED);
    private static final Instant AS_OF = Instant.parse("2024-04-02T00:00:00Z");
    private static final Policy POLICY = Policy.of("federal", List.of(PolicyTest.base()));
    private static final EvaluationContext CONTEXT = EvaluationContext.of(AS_OF, ZoneOffset.UTC, POLICY);

    private static Finding f(String code, Severity s, String path, String message) {
        return new Finding(code, s, message, path, List.of(SRC));
    }

    @Test
    void findingsAreSortedBySeverityThenCodeThenPathThenMessage() {
        Finding info = f("a.a", Severity.INFO, "p", "m");
        Finding warningB = f("b.b", Severity.WARNING, "p", "m");
        Finding warningAPathB = f("a.a", Severity.WARNING, "q", "m");
        Finding warningAPathAMsgB = f("a.a", Severity.WARNING, "p", "n");
        Finding warningAPathAMsgA = f("a.a", Severity.WARNING, "p", "m");
        Finding error = f("z.z", Severity.ERROR, "z", "z");
        Evaluation e = Evaluation.of(CONTEXT,
                List.of(info, warningB, warningAPathB, warningAPathAMsgB, warningAPathAMsgA, error), List.of());
        assertThat(e.findings()).containsExactly(error, warningAPathAMsgA, warningAPathAMsgB, warningAPathB, warningB, info);
    }

    @Test
    void equalFindingsAreReportedOnce() {
        Finding a = f("a.a", Severity.WARNING, "p", "m");
        Finding same = f("a.a", Severity.WARNING, "p", "m");
        Finding otherCitation = new Finding("a.a", Severity.WARNING, "m", "p", List.of(SRC, SRC));
        Evaluation e = Evaluation.of(CONTEXT, List.of(a, same, otherCitation), List.of());
        assertThat(e.findings()).containsExactly(a, otherCitation);
    }

    @Test
    void queriesFilterByCodeAndSeverity() {
        Finding info = f("a.a", Severity.INFO, "p", "m");
        Finding warning = f("b.b", Severity.WARNING, "p", "m");
        Evaluation e = Evaluation.of(CONTEXT, List.of(info, warning), List.of());
        assertThat(e.findings("a.a")).containsExactly(info);
        assertThat(e.findings("c.c")).isEmpty();
        assertThat(e.findings(Severity.WARNING)).containsExactly(warning);
        assertThat(e.findings(Severity.ERROR)).isEmpty();
        assertThat(e.hasErrors()).isFalse();
        assertThat(Evaluation.of(CONTEXT, List.of(f("e.e", Severity.ERROR, "p", "m")), List.of()).hasErrors()).isTrue();
        assertThat(e.policyName()).isEqualTo("federal");
        assertThat(e.asOf()).isEqualTo(AS_OF);
        assertThat(e.zone()).isEqualTo(ZoneOffset.UTC);
        assertThat(e.toString()).isEqualTo("Evaluation[asOf=2024-04-02T00:00:00Z, policy=federal, findings=2]");
    }

    @Test
    void plusCombinesAndDeduplicates() {
        Finding a = f("a.a", Severity.INFO, "p", "m");
        Finding b = f("b.b", Severity.ERROR, "p", "m");
        AppliedThreshold t = new AppliedThreshold("k.k", "1", "base", EffectivePeriod.ALWAYS, SRC);
        Evaluation left = Evaluation.of(CONTEXT, List.of(a), List.of(t));
        Evaluation right = Evaluation.of(CONTEXT, List.of(a, b), List.of(t));
        Evaluation sum = left.plus(right);
        assertThat(sum.findings()).containsExactly(b, a);
        assertThat(sum.appliedThresholds()).containsExactly(t);
        assertThat(sum).isEqualTo(right.plus(left)).hasSameHashCodeAs(right.plus(left));
    }

    @Test
    void plusRejectsDifferentContexts() {
        Evaluation e = Evaluation.of(CONTEXT, List.of(), List.of());
        Evaluation otherInstant = Evaluation.of(EvaluationContext.of(AS_OF.plusSeconds(1), ZoneOffset.UTC, POLICY),
                List.of(), List.of());
        Evaluation otherZone = Evaluation.of(EvaluationContext.of(AS_OF, ZoneId.of("Pacific/Chatham"), POLICY),
                List.of(), List.of());
        Evaluation otherPolicy = Evaluation.of(EvaluationContext.of(AS_OF, ZoneOffset.UTC,
                POLICY.withLayer(PolicyTest.clinic())), List.of(), List.of());
        for (Evaluation other : List.of(otherInstant, otherZone, otherPolicy)) {
            assertThatThrownBy(() -> e.plus(other)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Cannot combine evaluations made in different contexts");
        }
        assertThat(e.plus(Evaluation.of(CONTEXT, List.of(), List.of()))).isEqualTo(e);
    }

    @Test
    void evaluationsDifferWhenFindingsDiffer() {
        Evaluation empty = Evaluation.of(CONTEXT, List.of(), List.of());
        Evaluation one = Evaluation.of(CONTEXT, List.of(f("a.a", Severity.INFO, "p", "m")), List.of());
        assertThat(empty).isNotEqualTo(one);
    }

    @Test
    void evaluationContextFromAClockTakesItsInstantAndZone() {
        java.time.Clock clock = java.time.Clock.fixed(Instant.parse("2024-04-01T11:30:00Z"), ZoneId.of("Pacific/Chatham"));
        EvaluationContext c = EvaluationContext.of(clock, POLICY);
        assertThat(c.asOf()).isEqualTo(Instant.parse("2024-04-01T11:30:00Z"));
        assertThat(c.zone()).isEqualTo(ZoneId.of("Pacific/Chatham"));
        assertThat(c.asOfDate()).isEqualTo(java.time.LocalDate.of(2024, 4, 2));
    }
}
