package org.aftercare.jackson.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.aftercare.jackson.Problem;

/**
 * The instant reader's hand-made everyday path ({@code yyyy-MM-ddTHH:mm:ssZ} with every field in range) reads the
 * same instant, and reports the same problems, as the {@code java.time} path it replaced ({@link PlainInstant}), for
 * every year, month, day, hour, minute and second written with the right number of digits, in range or not.
 */
class EverydayInstantPropertiesTest {
    @Property(tries = 1000, seed = "20261122")
    void everydayInstantIsThePlainOne(@ForAll("instants") String s) {
        assertSame(s);
    }

    @Property(tries = 1000, seed = "20261122")
    void everydayInstantOfAnyShapeIsThePlainOne(@ForAll("anyShape") String s) {
        assertSame(s);
    }

    static void assertSame(String s) {
        Problems fast = new Problems();
        Problems plain = new Problems();
        Instant read = Reads.instant().read(s, Pointer.root().child("at"), fast);
        Instant expected = PlainInstant.read(s, Pointer.root().child("at"), plain);
        assertThat(read).as(s).isEqualTo(expected);
        List<Problem> problems = fast.sorted();
        assertThat(problems).as(s).isEqualTo(plain.sorted());
    }

    /** Twenty-character instants with fields around and beyond their ranges, leap days and year limits included. */
    @Provide
    Arbitrary<String> instants() {
        Arbitrary<Integer> year = Arbitraries.oneOf(Arbitraries.integers().between(0, 9999),
                Arbitraries.of(1899, 1900, 1904, 2000, 2024, 2025, 2100, 2199, 2200, 1600, 2400));
        return Combinators.combine(year, Arbitraries.integers().between(0, 19), Arbitraries.integers().between(0, 39),
                Arbitraries.integers().between(0, 29), Arbitraries.integers().between(0, 69),
                Arbitraries.integers().between(0, 69)).as((y, mo, d, h, mi, se) -> String.format(java.util.Locale.ROOT,
                        "%04d-%02d-%02dT%02d:%02d:%02dZ", y, mo, d, h, mi, se));
    }

    /** Instants of every form the shape allows, and other strings of twenty characters. */
    @Provide
    Arbitrary<String> anyShape() {
        return Arbitraries.oneOf(Arbitraries.of("2026-03-01T14:00Z", "2026-03-01T14:00:00.5Z", "2026-03-01T24:00:00Z",
                "2026-02-29T12:00:00Z", "2024-02-29T12:00:00Z", "2026-03-01T14:00:60Z", "2026-03-01 14:00:00Z",
                "2026-13-01T14:00:00Z", "9999-12-31T23:59:59Z", "0000-01-01T00:00:00Z"),
                Arbitraries.strings().withChars("0123456789-T:Z.").ofLength(20));
    }
}
