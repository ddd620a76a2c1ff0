package org.aftercare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class FindingTest {
    private static final Citation V = Citation.of("doc", "1", "2024", VerificationStatus.VERIFIED);
    private static final Citation U = Citation.of("doc", "2", "2024", VerificationStatus.UNVERIFIED);

    @ParameterizedTest
    @ValueSource(strings = {"care.x", "care.intensity.below-level-minimum", "policy.threshold.not-in-force", "a.b.c",
            "care.2-1", "x9.y9-z9"})
    void dottedLowercaseCodesAreAccepted(String code) {
        assertThat(new Finding(code, Severity.INFO, "m", "p", List.of(V)).code()).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Care.X", "care", "care..x", "care.x.", ".care.x", "care.x-", "care.-x", "care.x--y",
            "care_x.y", "care.x y", "", "care.X", "care.ü"})
    void otherCodesAreRejected(String code) {
        assertThatThrownBy(() -> new Finding(code, Severity.INFO, "m", "p", List.of(V)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("finding.code must be a dotted lowercase code such as care.intensity.below-level-minimum: \""
                        + code + "\"");
    }

    @Test
    void blankMessageOrPathAndEmptyCitationsAreRejected() {
        assertThatThrownBy(() -> new Finding("a.b", Severity.INFO, " ", "p", List.of(V)))
                .isInstanceOf(InvalidValueException.class).hasMessage("finding.message must not be blank: \" \"");
        assertThatThrownBy(() -> new Finding("a.b", Severity.INFO, "m", "", List.of(V)))
                .isInstanceOf(InvalidValueException.class).hasMessage("finding.path must not be blank: \"\"");
        assertThatThrownBy(() -> new Finding("a.b", Severity.INFO, "m", "p", List.of()))
                .isInstanceOf(InvalidValueException.class).hasMessage("finding.citations must not be empty: []");
        assertThatThrownBy(() -> new Finding("a.b", null, "m", "p", List.of(V)))
                .isInstanceOf(NullPointerException.class).hasMessage("finding.severity");
        assertThatThrownBy(() -> new Finding(null, Severity.INFO, "m", "p", List.of(V)))
                .isInstanceOf(NullPointerException.class).hasMessage("finding.code");
    }

    @Test
    void citationsAreCopiedAndTheFirstIsPrimary() {
        List<Citation> list = new ArrayList<>(List.of(U, V));
        Finding f = new Finding("a.b", Severity.WARNING, "m", "p", list);
        list.clear();
        assertThat(f.citations()).containsExactly(U, V);
        assertThat(f.citation()).isEqualTo(U);
        assertThat(f.restsOnUnverifiedSource()).isTrue();
        assertThat(new Finding("a.b", Severity.WARNING, "m", "p", List.of(V)).restsOnUnverifiedSource()).isFalse();
    }

    @Test
    void immutableCitationListsAreHeldAsTheyAreAndOthersCopiedOrRejected() {
        List<Citation> one = List.of(V);
        List<Citation> two = List.of(U, V);
        List<Citation> three = List.of(U, V, U);
        assertThat(new Finding("a.b", Severity.INFO, "m", "p", one).citations()).isSameAs(one);
        assertThat(new Finding("a.b", Severity.INFO, "m", "p", two).citations()).isSameAs(two);
        assertThat(new Finding("a.b", Severity.INFO, "m", "p", three).citations()).isSameAs(three);
        // a list that allows nulls is copied, and one holding a null is refused
        List<Citation> withNull = java.util.Arrays.asList(V, null);
        assertThatThrownBy(() -> new Finding("a.b", Severity.INFO, "m", "p", withNull))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Finding("a.b", Severity.INFO, "m", "p", java.util.stream.Stream.of(V, null)
                .toList())).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Finding("a.b", Severity.INFO, "m", "p", null))
                .isInstanceOf(NullPointerException.class).hasMessage("finding.citations");
    }

    @Test
    void toStringShowsSeverityCodePathAndMessage() {
        Finding f = new Finding("care.intensity.below-level-minimum", Severity.WARNING, "6 h/week is below 9 h/week",
                "plan.services", List.of(V));
        assertThat(f.toString()).isEqualTo("WARNING care.intensity.below-level-minimum at plan.services: 6 h/week is below 9 h/week");
    }

    @Test
    void severityOrderIsErrorsFirst() {
        assertThat(Severity.values()).containsExactly(Severity.ERROR, Severity.WARNING, Severity.INFO);
    }
}
