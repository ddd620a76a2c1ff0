package org.aftercare.incentive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.aftercare.InvalidValueException;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void canonicalForm_isTwoDecimalsPlain() {
        assertThat(Money.of("997.5").toString()).isEqualTo("997.50");
        assertThat(Money.of(new BigDecimal("1E+3")).toString()).isEqualTo("1000.00");
        assertThat(Money.of(new BigDecimal("2.500")).toString()).isEqualTo("2.50");
        assertThat(Money.of("2.5")).isEqualTo(Money.of("2.50"));
        assertThat(Money.parse("$15").toDisplayString()).isEqualTo("$15.00");
    }

    @Test
    void neverRoundsImplicitly() {
        assertThatThrownBy(() -> Money.of("2.505")).isInstanceOf(InvalidValueException.class)
                .hasMessage("money.amount must have at most two decimal places (no implicit rounding): 2.505");
    }

    @Test
    void rejectsTextThatIsNotAPlainAmount() {
        for (String bad : new String[] {"", "-1.00", "1,000.00", "1.", "abc", "1e3", " 1.00", "$-1"}) {
            assertThatThrownBy(() -> Money.parse(bad)).as(bad).isInstanceOf(InvalidValueException.class)
                    .extracting(t -> ((InvalidValueException) t).field()).isEqualTo("money");
        }
    }

    @Test
    void arithmetic() {
        assertThat(Money.of("2.50").plus(Money.of("1.25").times(35))).isEqualTo(Money.of("46.25"));
        assertThat(Money.of("5.00").minusOrZero(Money.of("7.00"))).isEqualTo(Money.ZERO);
        assertThat(Money.of("5.00").min(Money.of("4.99"))).isEqualTo(Money.of("4.99"));
        assertThat(Money.of("5.00").isGreaterThan(Money.of("4.99"))).isTrue();
        assertThat(Money.of("0.00").isZero()).isTrue();
    }

    @Test
    void limits() {
        assertThat(MoneyLimit.below(Money.of("5.00")).highestPayable()).contains(Money.of("4.99"));
        assertThat(MoneyLimit.below(Money.of("5.00")).isExceededBy(Money.of("5.00"))).isTrue();
        assertThat(MoneyLimit.atMost(Money.of("15.00")).isExceededBy(Money.of("15.00"))).isFalse();
        assertThat(MoneyLimit.NONE.isExceededBy(Money.of("1000000.00"))).isFalse();
        assertThat(MoneyLimit.NONE.toString()).isEqualTo("no limit");
        assertThat(MoneyLimit.atMost(Money.of("599")).toString()).isEqualTo("at most $599.00");
    }

    @Test
    void parse_readsCentsByHand_atEveryLengthAndScale() {
        assertThat(Money.parse("0").amount()).isEqualTo(new BigDecimal("0.00"));
        assertThat(Money.parse("7").amount()).isEqualTo(new BigDecimal("7.00"));
        assertThat(Money.parse("0.5").amount()).isEqualTo(new BigDecimal("0.50"));
        assertThat(Money.parse("997.50").amount()).isEqualTo(new BigDecimal("997.50"));
        assertThat(Money.parse("$007.05").amount()).isEqualTo(new BigDecimal("7.05"));
        assertThat(Money.parse("19.99").toDisplayString()).isEqualTo("$19.99");
        // sixteen whole digits are read by hand, seventeen through BigDecimal: the same amounts either way
        assertThat(Money.parse("1234567890123456.78").amount()).isEqualTo(new BigDecimal("1234567890123456.78"));
        assertThat(Money.parse("9999999999999999").toString()).isEqualTo("9999999999999999.00");
        assertThat(Money.parse("12345678901234567.8").toString()).isEqualTo("12345678901234567.80");
        assertThat(Money.parse("99999999999999999999").toString()).isEqualTo("99999999999999999999.00");
        // more than two decimals: zeros are dropped, anything else is rejected, as before
        assertThat(Money.parse("1.500").toString()).isEqualTo("1.50");
        assertThat(Money.parse("$2.000000").toString()).isEqualTo("2.00");
        assertThatThrownBy(() -> Money.parse("1.505")).isInstanceOf(InvalidValueException.class)
                .hasMessage("money.amount must have at most two decimal places (no implicit rounding): 1.505");
    }

    @Test
    void parse_rejectsEverythingButDigitsWithOnePointBetweenDigits() {
        for (String bad : new String[] {"$", ".5", "5.", "1.2.3", "$$5", "5$", "1 ", "\u0663", "0x10", "+1", "1/2",
            "9:0", "$.50"}) {
            assertThatThrownBy(() -> Money.parse(bad)).as(bad).isInstanceOf(InvalidValueException.class)
                    .hasMessage("money must be a plain decimal amount such as 997.50: \"" + bad + "\"");
        }
    }
}
