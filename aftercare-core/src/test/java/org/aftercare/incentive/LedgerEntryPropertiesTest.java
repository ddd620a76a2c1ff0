package org.aftercare.incentive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.aftercare.InvalidValueException;
import org.aftercare.internal.Checks;

/**
 * The entry's one-condition check of the usual entry accepts and rejects exactly what the plain sequence of checks
 * (written out here as it stood before) accepts and rejects, with the same exception and message.
 */
class LedgerEntryPropertiesTest {
    private static final IncentiveEvent EVENT = TestPrograms.cocaineNegative(TestPrograms.START);
    private static final List<PrizeDraw> ONE_DRAW = List.of(new PrizeDraw(1, "good job", Money.ZERO));

    /** The checks of the entry's constructor before the fast path, in their order. */
    private static void plainChecks(Object[] f) {
        int eventIndex = (int) f[0];
        EntryOutcome outcome = (EntryOutcome) f[3];
        OptionalInt escalationStep = (OptionalInt) f[5];
        Money earned = (Money) f[6];
        Money bonus = (Money) f[7];
        @SuppressWarnings("unchecked")
        List<PrizeDraw> draws = (List<PrizeDraw>) f[8];
        int bonusDraws = (int) f[9];
        Money paid = (Money) f[10];
        Money withheld = (Money) f[11];
        boolean reset = (boolean) f[14];
        boolean recovered = (boolean) f[15];
        Checks.nonNegative(eventIndex, "entry.eventIndex");
        Objects.requireNonNull(f[1], "entry.date");
        Objects.requireNonNull(f[2], "entry.event");
        Objects.requireNonNull(outcome, "entry.outcome");
        Checks.nonBlank((String) f[4], "entry.reason");
        Objects.requireNonNull(escalationStep, "entry.escalationStep");
        Objects.requireNonNull(earned, "entry.earned");
        Objects.requireNonNull(bonus, "entry.bonus");
        draws = List.copyOf(Objects.requireNonNull(draws, "entry.draws"));
        Checks.nonNegative(bonusDraws, "entry.bonusDraws");
        Objects.requireNonNull(paid, "entry.paid");
        Objects.requireNonNull(withheld, "entry.withheld");
        List.copyOf(Objects.requireNonNull((List<?>) f[12], "entry.capHits"));
        List.copyOf(Objects.requireNonNull((List<?>) f[13], "entry.capsNotInForce"));
        Checks.nonNegative((int) f[16], "entry.consecutiveSuccesses");
        Objects.requireNonNull(f[17], "entry.runningTotal");
        if (paid.plus(withheld).compareTo(earned) != 0) {
            throw new InvalidValueException("entry.paid", "plus withheld " + withheld + " equal earned " + earned, paid);
        }
        if (bonus.isGreaterThan(earned)) {
            throw new InvalidValueException("entry.bonus", "not exceed earned " + earned, bonus);
        }
        boolean success = outcome == EntryOutcome.SUCCESS;
        if (!success && (!earned.isZero() || escalationStep.isPresent() || !draws.isEmpty() || recovered)) {
            throw new InvalidValueException("entry.earned", "be zero, with no step, draws or recovery, for " + outcome,
                    earned);
        }
        if (reset && outcome != EntryOutcome.FAILURE) {
            throw new InvalidValueException("entry.reset", "be false for " + outcome, reset);
        }
        if (bonusDraws > draws.size()) {
            throw new InvalidValueException("entry.bonusDraws", "not exceed the " + draws.size() + " draws", bonusDraws);
        }
    }

    @SuppressWarnings("unchecked")
    private static LedgerEntry entry(Object[] f) {
        return new LedgerEntry((int) f[0], (LocalDate) f[1], 1, (IncentiveEvent) f[2], (EntryOutcome) f[3],
                (String) f[4], (OptionalInt) f[5], (Money) f[6], (Money) f[7], (List<PrizeDraw>) f[8], (int) f[9],
                (Money) f[10], (Money) f[11], (List<CapHit>) f[12], (List<String>) f[13], (boolean) f[14],
                (boolean) f[15], (int) f[16], (Money) f[17]);
    }

    private static String outcomeOf(Runnable r) {
        try {
            r.run();
            return "accepted";
        } catch (RuntimeException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    @Property(tries = 1000, seed = "20261122")
    void theEntryAcceptsAndRejects_asThePlainChecksDo(@ForAll("fields") Object[] fields) {
        String plain = outcomeOf(() -> plainChecks(fields));
        String actual = outcomeOf(() -> entry(fields));
        assertThat(actual).isEqualTo(plain);
    }

    @Provide
    Arbitrary<Object[]> fields() {
        Arbitrary<Money> money = Arbitraries.of(Money.ZERO, Money.of("0.50"), Money.of("2.50"), Money.of("3.00"));
        List<String> nullKey = new ArrayList<>();
        nullKey.add(null);
        return Arbitraries.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17).list().ofMaxSize(3)
                .flatMap(faults -> net.jqwik.api.Combinators.combine(money, money, money, money,
                        Arbitraries.of(EntryOutcome.values()), Arbitraries.of(true, false),
                        Arbitraries.of(true, false)).as((earned, bonus, paid, withheld, outcome, reset, recovered) -> {
                            Object[] f = {3, TestPrograms.START, EVENT, outcome, "why", outcome == EntryOutcome.SUCCESS
                                ? OptionalInt.of(1) : OptionalInt.empty(), earned, bonus, List.of(), 0, paid, withheld,
                                List.of(), List.of(), reset, recovered, 2, Money.of("9.00")};
                            for (int fault : faults) {
                                f[fault] = switch (fault) {
                                    case 0, 9, 16 -> -1;
                                    case 4 -> " ";
                                    case 8 -> ONE_DRAW;
                                    case 13 -> nullKey;
                                    case 14, 15 -> true;
                                    default -> null;
                                };
                            }
                            return f;
                        }));
    }
}
