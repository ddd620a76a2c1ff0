package org.aftercare.incentive;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.aftercare.Citation;
import org.aftercare.PolicyKey;
import org.aftercare.ResolvedThreshold;

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
        LocalDate[] dates = new LocalDate[size];
        boolean datesAscend = true;
        TreatmentDays days = new TreatmentDays(program.zone());
        for (int i = 0; i < size; i++) {
            IncentiveEvent event = events.get(i);
            if (event == null) {
                throw new NullPointerException("events[" + i + "]"); // the message made only when thrown
            }
            dates[i] = days.dateOf(event);
            datesAscend &= i == 0 || dates[i - 1].isBefore(dates[i]);
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
                int byDate = dates[a].compareTo(dates[b]);
                return byDate != 0 ? byDate : chronological.compare(events.get(a), events.get(b));
            });
            for (int i = 0; i < size; i++) {
                order[i] = sorted.get(i);
            }
        }
        IncentiveLedger ledger = start(program, seed);
        List<LedgerEntry> entries = new ArrayList<>(size);
        Escalation state = Escalation.START;
        long draws = 0;
        CapHits capHits = new CapHits(program.startDate());
        StepValues values = stepValues(program);
        for (int index : order) {
            Step step = ledger.step(entries, state, draws, events.get(index), index, dates[index], capHits, values);
            entries.add(step.entry());
            state = step.state();
            draws = step.drawsMade();
        }
        return new IncentiveLedger(program, ledger.judge, seed, ImmutableList.copyOf(events),
                ImmutableList.copyOf(entries), state, draws);
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
        Step next = step(entries, state, drawsMade, event, events.size(), event.dateIn(program.zone()),
                new CapHits(program.startDate()), stepValues(program));
        return new IncentiveLedger(program, judge, seed, all,
                ImmutableList.<LedgerEntry>builder().addAll(entries).add(next.entry()).build(), next.state(),
                next.drawsMade());
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

    /** One event's entry, and the escalation state and the count of draws after it. */
    private record Step(LedgerEntry entry, Escalation state, long drawsMade) {
    }

    /**
     * Processes one event after the entries {@code before} (chronological, none later than the event), from the
     * state and draw count after them. Uses only this ledger's programme, verdict rules and seed.
     */
    private Step step(List<LedgerEntry> before, Escalation state, long drawsMade, IncentiveEvent event, int index,
            LocalDate date, CapHits capHits, StepValues values) {
        int week = (int) Math.floorDiv(date.toEpochDay() - startDay, 7) + 1; // program.weekOf(date)
        Verdict verdict = judge.judge(event, date, week);
        IncentiveSchedule schedule = program.schedule();
        Escalation next = state;
        long draws = drawsMade;
        OptionalInt step = OptionalInt.empty();
        List<Money> items = List.of();
        Money earned = Money.ZERO;
        Money bonus = Money.ZERO;
        List<PrizeDraw> prizeDraws = List.of();
        int bonusDraws = 0;
        boolean reset = false;
        boolean recovered = false;
        int consecutive = state.consecutive();
        if (verdict.outcome() == EntryOutcome.SUCCESS) {
            Escalation.Success success = state.onSuccess(week, schedule);
            next = success.next();
            step = stepOf(success.awardStep());
            recovered = success.recovered();
            consecutive = success.consecutive();
            if (schedule instanceof EscalatingVoucherSchedule v) {
                Money value = values.at(success.awardStep());
                VoucherBonus runBonus = v.bonus().orElse(null);
                if (runBonus != null && runBonus.isEarnedAt(success.consecutive())) {
                    bonus = runBonus.amount();
                    items = List.of(value, bonus);
                    earned = value.plus(bonus);
                } else {
                    items = List.of(value);
                    earned = value;
                }
            } else if (schedule instanceof PrizeDrawSchedule p) {
                bonusDraws = verdict.bonusMet() ? p.bonusDraws() : 0;
                int n = p.drawsAt(success.awardStep()) + bonusDraws;
                prizeDraws = p.bowl().draw(n, p.replacement(), drawsMade, seed);
                draws += n;
                List<Money> won = new ArrayList<>(prizeDraws.size());
                for (PrizeDraw draw : prizeDraws) {
                    if (!draw.value().isZero()) {
                        won.add(draw.value());
                        earned = earned.plus(draw.value());
                    }
                }
                items = won;
            } else {
                throw new AssertionError(schedule);
            }
        } else if (verdict.outcome() == EntryOutcome.FAILURE) {
            Escalation.Failure failure = state.onFailure(schedule);
            next = failure.next();
            reset = failure.reset();
            consecutive = 0;
        }
        Payment payment = pay(before, items, earned, date, capHits);
        Money running = totalOf(before).plus(payment.paid);
        LedgerEntry entry = new LedgerEntry(index, date, week, event, verdict.outcome(), verdict.reason(), step, earned,
                bonus, prizeDraws, bonusDraws, payment.paid, earned.minus(payment.paid), payment.hits,
                payment.notInForce, reset, recovered, consecutive, running);
        return new Step(entry, next, draws);
    }

    /** The escalation steps of the first few dozen successes in a row, made once: OptionalInt is immutable. */
    private static final OptionalInt[] STEPS = new OptionalInt[64];

    static {
        for (int i = 0; i < STEPS.length; i++) {
            STEPS[i] = OptionalInt.of(i);
        }
    }

    private static OptionalInt stepOf(int step) {
        return step < STEPS.length ? STEPS[step] : OptionalInt.of(step);
    }

    private static StepValues stepValues(IncentiveProgram program) {
        return program.schedule() instanceof EscalatingVoucherSchedule v ? new StepValues(v) : null;
    }

    private static Money totalOf(List<LedgerEntry> entries) {
        return entries.isEmpty() ? Money.ZERO : entries.get(entries.size() - 1).runningTotal();
    }

    /** What the caps allow of an entry's items: the amount paid, the caps hit and the caps not in force, in order. */
    private static final class Payment {
        private Money paid;
        private List<CapHit> hits = List.of();
        private List<String> notInForce = List.of();

        /** Notes a cap key the funding policy has no value for, once. */
        void notInForce(PolicyKey<?> key) {
            if (notInForce.isEmpty()) {
                notInForce = new ArrayList<>(4);
            }
            if (!notInForce.contains(key.name())) {
                notInForce.add(key.name());
            }
        }

        void hit(CapHit hit) {
            if (hits.isEmpty()) {
                hits = List.of(hit); // the usual single hit, in a list the entry keeps without copying
            } else {
                List<CapHit> more = new ArrayList<>(hits);
                more.add(hit);
                hits = more;
            }
        }
    }

    /**
     * Applies the caps in force on the date to an entry's items, which earned {@code earned} in all. Each cap key
     * is resolved once (the annual basis only when an annual cap is in force and limited), in the order the keys
     * are listed in {@link LedgerEntry#capsNotInForce()}: per item, then the aggregate caps narrowest first, the
     * annual basis right after the annual cap.
     */
    private Payment pay(List<LedgerEntry> before, List<Money> items, Money earned, LocalDate date, CapHits capHits) {
        Payment payment = new Payment();
        ResolvedThreshold<MoneyLimit> perItem = resolve(IncentivePolicyKeys.CAP_PER_ITEM, date, payment);
        Money allowed = earned;
        if (perItem != null && perItem.value().isLimited() && !items.isEmpty()) {
            allowed = Money.ZERO;
            for (Money item : items) {
                Money capped = item;
                if (perItem.value().isExceededBy(item)) {
                    capped = perItem.value().highestPayable().orElseThrow();
                    payment.hit(capHits.perItem(perItem.value(), item, capped, perItem.citation()));
                }
                allowed = allowed.plus(capped);
            }
        }
        for (PolicyKey<MoneyLimit> key : AGGREGATE_CAPS) {
            ResolvedThreshold<MoneyLimit> cap = resolve(key, date, payment);
            if (cap == null || !cap.value().isLimited()) {
                continue;
            }
            boolean annual = key.equals(IncentivePolicyKeys.CAP_ANNUAL);
            ResolvedThreshold<CapResetBasis> basis = annual ? resolve(IncentivePolicyKeys.CAP_ANNUAL_BASIS, date, payment)
                    : null;
            if (allowed.isZero()) {
                continue; // nothing to pay, so no cap can be hit
            }
            CapResetBasis window = annual && basis != null ? basis.value() : CapResetBasis.EPISODE;
            Money used = paidWithin(before, key, window, date);
            MoneyLimit limit = cap.value();
            Money remaining = (limit.strict() ? limit.highestPayable().orElseThrow() : limit.amount()).minusOrZero(used);
            if (allowed.isGreaterThan(remaining)) {
                allowed = remaining;
                payment.hit(capHits.aggregate(key, cap.value(), window, date, used, cap.citation(),
                        annual && basis != null ? basis.citation() : null));
            }
        }
        payment.paid = allowed;
        return payment;
    }

    /** The aggregate caps, narrowest first, as {@link IncentivePolicyKeys#aggregateCaps()} lists them. */
    private static final List<PolicyKey<MoneyLimit>> AGGREGATE_CAPS = IncentivePolicyKeys.aggregateCaps();

    /** Returns the threshold in force on the date, or null (noting the key as not in force). */
    private <T> ResolvedThreshold<T> resolve(PolicyKey<T> key, LocalDate date, Payment payment) {
        Optional<ResolvedThreshold<T>> found = program.funding().resolve(key, date);
        if (found.isEmpty()) {
            payment.notInForce(key);
            return null;
        }
        return found.get();
    }

    /**
     * Returns what the entries {@code before} paid within the cap's window ending on {@code date}. The entries are
     * chronological and none is later than {@code date}, so the window is a suffix of them, found by binary search,
     * and its sum is the difference of two running totals.
     */
    private Money paidWithin(List<LedgerEntry> before, PolicyKey<MoneyLimit> key, CapResetBasis basis, LocalDate date) {
        // the window starts on the first of the month, on January 1, or a year less a day back; compared by year and
        // month where that suffices, so that no date is made per comparison
        boolean monthly = key.equals(IncentivePolicyKeys.CAP_PER_MONTH);
        LocalDate from;
        if (monthly || basis == CapResetBasis.CALENDAR_YEAR) {
            from = null;
        } else if (basis == CapResetBasis.ROLLING_12_MONTHS) {
            from = date.minusYears(1).plusDays(1);
        } else {
            return totalOf(before);
        }
        int year = date.getYear();
        int month = date.getMonthValue();
        int low = 0;
        int high = before.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            LocalDate d = before.get(mid).date();
            boolean outside = from != null ? d.isBefore(from)
                    : d.getYear() < year || monthly && d.getYear() == year && d.getMonthValue() < month;
            if (outside) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low == 0 ? totalOf(before) : totalOf(before).minus(before.get(low - 1).runningTotal());
    }
}
