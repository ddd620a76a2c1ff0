package org.aftercare.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.aftercare.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AnalyteTest {

    @ParameterizedTest
    @EnumSource(Analyte.class)
    void parseReadsBackTheCode(Analyte a) {
        assertThat(Analyte.parse(a.code())).isSameAs(a);
        assertThat(a.toString()).isEqualTo(a.code());
        assertThat(a.code()).matches("[a-z0-9]+(-[a-z0-9]+)*");
    }

    @Test
    void codesAreLowercaseHyphenatedAndUnique() {
        assertThat(Analyte.SIX_MAM.code()).isEqualTo("six-mam");
        assertThat(Analyte.parse("norbuprenorphine")).isEqualTo(Analyte.NORBUPRENORPHINE);
        assertThat(Arrays.stream(Analyte.values()).map(Analyte::code)).doesNotHaveDuplicates();
    }

    @Test
    void unknownCodesAreRejected() {
        assertThatThrownBy(() -> Analyte.parse("SIX_MAM"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("analyte must be one of the analyte codes such as eddp or norbuprenorphine: \"SIX_MAM\"");
    }
}
