package org.aftercare.incentive;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What a patient earned, event by event, under an incentive programme, such as a 12-week CRA +
 * Vouchers ledger: per entry the outcome and why, the escalation step, amount or prize draws
 * earned, what funding caps held back, resets and recoveries, and the running total paid.
 *
 * <p>Events are processed in {@link IncentiveEvent#chronological chronological order}, whatever
 * order they are given in. {@link #append} continues a ledger from its saved state without
 * replaying its history, and always equals {@link #compute} over the same events (an event dated
 * before the last one makes {@code append} recompute, which gives the same result). Prize draws are
 * reproducible: draw number {@code n} of seed {@code s} always draws the same slip, and every draw
 * is recorded with its tier and value.
 *
 * <p>Caps are read from the programme's funding policy as of each event's date: per item, per
 * calendar month, annual (over the window {@link IncentivePolicyKeys#CAP_ANNUAL_BASIS} names) and
 * per episode. Nothing is ever paid past a cap; what is held back is recorded. A cap the policy has
 * no value for on the date is listed in {@link LedgerEntry#capsNotInForce()} (an annual cap without
 * a basis is counted over the whole episode, the strictest reading). Earned value is never taken back.
 *
 * <pre>{@code
 * IncentiveLedger ledger = IncentiveLedger.compute(program, events, 42L);
 * ledger.total();                        // Money paid
 * ledger = ledger.append(nextEvent);     // incremental
 * System.out.println(ledger.toText());
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public final class IncentiveLedger {
    private final IncentiveProgram program;
    private final long seed;
    private final ImmutableList<IncentiveEvent> events;
    private final ImmutableList<LedgerEntry> entries;
    private final Escalation state;
    private final long drawsMade;
    /** The programme's verdict rules, worked out once and shared by every ledger appended from this one. */
    private final EventJudge judge;
    /** The epoch day of the programme's start, for the week of each entry. */
    private final long startDay;

    private IncentiveLedger(IncentiveProgram program, EventJudge judge, long seed, ImmutableList<IncentiveEvent> events,
            ImmutableList<LedgerEntry> entries, Escalation state, long drawsMade) {
        this.program = program;
        this.judge = judge;
        this.startDay = program.startDate().toEpochDay();
        this.seed = seed;
        this.events = events;
        this.entries = entries;
        this.state = state;
        this.drawsMade = drawsMade;
    }

    /**
     * Obtains an empty ledger for a programme.
     *
     * @param program  the programme, not null
     * @param seed  the seed of the prize draws
     * @return the ledger, not null
     */
    public static IncentiveLedger start(IncentiveProgram program, long seed) {
        return new IncentiveLedger(Objects.requireNonNull(program, "program"), new EventJudge(program), seed,
                ImmutableList.of(), ImmutableList.of(), Escalation.START, 0);
    }

    /**
     * Computes a ledger from scratch.
     *
     * @param program  the programme, not null
     * @param events  the events, in any order, not null
     * @param seed  the seed of the prize draws
     * @return the ledger, not null
     */
    public static IncentiveLedger compute(IncentiveProgram program, List<? extends IncentiveEvent> events, long seed) {
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(program, "program");
        int size = events.size();
        // the treatment days as epoch days: compared as numbers, and made into dates in chronological order below,
        // where each date is usually made from the one before (TreatmentDays.dateOfDay)
        long[] epochDays = new long[size];
        boolean datesAscend = true;
        TreatmentDays days = new TreatmentDays(program.zone());
        for (int i = 0; i < size; i++) {
            IncentiveEvent event = events.get(i);
            if (event == null) {
                throw new NullPointerException("events[" + i + "]"); // the message made only when thrown
            }
            epochDays[i] = days.epochDayOf(event);
            datesAscend &= i == 0 || epochDays[i - 1] < epochDays[i];
        }
        int[] order = new int[size];
        if (datesAscend) {
            // one event a day, given in order (the usual history): already chronological, nothing to sort
            for (int i = 0; i < size; i++) {
                order[i] = i;
            }
        } else {
            // the chronological order compares dates first: computed once per event instead of once per comparison
            List<Integer> sorted = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                sorted.add(i);
            }
            Comparator<IncentiveEvent> chronological = IncentiveEvent.chronological(program.zone());
            sorted.sort((a, b) -> {
                int byDate = Long.compare(epochDays[a], epochDays[b]);
                return byDate != 0 ? byDate : chronological.compare(events.get(a), events.get(b));
            });
            for (int i = 0; i < size; i++) {
                order[i] = sorted.get(i);
            }
        }
        EventJudge judge = new EventJudge(program);
        LedgerRun run = new LedgerRun(program, judge, seed, List.of(), Escalation.START, 0, size);
        for (int index : order) {
            long day = epochDays[index];
            run.add(events.get(index), index, days.dateOfDay(day), day);
        }
        return new IncentiveLedger(program, judge, seed, ImmutableList.copyOf(events),
                ImmutableList.copyOf(run.entries()), run.state(), run.drawsMade());
    }

    /**
     * Returns this ledger with one more event. When the event is not earlier than the last one, only
     * the new event is processed, from the saved state. This instance is immutable and unaffected.
     *
     * @param event  the event, not null
     * @return the new ledger; its entry for the event has index {@code events().size()} of this ledger
     */
    public IncentiveLedger append(IncentiveEvent event) {
        Objects.requireNonNull(event, "event");
        ImmutableList<IncentiveEvent> all = ImmutableList.<IncentiveEvent>builder().addAll(events).add(event).build();
        if (!entries.isEmpty()
                && IncentiveEvent.chronological(program.zone()).compare(event, entries.get(entries.size() - 1).event()) < 0) {
            return compute(program, all, seed);
        }
        LedgerRun run = new LedgerRun(program, judge, seed, entries, state, drawsMade, entries.size() + 1);
        LocalDate date = event.dateIn(program.zone());
        run.add(event, events.size(), date, date.toEpochDay());
        return new IncentiveLedger(program, judge, seed, all, ImmutableList.copyOf(run.entries()), run.state(),
                run.drawsMade());
    }

    /**
     * Returns the programme.
     *
     * @return the programme, not null
     */
    public IncentiveProgram program() {
        return program;
    }

    /** Returns the programme's verdict rules, which judged every entry of this ledger. */
    EventJudge judge() {
        return judge;
    }

    /**
     * Returns the seed of the prize draws.
     *
     * @return the seed
     */
    public long seed() {
        return seed;
    }

    /**
     * Returns the events in the order given.
     *
     * @return the events, not null
     */
    public List<IncentiveEvent> events() {
        return events;
    }

    /**
     * Returns the entries in processing (chronological) order.
     *
     * @return the entries, not null
     */
    public List<LedgerEntry> entries() {
        return entries;
    }

    /**
     * Returns everything paid.
     *
     * @return the total, not null
     */
    public Money total() {
        return entries.isEmpty() ? Money.ZERO : entries.get(entries.size() - 1).runningTotal();
    }

    /**
     * Returns everything earned before caps.
     *
     * @return the total, not null
     */
    public Money totalEarned() {
        return entries.stream().map(LedgerEntry::earned).reduce(Money.ZERO, Money::plus);
    }

    /**
     * Returns everything the caps held back.
     *
     * @return the total, not null
     */
    public Money totalWithheld() {
        return entries.stream().map(LedgerEntry::withheld).reduce(Money.ZERO, Money::plus);
    }

    /**
     * Returns every prize draw, in order.
     *
     * @return the draws, not null
     */
    public List<PrizeDraw> draws() {
        return entries.stream().flatMap(e -> e.draws().stream()).toList();
    }

    /**
     * Returns the ledger as plain text, one line per entry after a header, formatted independently
     * of the default locale.
     *
     * @return the text, not null
     */
    public String toText() {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                "Ledger for %s from %s (%s), funding %s, seed %d\n", program.name(), program.startDate(),
                program.zone(), program.funding().name(), seed));
        entries.forEach(e -> text.append(e.toLine()).append('\n'));
        text.append(String.format(Locale.ROOT, "Total paid %s, earned %s, withheld %s\n", total().toDisplayString(),
                totalEarned().toDisplayString(), totalWithheld().toDisplayString()));
        return text.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IncentiveLedger other && seed == other.seed && program.equals(other.program)
                && entries.equals(other.entries);
    }

    @Override
    public int hashCode() {
        return Objects.hash(program, seed, entries);
    }

    @Override
    public String toString() {
        return "IncentiveLedger[" + program.name() + ", " + entries.size() + " entries, total " + total() + "]";
    }
}
