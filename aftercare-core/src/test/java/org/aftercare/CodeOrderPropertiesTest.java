package org.aftercare;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Comparing packed orders gives the sign of {@code String.compareTo}, for dotted codes and for any other text. */
class CodeOrderPropertiesTest {
    @Provide
    Arbitrary<String> codes() {
        // few characters, so codes often share long beginnings (within 20 characters, and past them)
        Arbitrary<String> alike = Arbitraries.strings().withChars("-.0a").ofMinLength(15).ofMaxLength(26)
                .map(s -> "care.modality." + s);
        Arbitrary<String> dotted = Arbitraries.strings().withChars("-.0123456789abcdefghijklmnopqrstuvwxyz")
                .ofMinLength(1).ofMaxLength(30);
        Arbitrary<String> any = Arbitraries.strings().ofMaxLength(24);
        return Arbitraries.oneOf(alike, dotted, any);
    }

    @Property(tries = 1000, seed = "20261123")
    void comparingPackedOrdersIsComparingTexts(@ForAll("codes") String a, @ForAll("codes") String b) {
        int expected = Integer.signum(a.compareTo(b));
        assertThat(Integer.signum(CodeOrder.compare(CodeOrder.of(a), CodeOrder.of(b)))).isEqualTo(expected);
    }

    @Property(tries = 1000, seed = "20261123")
    void aCodeComparedWithItselfOrAnEqualCopyIsZero(@ForAll("codes") String a) {
        assertThat(CodeOrder.compare(CodeOrder.of(a), CodeOrder.of(new String(a.toCharArray())))).isZero();
    }
}
