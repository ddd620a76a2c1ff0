package org.aftercare.jackson.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Duration;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The hand-written decimal shape check accepts exactly what the regular expression it replaces did, and the
 * hand-written duration parser gives exactly what {@link Duration#parse} gives (the same value, or a failure).
 */
class ValueShapePropertiesTest {
    private static final Pattern DECIMAL = Pattern.compile("-?(0|[1-9][0-9]{0,17})(\\.[0-9]{1,9})?");

    @Property(tries = 1000, seed = "20261122")
    void decimalShapeIsTheRegex(@ForAll("decimals") String s) {
        assertThat(Reads.isDecimal(s)).as(s).isEqualTo(DECIMAL.matcher(s).matches());
    }

    @Property(tries = 1000, seed = "20261122")
    void durationIsDurationParse(@ForAll("durations") String s) {
        Duration expected;
        try {
            expected = Duration.parse(s);
        } catch (DateTimeException e) {
            assertThatThrownBy(() -> Reads.parseDuration(s)).as(s).isInstanceOf(DateTimeException.class);
            return;
        }
        assertThat(Reads.parseDuration(s)).as(s).isEqualTo(expected);
    }

    @Example
    void examples() {
        assertThat(Reads.isDecimal("0.75")).isTrue();
        assertThat(Reads.isDecimal("-12")).isTrue();
        assertThat(Reads.isDecimal("123456789012345678.123456789")).isTrue();
        assertThat(Reads.isDecimal("1234567890123456789")).isFalse();
        assertThat(Reads.isDecimal("0.1234567890")).isFalse();
        assertThat(Reads.isDecimal("01")).isFalse();
        assertThat(Reads.isDecimal("1.")).isFalse();
        assertThat(Reads.isDecimal("-")).isFalse();
        assertThat(Reads.isDecimal("")).isFalse();
        assertThat(Reads.parseDuration("PT2H40M")).isEqualTo(Duration.ofMinutes(160));
        assertThat(Reads.parseDuration("PT45S")).isEqualTo(Duration.ofSeconds(45));
        assertThat(Reads.parseDuration("PT1H2M3S")).isEqualTo(Duration.ofSeconds(3723));
        assertThat(Reads.parseDuration("P1DT1H")).isEqualTo(Duration.ofHours(25));
        assertThat(Reads.parseDuration("PT0.5S")).isEqualTo(Duration.ofMillis(500));
        assertThat(Reads.parseDuration("PT1h")).isEqualTo(Duration.ofHours(1));
        assertThatThrownBy(() -> Reads.parseDuration("PT1M1H")).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> Reads.parseDuration("PT")).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> Reads.parseDuration("PT1H1H")).isInstanceOf(DateTimeException.class);
    }

    /** Valid decimals of every form, then with one character replaced, inserted or removed. */
    @Provide
    Arbitrary<String> decimals() {
        return MutatedText.oneEditFrom(Arbitraries.of("0", "-0", "0.5", "-0.75", "123456789012345678", "123456789012345678.123456789",
                "10.000000001", "7"), Arbitraries.of('0', '1', '9', '-', '.', '+', 'e', ' ', '٣'), 40);
    }

    /** Durations of the hand-read shape and of others, then with one character replaced, inserted or removed. */
    @Provide
    Arbitrary<String> durations() {
        return MutatedText.oneEditFrom(Arbitraries.of("PT2H40M", "PT1H", "PT30M", "PT45S", "PT1H2M3S", "PT999999999H", "PT0S",
                "P1D", "PT1.5S", "-PT1H", "PT-1H", "P2DT3H4M"), Arbitraries.of('0', '9', 'P', 'T', 'H', 'M', 'S', 'D',
                'h', '.', '-', '+', '٣'), 40);
    }
}
