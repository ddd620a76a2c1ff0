package org.aftercare.jackson.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.aftercare.care.Modality;
import org.aftercare.jackson.Problem;
import org.aftercare.screening.Analyte;
import org.junit.jupiter.api.Test;

/** The table readers of domain codes give what the domain's own parse methods give, problems included. */
class DomainCodeTest {

    @Test
    void everyCodeReadsAsItsDomainParseReadsIt() {
        for (Analyte a : Analyte.values()) {
            assertThat(read(ScreeningJson.analyte(), a.code())).isSameAs(Analyte.parse(a.code()));
        }
        for (Modality m : Modality.values()) {
            assertThat(read(CareJson.modality(), m.code())).isSameAs(Modality.parse(m.code()));
        }
    }

    @Test
    void anUnknownCodeIsTheDomainsProblem() {
        for (Object bad : List.of("eddp ", "EDDP", "", 7L, JsonTree.NULL)) {
            assertThat(problems(ScreeningJson.analyte(), bad)).isEqualTo(problems(Reads.code("analyte", Analyte::parse),
                    bad)).hasSize(1);
            assertThat(problems(CareJson.modality(), bad)).isEqualTo(problems(Reads.code("modality", Modality::parse),
                    bad)).hasSize(1);
        }
        assertThat(problems(ScreeningJson.analyte(), "nope")).containsExactly(new Problem("/x", "json.unknown-code",
                "analyte must be one of the analyte codes such as eddp or norbuprenorphine: \"nope\""));
    }

    private static <T> T read(Read<T> reader, Object value) {
        Problems problems = new Problems();
        T t = reader.read(value, Pointer.ROOT.child("x"), problems);
        assertThat(problems.any()).isFalse();
        return t;
    }

    private static List<Problem> problems(Read<?> reader, Object value) {
        Problems problems = new Problems();
        assertThat(reader.read(value, Pointer.ROOT.child("x"), problems)).isNull();
        return problems.sorted();
    }
}
