package org.aftercare.incentive;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;
import org.aftercare.InvalidValueException;
import org.aftercare.internal.Checks;

/**
 * One event's line in an incentive ledger, such as
 * {@code 2026-01-16 week 2 SUCCESS step 4: earned $7.50 + bonus $10.00, paid $17.50, total $41.25}.
 *
 * <p>Invariants: {@code paid + withheld = earned}; {@code bonus <= earned}; only a success earns,
 * has an escalation step or draws; a recovery happens only on a success, a reset only on a failure.
 *
 * @param eventIndex  the event's position in the list the ledger was computed from (or appended at)
 * @param date  the treatment day in the clinic's zone, not null
 * @param week  the programme week, 0 or less before the start
 * @param event  the event, not null
 * @param outcome  how the event counted, not null
 * @param reason  why, naming the values, not blank
 * @param escalationStep  the step the success earned at, 0 for the first after a start or reset; empty unless a success
 * @param earned  the schedule's value before caps, base plus bonus or prizes, not null
 * @param bonus  the part of {@code earned} that is a run bonus, not null
 * @param draws  the prize draws, with tier and value, in order; empty for vouchers
 * @param bonusDraws  how many of the draws were bonus draws
 * @param paid  what was paid after caps, not null
 * @param withheld  what the caps held back, not null
 * @param capHits  the caps that held something back, possibly empty
 * @param capsNotInForce  the cap keys the funding policy had no value for on the date, possibly empty
 * @param reset  true if this failure dropped the value back to the start
 * @param recovered  true if this success completed a recovery run that raised the value back to its pre-reset step
 * @param consecutiveSuccesses  the successes in a row ending with this event (0 after a failure)
 * @param runningTotal  everything paid up to and including this entry, not null
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public record LedgerEntry(int eventIndex, LocalDate date, int week, IncentiveEvent event, EntryOutcome outcome,
        String reason, OptionalInt escalationStep, Money earned, Money bonus, List<PrizeDraw> draws, int bonusDraws,
        Money paid, Money withheld, List<CapHit> capHits, List<String> capsNotInForce, boolean reset, boolean recovered,
        int consecutiveSuccesses, Money runningTotal) {

    /** Validates the fields; see the class description. */
    public LedgerEntry {
        // A ledger makes an entry per event, so the usual valid entry is checked with one condition in a constructor
        // small enough for the compiler to inline where the entry is made (with every check written out, as in
        // check(), it was not, and the checks cost a ledger of a year about a quarter of its time); anything the
        // condition does not pass goes to check(), which finds the first field at fault in the order of the fields.
        if (!isUsual(eventIndex, date, event, outcome, reason, escalationStep, earned, bonus, draws, bonusDraws, paid,
                withheld, capHits, capsNotInForce, consecutiveSuccesses, runningTotal)) {
            check(eventIndex, date, event, outcome, reason, escalationStep, earned, bonus, draws, bonusDraws, paid,
                    withheld, capHits, capsNotInForce, consecutiveSuccesses, runningTotal);
        }
        draws = List.copyOf(draws);
        capHits = List.copyOf(capHits);
        capsNotInForce = List.copyOf(capsNotInForce);
        if (!isConsistent(outcome, escalationStep, earned, bonus, draws, bonusDraws, paid, withheld, reset, recovered)) {
            throw inconsistent(outcome, escalationStep, earned, bonus, draws, bonusDraws, paid, withheld, reset,
                    recovered);
        }
    }

    /** Checks every field on its own at once: true when {@link #check} would find nothing at fault. */
    private static boolean isUsual(int eventIndex, LocalDate date, IncentiveEvent event, EntryOutcome outcome,
            String reason, OptionalInt escalationStep, Money earned, Money bonus, List<PrizeDraw> draws, int bonusDraws,
            Money paid, Money withheld, List<CapHit> capHits, List<String> capsNotInForce, int consecutiveSuccesses,
            Money runningTotal) {
        return eventIndex >= 0 && date != null && event != null && outcome != null && reason != null
                && escalationStep != null && earned != null && bonus != null && draws != null && bonusDraws >= 0
                && paid != null && withheld != null && capHits != null && capsNotInForce != null
                && consecutiveSuccesses >= 0 && runningTotal != null && !reason.isBlank();
    }

    /** Checks the invariants between the fields (the class description). */
    private static boolean isConsistent(EntryOutcome outcome, OptionalInt escalationStep, Money earned, Money bonus,
            List<PrizeDraw> draws, int bonusDraws, Money paid, Money withheld, boolean reset, boolean recovered) {
        return paid.plus(withheld).compareTo(earned) == 0 && !bonus.isGreaterThan(earned)
                && (outcome == EntryOutcome.SUCCESS
                        || earned.isZero() && escalationStep.isEmpty() && draws.isEmpty() && !recovered)
                && (!reset || outcome == EntryOutcome.FAILURE) && bonusDraws <= draws.size();
    }

    /** Throws for the first field at fault, in the order of the fields. */
    private static void check(int eventIndex, LocalDate date, IncentiveEvent event, EntryOutcome outcome, String reason,
            OptionalInt escalationStep, Money earned, Money bonus, List<PrizeDraw> draws, int bonusDraws, Money paid,
            Money withheld, List<CapHit> capHits, List<String> capsNotInForce, int consecutiveSuccesses,
            Money runningTotal) {
        Checks.nonNegative(eventIndex, "entry.eventIndex");
        Objects.requireNonNull(date, "entry.date");
        Objects.requireNonNull(event, "entry.event");
        Objects.requireNonNull(outcome, "entry.outcome");
        Checks.nonBlank(reason, "entry.reason");
        Objects.requireNonNull(escalationStep, "entry.escalationStep");
        Objects.requireNonNull(earned, "entry.earned");
        Objects.requireNonNull(bonus, "entry.bonus");
        List.copyOf(Objects.requireNonNull(draws, "entry.draws"));
        Checks.nonNegative(bonusDraws, "entry.bonusDraws");
        Objects.requireNonNull(paid, "entry.paid");
        Objects.requireNonNull(withheld, "entry.withheld");
        List.copyOf(Objects.requireNonNull(capHits, "entry.capHits"));
        List.copyOf(Objects.requireNonNull(capsNotInForce, "entry.capsNotInForce"));
        Checks.nonNegative(consecutiveSuccesses, "entry.consecutiveSuccesses");
        Objects.requireNonNull(runningTotal, "entry.runningTotal");
    }

    /** Returns the exception for the first of the invariants between the fields that does not hold. */
    private static InvalidValueException inconsistent(EntryOutcome outcome, OptionalInt escalationStep, Money earned,
            Money bonus, List<PrizeDraw> draws, int bonusDraws, Money paid, Money withheld, boolean reset,
            boolean recovered) {
        if (paid.plus(withheld).compareTo(earned) != 0) {
            return new InvalidValueException("entry.paid", "plus withheld " + withheld + " equal earned " + earned, paid);
        }
        if (bonus.isGreaterThan(earned)) {
            return new InvalidValueException("entry.bonus", "not exceed earned " + earned, bonus);
        }
        if (outcome != EntryOutcome.SUCCESS
                && (!earned.isZero() || escalationStep.isPresent() || !draws.isEmpty() || recovered)) {
            return new InvalidValueException("entry.earned", "be zero, with no step, draws or recovery, for " + outcome,
                    earned);
        }
        if (reset && outcome != EntryOutcome.FAILURE) {
            return new InvalidValueException("entry.reset", "be false for " + outcome, reset);
        }
        return new InvalidValueException("entry.bonusDraws", "not exceed the " + draws.size() + " draws", bonusDraws);
    }

    /**
     * Returns the earned value less the bonus: what the schedule's step paid.
     *
     * @return the base value, not null
     */
    public Money baseValue() {
        return earned.minus(bonus);
    }

    /**
     * Returns a copy with another event index, for comparing ledgers built from reordered lists.
     *
     * @param index  the index, not negative
     * @return the copy, not null
     */
    public LedgerEntry withEventIndex(int index) {
        return new LedgerEntry(index, date, week, event, outcome, reason, escalationStep, earned, bonus, draws, bonusDraws,
                paid, withheld, capHits, capsNotInForce, reset, recovered, consecutiveSuccesses, runningTotal);
    }

    /**
     * Returns the entry as one line of plain text, formatted independently of the default locale,
     * such as {@code 2026-01-07  w1  SUCCESS   step 1  earned 3.75  paid 3.75  total 6.25  cocaine negative}.
     *
     * @return the line, not null
     */
    public String toLine() {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%s  w%-2d  %-24s", date, week, outcome));
        escalationStep.ifPresent(s -> line.append(String.format(Locale.ROOT, " step %-3d", s)));
        line.append(" earned ").append(earned);
        if (!bonus.isZero()) {
            line.append(" (bonus ").append(bonus).append(')');
        }
        if (!draws.isEmpty()) {
            line.append(" draws ").append(draws.size()).append(' ').append(draws);
        }
        line.append("  paid ").append(paid);
        if (!withheld.isZero()) {
            line.append("  withheld ").append(withheld).append(' ').append(capHits);
        }
        line.append("  total ").append(runningTotal);
        if (reset) {
            line.append("  RESET");
        }
        if (recovered) {
            line.append("  RECOVERED");
        }
        return line.append("  ").append(reason).toString();
    }

    @Override
    public String toString() {
        return toLine();
    }
}
