package org.aftercare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RuleDescriptorTest {
    private static final Citation SRC = Citation.of("doc", "", "2024", VerificationStatus.VERIFIED);
    private static final RuleDescriptor WARN_ONLY = RuleDescriptor.of("test.warn-only", "warns", Severity.WARNING, List.of(SRC));
    private static final RuleDescriptor TWO = RuleDescriptor.of("test.two", "two severities", Severity.ERROR, List.of(SRC),
            Severity.INFO);

    /** A rules class with one field of each kind; only the public static final descriptors count. */
    public static final class SampleRules {
        public static final RuleDescriptor FIRST = RuleDescriptor.of("sample.first", "first", Severity.INFO, List.of(SRC));
        public static final RuleDescriptor SECOND = RuleDescriptor.of("sample.second", "second", Severity.ERROR, List.of(SRC));
        private static final RuleDescriptor PRIVATE = RuleDescriptor.of("sample.private", "p", Severity.INFO, List.of(SRC));
        static final RuleDescriptor PACKAGE = RuleDescriptor.of("sample.package", "p", Severity.INFO, List.of(SRC));
        public static RuleDescriptor mutable = RuleDescriptor.of("sample.mutable", "m", Severity.INFO, List.of(SRC));
        public static final Object AS_OBJECT = RuleDescriptor.of("sample.object", "o", Severity.INFO, List.of(SRC));
        public static final String NOT_A_RULE = "sample.string";
        public final RuleDescriptor instance = RuleDescriptor.of("sample.instance", "i", Severity.INFO, List.of(SRC));
        public static final RuleDescriptor THIRD = RuleDescriptor.of("sample.third", "third", Severity.WARNING, List.of(SRC));
    }

    @Test
    void declaredInCollectsExactlyThePublicStaticFinalDescriptorsInDeclarationOrder() {
        assertThat(RuleDescriptor.declaredIn(SampleRules.class)).extracting(RuleDescriptor::code)
                .containsExactly("sample.first", "sample.second", "sample.third");
    }

    @Test
    void declaredInOfAClassWithoutDescriptorsIsEmpty() {
        assertThat(RuleDescriptor.declaredIn(String.class)).isEmpty();
    }

    @Test
    void kernelRulesDeclareOnlyThresholdNotInForce() {
        assertThat(KernelRules.all()).containsExactly(KernelRules.THRESHOLD_NOT_IN_FORCE);
        assertThat(KernelRules.THRESHOLD_NOT_IN_FORCE.code()).isEqualTo("policy.threshold.not-in-force");
        assertThat(KernelRules.THRESHOLD_NOT_IN_FORCE.severities())
                .containsExactlyInAnyOrder(Severity.ERROR, Severity.WARNING, Severity.INFO);
    }

    @Test
    void findingRejectsAnUndeclaredSeverity() {
        assertThatThrownBy(() -> WARN_ONLY.finding(Severity.ERROR, "plan.x", "msg", List.of(SRC)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Rule test.warn-only does not declare severity ERROR");
        assertThatThrownBy(() -> TWO.finding(Severity.WARNING, "plan.x", "msg", List.of(SRC)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Rule test.two does not declare severity WARNING");
    }

    @Test
    void findingWithADeclaredSeverityCarriesTheCode() {
        Finding f = TWO.finding(Severity.INFO, "plan.x", "msg", List.of(SRC));
        assertThat(f).isEqualTo(new Finding("test.two", Severity.INFO, "msg", "plan.x", List.of(SRC)));
    }

    @Test
    void findingWithoutSeverityUsesTheOnlyOneOrFails() {
        assertThat(WARN_ONLY.finding("plan.x", "msg", List.of(SRC)).severity()).isEqualTo(Severity.WARNING);
        assertThatThrownBy(() -> TWO.finding("plan.x", "msg", List.of(SRC)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Rule test.two declares several severities; name one");
    }

    @Test
    void descriptorValidatesItsFields() {
        assertThatThrownBy(() -> new RuleDescriptor("test.x", Set.of(), "m", List.of(SRC)))
                .isInstanceOf(InvalidValueException.class).hasMessage("rule.severities must not be empty: []");
        assertThatThrownBy(() -> new RuleDescriptor("test.x", Set.of(Severity.INFO), "m", List.of()))
                .isInstanceOf(InvalidValueException.class).hasMessage("rule.sources must not be empty: []");
        assertThatThrownBy(() -> new RuleDescriptor("test.x", Set.of(Severity.INFO), " ", List.of(SRC)))
                .isInstanceOf(InvalidValueException.class).hasMessage("rule.meaning must not be blank: \" \"");
        assertThatThrownBy(() -> RuleDescriptor.of("Test.X", "m", Severity.INFO, List.of(SRC)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("rule.code must be a dotted lowercase code such as care.intensity.below-level-minimum: \"Test.X\"");
    }

    @Test
    void severitiesAreCopied() {
        java.util.EnumSet<Severity> s = java.util.EnumSet.of(Severity.INFO);
        RuleDescriptor d = new RuleDescriptor("test.x", s, "m", List.of(SRC));
        s.add(Severity.ERROR);
        assertThat(d.severities()).containsExactly(Severity.INFO);
        assertThatThrownBy(() -> d.severities().add(Severity.ERROR)).isInstanceOf(UnsupportedOperationException.class);
    }
}
