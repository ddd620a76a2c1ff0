package org.aftercare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Findings whose message is written on first read: the same finding as one made with the text. */
class DeferredFindingTest {
    private static final Citation V = Citation.of("doc", "1", "2024", VerificationStatus.VERIFIED);
    private static final Citation U = Citation.of("doc", "2", "2024", VerificationStatus.UNVERIFIED);
    private static final RuleDescriptor ONE = RuleDescriptor.of("test.one", "one", Severity.WARNING, List.of(V));
    private static final RuleDescriptor TWO = RuleDescriptor.of("test.two", "two", Severity.ERROR, List.of(V),
            Severity.INFO);

    private static Supplier<String> counting(AtomicInteger calls, String text) {
        return () -> {
            calls.incrementAndGet();
            return text;
        };
    }

    @Test
    void theMessageIsWrittenOnFirstReadOnlyAndIsTheGivenText() {
        AtomicInteger calls = new AtomicInteger();
        Finding f = ONE.finding("plan.services", counting(calls, "6 h/week is below 9 h/week"), List.of(V));
        assertThat(calls).hasValue(0);
        assertThat(f.code()).isEqualTo("test.one");
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.path()).isEqualTo("plan.services");
        assertThat(f.citations()).containsExactly(V);
        assertThat(calls).hasValue(0);
        assertThat(f.message()).isEqualTo("6 h/week is below 9 h/week");
        assertThat(f.message()).isSameAs(f.message());
        assertThat(f.toString()).isEqualTo("WARNING test.one at plan.services: 6 h/week is below 9 h/week");
        assertThat(calls).hasValue(1);
    }

    @Test
    void aDeferredFindingEqualsTheFindingMadeWithItsTextAndHashesAlike() {
        Finding eager = new Finding("test.two", Severity.INFO, "m", "p", List.of(U, V));
        Finding deferred = TWO.finding(Severity.INFO, "p", () -> "m", List.of(U, V));
        assertThat(deferred).isEqualTo(eager);
        assertThat(eager).isEqualTo(deferred);
        assertThat(deferred.hashCode()).isEqualTo(eager.hashCode());
        assertThat(TWO.finding(Severity.INFO, "p", "m", List.of(U, V))).isEqualTo(eager).hasSameHashCodeAs(eager);
        assertThat(deferred.restsOnUnverifiedSource()).isTrue();
        assertThat(deferred.citation()).isEqualTo(U);
    }

    @Test
    void hashCodeCombinesTheComponentsAsARecordDoes() {
        Finding f = new Finding("test.two", Severity.INFO, "m", "p", List.of(V));
        int expected = (((("test.two".hashCode() * 31) + Severity.INFO.hashCode()) * 31 + "m".hashCode()) * 31
                + "p".hashCode()) * 31 + List.of(V).hashCode();
        assertThat(f.hashCode()).isEqualTo(expected);
    }

    @Test
    void findingsDifferingInAnyOneComponentAreNotEqual() {
        Finding f = new Finding("test.two", Severity.INFO, "m", "p", List.of(V));
        assertThat(f).isEqualTo(f).isNotEqualTo(null).isNotEqualTo("test.two");
        assertThat(f).isNotEqualTo(new Finding("test.one", Severity.INFO, "m", "p", List.of(V)));
        assertThat(f).isNotEqualTo(new Finding("test.two", Severity.ERROR, "m", "p", List.of(V)));
        assertThat(f).isNotEqualTo(TWO.finding(Severity.INFO, "p", () -> "n", List.of(V)));
        assertThat(f).isNotEqualTo(new Finding("test.two", Severity.INFO, "m", "q", List.of(V)));
        assertThat(f).isNotEqualTo(new Finding("test.two", Severity.INFO, "m", "p", List.of(U)));
        assertThat(f).isNotEqualTo(new Finding("test.two", Severity.INFO, "m", "p", List.of(V, U)));
    }

    @Test
    void comparingInReportOrderWritesAMessageOnlyWhenEverythingBeforeItTies() {
        AtomicInteger calls = new AtomicInteger();
        Finding a = TWO.finding(Severity.ERROR, "p", counting(calls, "b"), List.of(V));
        Finding b = TWO.finding(Severity.INFO, "p", counting(calls, "a"), List.of(V));
        Finding c = TWO.finding(Severity.INFO, "q", counting(calls, "a"), List.of(V));
        assertThat(Finding.REPORT_ORDER.compare(a, b)).isNegative();
        assertThat(Finding.REPORT_ORDER.compare(b, c)).isNegative();
        assertThat(Finding.REPORT_ORDER.compare(a, ONE.finding("p", counting(calls, "x"), List.of(V)))).isNegative();
        assertThat(calls).hasValue(0);
        assertThat(a).isNotEqualTo(b);
        assertThat(calls).hasValue(0);
        Finding d = TWO.finding(Severity.INFO, "p", counting(calls, "b"), List.of(V));
        assertThat(Finding.REPORT_ORDER.compare(b, d)).isNegative();
        assertThat(Finding.REPORT_ORDER.compare(d, b)).isPositive();
        assertThat(calls).hasValue(2);
    }

    @Test
    void theDescriptorChecksSeverityPathAndCitationsAtOnceAndABlankMessageWhenRead() {
        assertThatThrownBy(() -> TWO.finding(Severity.WARNING, "p", () -> "m", List.of(V)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Rule test.two does not declare severity WARNING");
        assertThatThrownBy(() -> TWO.finding("p", () -> "m", List.of(V)))
                .isInstanceOf(IllegalStateException.class).hasMessage("Rule test.two declares several severities; name one");
        assertThatThrownBy(() -> ONE.finding(" ", () -> "m", List.of(V)))
                .isInstanceOf(InvalidValueException.class).hasMessage("finding.path must not be blank: \" \"");
        assertThatThrownBy(() -> ONE.finding("p", () -> "m", List.of()))
                .isInstanceOf(InvalidValueException.class).hasMessage("finding.citations must not be empty: []");
        assertThatThrownBy(() -> ONE.finding("p", (Supplier<String>) null, List.of(V)))
                .isInstanceOf(NullPointerException.class).hasMessage("finding.message");
        assertThatThrownBy(() -> ONE.finding("p", " ", List.of(V)))
                .isInstanceOf(InvalidValueException.class).hasMessage("finding.message must not be blank: \" \"");
        assertThatThrownBy(() -> ONE.finding(null, () -> "m", List.of(V)))
                .isInstanceOf(NullPointerException.class).hasMessage("finding.path");
        Finding blank = ONE.finding("p", () -> "  ", List.of(V));
        assertThatThrownBy(blank::message).isInstanceOf(IllegalStateException.class)
                .hasMessage("The message of a test.one finding is blank");
        Finding none = ONE.finding("p", () -> null, List.of(V));
        assertThatThrownBy(none::message).isInstanceOf(IllegalStateException.class)
                .hasMessage("The message of a test.one finding is blank");
    }

    @Test
    void citationsOfADeferredFindingAreCopied() {
        List<Citation> list = new ArrayList<>(List.of(V, U));
        Finding f = ONE.finding("p", () -> "m", list);
        list.clear();
        assertThat(f.citations()).containsExactly(V, U);
    }

    @Test
    void threadsReadingAtOnceAllSeeTheOneMessageWrittenOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 50; round++) {
                AtomicInteger calls = new AtomicInteger();
                Finding f = ONE.finding("p", () -> {
                    calls.incrementAndGet();
                    return new String("written once"); // a new object per call: a second call would show
                }, List.of(V));
                CountDownLatch start = new CountDownLatch(1);
                List<Future<String>> reads = new ArrayList<>();
                for (int t = 0; t < 4; t++) {
                    reads.add(pool.submit(() -> {
                        start.await();
                        return f.message();
                    }));
                }
                start.countDown();
                String first = reads.get(0).get(10, TimeUnit.SECONDS);
                for (Future<String> read : reads) {
                    assertThat(read.get(10, TimeUnit.SECONDS)).isSameAs(first).isEqualTo("written once");
                }
                assertThat(calls).hasValue(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
