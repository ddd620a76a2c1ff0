package org.aftercare.jackson.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The hand-written shape checks of dates and instants accept exactly what the regular expressions they replace did. */
class TimeShapePropertiesTest {
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final Pattern INSTANT =
            Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?Z");

    @Property(tries = 1000, seed = "20261122")
    void dateShapeIsTheRegex(@ForAll("shapes") String s) {
        assertThat(Reads.isDate(s)).as(s).isEqualTo(DATE.matcher(s).matches());
    }

    @Property(tries = 1000, seed = "20261122")
    void instantShapeIsTheRegex(@ForAll("shapes") String s) {
        assertThat(Reads.isInstant(s)).as(s).isEqualTo(INSTANT.matcher(s).matches());
    }

    @Example
    void examples() {
        assertThat(Reads.isDate("2026-03-02")).isTrue();
        assertThat(Reads.isDate("2026-3-02")).isFalse();
        assertThat(Reads.isDate("2026-03-02 ")).isFalse();
        assertThat(Reads.isDate("２026-03-02")).isFalse();
        assertThat(Reads.isInstant("2026-03-01T14:00Z")).isTrue();
        assertThat(Reads.isInstant("2026-03-01T14:00:00Z")).isTrue();
        assertThat(Reads.isInstant("2026-03-01T14:00:00.1Z")).isTrue();
        assertThat(Reads.isInstant("2026-03-01T14:00:00.123456789Z")).isTrue();
        assertThat(Reads.isInstant("2026-03-01T14:00:00.1234567890Z")).isFalse();
        assertThat(Reads.isInstant("2026-03-01T14:00:00.Z")).isFalse();
        assertThat(Reads.isInstant("2026-03-01T14:00:0Z")).isFalse();
        assertThat(Reads.isInstant("2026-03-01T14:00:00")).isFalse();
        assertThat(Reads.isInstant("2026-03-01t14:00:00Z")).isFalse();
    }

    /** Valid dates and instants of every form, then with one character replaced, inserted or removed. */
    @Provide
    Arbitrary<String> shapes() {
        Arbitrary<String> valid = Arbitraries.of("2026-03-02", "2026-03-01T14:00Z", "2026-03-01T14:00:00Z",
                "2026-03-01T14:00:00.5Z", "2026-03-01T14:00:00.123456789Z", "0000-99-99T99:99:99.000000000Z");
        Arbitrary<Character> chars = Arbitraries.of('0', '9', '-', 'T', ':', '.', 'Z', 'z', '/', ' ', '５');
        return MutatedText.oneEditFrom(valid, chars, 40);
    }
}
