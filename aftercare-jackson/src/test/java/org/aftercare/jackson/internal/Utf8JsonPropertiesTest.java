package org.aftercare.jackson.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.aftercare.incentive.Money;

/**
 * The byte writer writes what Jackson's compact generator writes, encoded as {@code String.getBytes(UTF_8)}
 * encodes it, for any string (every character class, surrogates paired or not), number, date and amount.
 */
class Utf8JsonPropertiesTest {
    @Property(tries = 1000, seed = "20261122")
    void stringIsJacksonsText(@ForAll("strings") String s) {
        Utf8Json o = new Utf8Json(4);
        o.startArray();
        o.string(s);
        o.string(s);
        o.endArray();
        String jackson = Utf8JsonTest.jackson(g -> {
            g.writeStartArray();
            g.writeString(s);
            g.writeString(s);
            g.writeEndArray();
        });
        assertThat(o.toByteArray()).isEqualTo(jackson.getBytes(StandardCharsets.UTF_8));
        // the String is exact whenever no surrogate was replaced
        assertThat(o.toUtf8String().equals(jackson)).isEqualTo(!o.replacedSurrogate());
    }

    @Property(tries = 1000, seed = "20261122")
    void numberIsJacksonsText(@ForAll long value) {
        Utf8Json o = new Utf8Json(1);
        o.number(value);
        assertThat(o.toUtf8String()).isEqualTo(Utf8JsonTest.jackson(g -> g.writeNumber(value)));
    }

    @Property(tries = 1000, seed = "20261122")
    void dateIsToString(@ForAll("dates") LocalDate date) {
        Utf8Json o = new Utf8Json(1);
        o.date(date);
        assertThat(o.toUtf8String()).isEqualTo("\"" + date + "\"");
    }

    @Property(tries = 1000, seed = "20261122")
    void decimalIsToPlainString(@ForAll("amounts") BigDecimal amount) {
        Utf8Json o = new Utf8Json(1);
        o.plain(amount);
        assertThat(o.toUtf8String()).isEqualTo("\"" + amount.toPlainString() + "\"");
        if (amount.signum() >= 0 && amount.scale() <= 2) {
            Money m = new Money(amount);
            Utf8Json money = new Utf8Json(1);
            money.money(m);
            assertThat(money.toUtf8String()).isEqualTo("\"" + m + "\"");
        }
    }

    @Provide
    Arbitrary<String> strings() {
        Arbitrary<Character> interesting = Arbitraries.of('"', '\\', '/', '\n', '\t', '\r', '\b', '\f', '\u0000',
                '\u001f', '\u007f', '\u0080', '\u07ff', '\u0800', '\ud7ff', '\ud800', '\udbff', '\udc00', '\udfff',
                '\ue000', '\uffff', 'a', ' ');
        Arbitrary<Character> any = Arbitraries.chars().all();
        Arbitrary<Character> chars = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.chars().range(' ', '~')), net.jqwik.api.Tuple.of(2, interesting),
                net.jqwik.api.Tuple.of(1, any));
        Arbitrary<String> pairs = Combinators.combine(Arbitraries.chars().range('\ud800', '\udbff'),
                Arbitraries.chars().range('\udc00', '\udfff')).as((h, l) -> "" + h + l);
        return Arbitraries.oneOf(chars.list().ofMaxSize(40).map(l -> {
            StringBuilder b = new StringBuilder();
            l.forEach(b::append);
            return b.toString();
        }), pairs.list().ofMaxSize(4).map(l -> String.join("x", l)), Arbitraries.strings().all().ofMaxLength(30));
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.oneOf(
                Arbitraries.longs().between(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay()).map(LocalDate::ofEpochDay),
                Arbitraries.longs().between(LocalDate.of(-20, 1, 1).toEpochDay(), LocalDate.of(10020, 1, 1).toEpochDay())
                        .map(LocalDate::ofEpochDay));
    }

    @Provide
    Arbitrary<BigDecimal> amounts() {
        Arbitrary<BigInteger> unscaled = Arbitraries.oneOf(Arbitraries.longs().between(-100_000, 100_000)
                .map(BigInteger::valueOf), Arbitraries.longs().map(BigInteger::valueOf),
                Arbitraries.bigIntegers().between(BigInteger.TEN.pow(25).negate(), BigInteger.TEN.pow(25)));
        return Combinators.combine(unscaled, Arbitraries.integers().between(-3, 21)).as(BigDecimal::new);
    }
}
