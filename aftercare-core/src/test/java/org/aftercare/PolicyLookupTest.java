package org.aftercare;

import static org.aftercare.PolicyTest.AGE;
import static org.aftercare.PolicyTest.CAP;
import static org.aftercare.PolicyTest.SWITCH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyLookupTest {
    private static final Policy CLINIC = Policy.of("sunrise", List.of(PolicyTest.base(), PolicyTest.clinic()));
    private static final Policy FEDERAL = Policy.of("federal", List.of(PolicyTest.base()));

    @Test
    void switchesExactlyOnTheBoundaryDateByDateAndByEpochDay() {
        PolicyLookup<Integer> cap = FEDERAL.lookup(CAP);
        LocalDate dayBefore = SWITCH.minusDays(1);
        assertThat(cap.resolve(dayBefore).orElseThrow().value()).isEqualTo(30);
        assertThat(cap.resolve(SWITCH).orElseThrow().value()).isEqualTo(50);
        assertThat(cap.resolve(dayBefore.toEpochDay()).orElseThrow().value()).isEqualTo(30);
        assertThat(cap.resolve(SWITCH.toEpochDay()).orElseThrow().value()).isEqualTo(50);
        assertThat(cap.resolve(SWITCH.toEpochDay()).orElseThrow().citation()).isEqualTo(PolicyTest.NEW_RULE);
        assertThat(cap.resolve(SWITCH.toEpochDay())).isSameAs(FEDERAL.resolve(CAP, SWITCH));
    }

    @Test
    void topmostLayerWinsAndEveryLayerIsListedBaseFirst() {
        PolicyLookup<Integer> cap = CLINIC.lookup(CAP);
        assertThat(cap.resolve(SWITCH).orElseThrow().value()).isEqualTo(40);
        assertThat(cap.resolve(SWITCH).orElseThrow().layer()).isEqualTo("clinic:sunrise");
        assertThat(cap.resolveAll(SWITCH)).extracting(ResolvedThreshold::value).containsExactly(50, 40);
        assertThat(cap.resolveAll(SWITCH.minusDays(1))).extracting(ResolvedThreshold::value).containsExactly(30, 40);
        assertThat(CLINIC.lookup(AGE).resolveAll(SWITCH)).extracting(ResolvedThreshold::layer).containsExactly("base");
    }

    @Test
    void aKeyNoLayerSetsAnswersEmptyOnEveryDate() {
        PolicyKey<Integer> unset = PolicyKey.of("test.unset", Integer.class, "set by no layer");
        PolicyLookup<Integer> lookup = CLINIC.lookup(unset);
        assertThat(lookup.resolve(SWITCH)).isEmpty();
        assertThat(lookup.resolve(LocalDate.MIN.toEpochDay())).isEmpty();
        assertThat(lookup.resolve(Long.MAX_VALUE)).isEmpty();
        assertThat(lookup.resolveAll(LocalDate.MAX)).isEmpty();
        assertThat(lookup.key()).isSameAs(unset);
        assertThat(lookup.policy()).isSameAs(CLINIC);
    }

    @Test
    void epochDaysBeyondEveryDateALocalDateHoldsFallInTheOuterSpans() {
        PolicyLookup<Integer> cap = FEDERAL.lookup(CAP);
        assertThat(cap.resolve(Long.MIN_VALUE).orElseThrow().value()).isEqualTo(30);
        assertThat(cap.resolve(Long.MAX_VALUE).orElseThrow().value()).isEqualTo(50);
        assertThat(cap.resolve(LocalDate.MIN).orElseThrow().value()).isEqualTo(30);
        assertThat(cap.resolve(LocalDate.MAX).orElseThrow().value()).isEqualTo(50);
    }

    @Test
    void rejectsNullsNamingTheArgumentAndDescribesItselfWithoutValues() {
        PolicyLookup<Integer> cap = CLINIC.lookup(CAP);
        assertThatThrownBy(() -> cap.resolve(null)).isInstanceOf(NullPointerException.class).hasMessage("date");
        assertThatThrownBy(() -> cap.resolveAll(null)).isInstanceOf(NullPointerException.class).hasMessage("date");
        assertThatThrownBy(() -> CLINIC.lookup(null)).isInstanceOf(NullPointerException.class).hasMessage("key");
        assertThat(cap).hasToString("PolicyLookup[test.methadone.first-day-cap in sunrise]");
    }
}
