package org.aftercare.incentive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Provide;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.aftercare.InvalidValueException;

/** Value types: Money round trips and exact arithmetic; invalid values are rejected naming the field. */
class ValuePropertiesTest {

    @Property(tries = 1000, seed = "20261122")
    void moneyParseOfToStringIsIdentity(@ForAll @LongRange(min = 0, max = 999_999_999_999L) long cents) {
        Money money = Money.ofCents(cents);
        assertThat(Money.parse(money.toString())).isEqualTo(money);
        assertThat(Money.parse(money.toDisplayString())).isEqualTo(money);
        assertThat(money.toString()).matches("[0-9]+\\.[0-9]{2}");
    }

    @Property(tries = 1000, seed = "20261122")
    void moneyParseReadsWhatThePatternAndBigDecimalRead(@ForAll("moneyTexts") String text) {
        // the plain path Money.parse replaced: a regular expression, then BigDecimal
        String digits = text.startsWith("$") ? text.substring(1) : text;
        Money expected;
        try {
            if (!digits.matches("[0-9]+(\\.[0-9]+)?")) {
                throw new InvalidValueException("money", "be a plain decimal amount such as 997.50", "\"" + text + "\"");
            }
            expected = new Money(new BigDecimal(digits));
        } catch (InvalidValueException e) {
            assertThatThrownBy(() -> Money.parse(text)).isInstanceOf(InvalidValueException.class)
                    .hasMessage(e.getMessage());
            return;
        }
        Money parsed = Money.parse(text);
        assertThat(parsed).isEqualTo(expected);
        assertThat(parsed.amount().scale()).isEqualTo(2);
        assertThat(parsed.toString()).isEqualTo(expected.toString());
    }

    @Provide
    Arbitrary<String> moneyTexts() {
        Arbitrary<String> amounts = Arbitraries.strings().withChars("0123456789").ofMinLength(1).ofMaxLength(20)
                .flatMap(whole -> Arbitraries.strings().withChars("0123456789").ofMaxLength(5)
                        .map(fraction -> fraction.isEmpty() ? whole : whole + "." + fraction));
        Arbitrary<String> dollars = amounts.map(a -> "$" + a);
        Arbitrary<String> noise = Arbitraries.strings().withChars("0123456789.$-+ ,e").ofMaxLength(22);
        return Arbitraries.oneOf(amounts, dollars, noise);
    }

    @Property(tries = 1000, seed = "20261122")
    void moneyPlusThenMinusIsIdentity(@ForAll @LongRange(min = 0, max = 1_000_000_000L) long a,
            @ForAll @LongRange(min = 0, max = 1_000_000_000L) long b) {
        Money x = Money.ofCents(a);
        Money y = Money.ofCents(b);
        assertThat(x.plus(y).minus(y)).isEqualTo(x);
        assertThat(x.plus(y).amount()).isEqualTo(BigDecimal.valueOf(a + b, 2));
    }

    @Property(tries = 1000, seed = "20261122")
    void moneyWithMoreThanTwoDecimalsIsRejected(@ForAll @LongRange(min = 0, max = 1_000_000L) long tenthsOfCents,
            @ForAll @IntRange(min = 1, max = 9) int lastDigit) {
        BigDecimal amount = BigDecimal.valueOf(tenthsOfCents * 10 + lastDigit, 3);
        assertThatThrownBy(() -> Money.of(amount)).isInstanceOf(InvalidValueException.class)
                .extracting(t -> ((InvalidValueException) t).field()).isEqualTo("money.amount");
    }

    @Property(tries = 1000, seed = "20261122")
    void negativeMoneyIsRejected(@ForAll @LongRange(min = 1, max = 1_000_000L) long cents) {
        assertThatThrownBy(() -> Money.of(BigDecimal.valueOf(-cents, 2))).isInstanceOf(InvalidValueException.class)
                .extracting(t -> ((InvalidValueException) t).field()).isEqualTo("money.amount");
        assertThatThrownBy(() -> Money.ZERO.minus(Money.ofCents(cents))).isInstanceOf(InvalidValueException.class);
    }

    @Property(tries = 1000, seed = "20261122")
    void invalidScheduleValuesAreRejectedNamingTheField(@ForAll @IntRange(min = -100, max = 0) int notPositive,
            @ForAll @IntRange(min = 8, max = 100) int tooMany) {
        assertField(() -> RecoveryRule.after(notPositive), "recovery.consecutiveSuccesses");
        assertField(() -> VoucherBonus.of(Money.of("10.00"), notPositive), "bonus.everyConsecutive");
        assertField(() -> ProgramPhase.incentivized("weeks", 12, tooMany), "phase.perWeek");
        assertField(() -> ProgramPhase.incentivized("weeks", notPositive, 3), "phase.weeks");
        assertField(() -> PrizeTier.of("small", notPositive, Money.of("1.00")), "tier.small.slips");
        assertField(() -> EscalatingVoucherSchedule.builder(Money.ZERO, Money.of("1.00")).build(), "schedule.startValue");
        assertField(() -> EscalatingVoucherSchedule.builder(Money.of("10.00"), Money.of("1.00"))
                .perSampleMaximum(Money.of("9.99")).build(), "schedule.perSampleMaximum");
        assertField(() -> new PrizeDrawSchedule(PrizeBowl.of(PrizeTier.of("a", 1, Money.ZERO)), 1, 0, 2,
                EscalationUnit.SAMPLE, 0, DrawReplacement.WITHOUT_REPLACEMENT_PER_VISIT, java.util.Optional.empty()),
                "schedule.maximumDraws");
        assertField(() -> MoneyLimit.below(Money.ZERO), "moneyLimit.amount");
    }

    @Property(tries = 1000, seed = "20261122")
    void unknownFundingPolicyNameIsRejected(@ForAll("names") String name) {
        assertField(() -> FundingPolicies.policy(name), "fundingPolicy");
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> names() {
        return net.jqwik.api.Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12)
                .filter(s -> !FundingPolicies.names().contains(s));
    }

    private static void assertField(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field) {
        assertThatThrownBy(call).isInstanceOf(InvalidValueException.class)
                .extracting(t -> ((InvalidValueException) t).field()).isEqualTo(field);
    }
}
