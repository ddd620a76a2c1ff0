package org.aftercare.incentive;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import org.aftercare.PolicyKey;
import org.aftercare.ResolvedThreshold;

/**
 * The entries of one ledger computation, added event by event in chronological order, such as the 156 entries
 * of a year of CRA + vouchers: {@link IncentiveLedger#compute} adds every event, {@link IncentiveLedger#append}
 * adds one to the entries it already has. Both go through {@link #add}, so they cannot disagree.
 *
 * <p>Everything an event needs that only changes now and then is kept between events instead of being made
 * again: the escalation step values (and each step's value with the run bonus), the highest payable amount of each
 * cap, what is left under an aggregate cap while neither the cap nor the amount already paid changes, the list of
 * caps not in force while it stays the same, and the list holding a repeated cap hit. The money is the same
 * {@link Money} the plain arithmetic gives (each kept value is the result of the same operation on the same
 * operands). Not thread-safe: one instance serves one computation.
 */
final class LedgerRun {
    private static final PolicyKey<MoneyLimit> PER_MONTH = IncentivePolicyKeys.CAP_PER_MONTH;
    /** The aggregate caps, narrowest first, as {@link IncentivePolicyKeys#aggregateCaps()} lists them. */
    private static final List<PolicyKey<MoneyLimit>> AGGREGATE_CAPS = IncentivePolicyKeys.aggregateCaps();
    /** The position of the annual and the monthly cap among them. */
    private static final int ANNUAL = AGGREGATE_CAPS.indexOf(IncentivePolicyKeys.CAP_ANNUAL);
    private static final int MONTHLY = AGGREGATE_CAPS.indexOf(PER_MONTH);

    private final IncentiveProgram program;
    private final EventJudge judge;
    private final long seed;
    private final long startDay;
    private final CapLookups caps;
    private final CapHits capHits;
    /** The voucher schedule and its values, or null for prize draws. */
    private final EscalatingVoucherSchedule vouchers;
    private final StepValues values;
    private final VoucherBonus runBonus;
    private final List<LedgerEntry> entries;
    private Escalation state;
    private long drawsMade;

    // what is kept between events
    /** The items of the event being paid, in order: the first {@link #itemCount} (reused, grown for many draws). */
    private Money[] items = new Money[4];
    private int itemCount;
    /** Everything paid by the entries so far: the last entry's running total. */
    private Money total;
    /** The cap keys not in force on the event being paid (reused), and the list the last entry was given. */
    private final List<String> notInForce = new ArrayList<>(5);
    private List<String> lastNotInForce = List.of();
    /** The cap hits of the event being paid. */
    private List<CapHit> hits;
    /** The last single hit and the list holding it, given again while the hit repeats. */
    private CapHit lastHit;
    private List<CapHit> lastHitList;
    /** The per-item limit whose highest payable amount is {@link #itemPayable}. */
    private MoneyLimit itemLimit;
    private Money itemPayable;
    /** Per aggregate cap: the limit and amount already paid that {@link #remaining} was computed from. */
    private final MoneyLimit[] remainingLimit = new MoneyLimit[AGGREGATE_CAPS.size()];
    private final Money[] remainingUsed = new Money[AGGREGATE_CAPS.size()];
    private final Money[] remaining = new Money[AGGREGATE_CAPS.size()];
    /** Per aggregate cap: the calendar month or year of the last window counted, and the index of its first entry. */
    private final long[] windowOf = new long[AGGREGATE_CAPS.size()];
    private final int[] windowStart = new int[AGGREGATE_CAPS.size()];

    /**
     * Starts a computation after {@code before}, from the state and draw count after them.
     *
     * @param capacity  how many entries there will be, for sizing
     */
    LedgerRun(IncentiveProgram program, EventJudge judge, long seed, List<LedgerEntry> before, Escalation state,
            long drawsMade, int capacity) {
        this.program = program;
        this.judge = judge;
        this.seed = seed;
        this.startDay = program.startDate().toEpochDay();
        this.caps = CapLookups.of(program.funding());
        this.capHits = new CapHits(program.startDate());
        this.vouchers = program.schedule() instanceof EscalatingVoucherSchedule v ? v : null;
        this.values = vouchers == null ? null : new StepValues(vouchers);
        this.runBonus = vouchers == null ? null : vouchers.bonus().orElse(null);
        this.entries = new ArrayList<>(Math.max(capacity, before.size()));
        this.entries.addAll(before);
        this.state = state;
        this.drawsMade = drawsMade;
        this.total = before.isEmpty() ? Money.ZERO : before.get(before.size() - 1).runningTotal();
        Arrays.fill(windowOf, Long.MIN_VALUE); // no window counted yet
    }

    List<LedgerEntry> entries() {
        return entries;
    }

    Escalation state() {
        return state;
    }

    long drawsMade() {
        return drawsMade;
    }

    /**
     * Adds the entry of one event, not earlier than any entry so far.
     *
     * @param event  the event
     * @param index  its index in the events the ledger is computed from
     * @param date  its treatment day in the programme's zone
     * @param day  the date's epoch day, {@code date.toEpochDay()}
     */
    void add(IncentiveEvent event, int index, LocalDate date, long day) {
        int week = (int) Math.floorDiv(day - startDay, 7) + 1; // program.weekOf(date)
        Verdict verdict = judge.judge(event, date, week);
        IncentiveSchedule schedule = program.schedule();
        OptionalInt step = OptionalInt.empty();
        itemCount = 0;
        Money earned = Money.ZERO;
        Money bonus = Money.ZERO;
        List<PrizeDraw> prizeDraws = List.of();
        int bonusDraws = 0;
        boolean reset = false;
        boolean recovered = false;
        int consecutive = state.consecutive();
        if (verdict.outcome() == EntryOutcome.SUCCESS) {
            Escalation.Success success = state.onSuccess(week, schedule);
            state = success.next();
            step = stepOf(success.awardStep());
            recovered = success.recovered();
            consecutive = success.consecutive();
            if (vouchers != null) {
                Money value = values.at(success.awardStep());
                item(value);
                if (runBonus != null && runBonus.isEarnedAt(success.consecutive())) {
                    bonus = runBonus.amount();
                    item(bonus);
                    earned = values.withBonus(success.awardStep()); // value.plus(bonus), made once per step
                } else {
                    earned = value;
                }
            } else {
                PrizeDrawSchedule p = (PrizeDrawSchedule) schedule;
                bonusDraws = verdict.bonusMet() ? p.bonusDraws() : 0;
                int n = p.drawsAt(success.awardStep()) + bonusDraws;
                prizeDraws = p.bowl().draw(n, p.replacement(), drawsMade, seed);
                drawsMade += n;
                for (PrizeDraw draw : prizeDraws) {
                    if (!draw.value().isZero()) {
                        item(draw.value());
                        earned = earned.plus(draw.value());
                    }
                }
            }
        } else if (verdict.outcome() == EntryOutcome.FAILURE) {
            Escalation.Failure failure = state.onFailure(schedule);
            state = failure.next();
            reset = failure.reset();
            consecutive = 0;
        }
        Money paid = pay(earned, date, day);
        Money running = total.plus(paid);
        total = running;
        entries.add(new LedgerEntry(index, date, week, event, verdict.outcome(), verdict.reason(), step, earned, bonus,
                prizeDraws, bonusDraws, paid, earned.minus(paid), hits, notInForce(), reset, recovered, consecutive,
                running));
    }

    /** The escalation steps of the first few dozen successes in a row, made once: OptionalInt is immutable. */
    private static final OptionalInt[] STEPS = new OptionalInt[64];

    static {
        for (int i = 0; i < STEPS.length; i++) {
            STEPS[i] = OptionalInt.of(i);
        }
    }

    static OptionalInt stepOf(int step) {
        return step < STEPS.length ? STEPS[step] : OptionalInt.of(step);
    }

    /** Adds an item to the event being paid. */
    private void item(Money value) {
        if (itemCount == items.length) {
            items = Arrays.copyOf(items, itemCount * 2);
        }
        items[itemCount++] = value;
    }

    /** The cap keys not in force on the event just paid: the last entry's list again when it is the same. */
    private List<String> notInForce() {
        if (notInForce.isEmpty()) {
            return List.of();
        }
        if (!notInForce.equals(lastNotInForce)) {
            lastNotInForce = List.copyOf(notInForce);
        }
        return lastNotInForce;
    }

    /**
     * Applies the caps in force on the date to the event's {@link #items}, which earned {@code earned} in all, and
     * returns what is paid; the hits go to {@link #hits}, the keys not in force to {@link #notInForce}. Each cap key
     * is resolved once (the annual basis only when an annual cap is in force and limited), in the order the keys
     * are listed in {@link LedgerEntry#capsNotInForce()}: per item, then the aggregate caps narrowest first, the
     * annual basis right after the annual cap.
     */
    private Money pay(Money earned, LocalDate date, long day) {
        hits = List.of();
        notInForce.clear();
        ResolvedThreshold<MoneyLimit> perItem = resolve(caps.perItem(), day);
        Money allowed = earned;
        if (perItem != null && perItem.value().isLimited() && itemCount > 0) {
            MoneyLimit limit = perItem.value();
            allowed = Money.ZERO;
            for (int i = 0; i < itemCount; i++) {
                Money item = items[i];
                Money capped = item;
                if (limit.isExceededBy(item)) {
                    capped = itemPayable(limit);
                    hit(capHits.perItem(limit, item, capped, perItem.citation()));
                }
                allowed = allowed.plus(capped);
            }
        }
        for (int slot = 0; slot < AGGREGATE_CAPS.size(); slot++) {
            ResolvedThreshold<MoneyLimit> cap = resolve(caps.aggregate(slot), day);
            if (cap == null || !cap.value().isLimited()) {
                continue;
            }
            boolean annual = slot == ANNUAL;
            ResolvedThreshold<CapResetBasis> basis = annual ? resolve(caps.annualBasis(), day) : null;
            if (allowed.isZero()) {
                continue; // nothing to pay, so no cap can be hit
            }
            PolicyKey<MoneyLimit> key = AGGREGATE_CAPS.get(slot);
            CapResetBasis window = annual && basis != null ? basis.value() : CapResetBasis.EPISODE;
            Money used = paidWithin(slot, window, date);
            Money left = remaining(slot, cap.value(), used);
            if (allowed.isGreaterThan(left)) {
                allowed = left;
                hit(capHits.aggregate(key, cap.value(), window, date, used, cap.citation(),
                        annual && basis != null ? basis.citation() : null));
            }
        }
        return allowed;
    }

    /** Returns the threshold in force on the epoch day, or null (noting the key as not in force, once). */
    private <T> ResolvedThreshold<T> resolve(CapLookups.Span<T> lookup, long day) {
        ResolvedThreshold<T> found = lookup.resolve(day);
        if (found == null) {
            String name = lookup.key().name();
            if (!notInForce.contains(name)) {
                notInForce.add(name);
            }
        }
        return found;
    }

    private void hit(CapHit hit) {
        if (hits.isEmpty()) {
            if (hit != lastHit) {
                lastHit = hit;
                lastHitList = List.of(hit);
            }
            hits = lastHitList; // the usual single hit, in a list the entry keeps without copying
        } else {
            List<CapHit> more = new ArrayList<>(hits);
            more.add(hit);
            hits = more;
        }
    }

    /** The most an item may be paid under the per-item limit. */
    private Money itemPayable(MoneyLimit limit) {
        if (limit != itemLimit) {
            itemLimit = limit;
            itemPayable = limit.highestPayable().orElseThrow();
        }
        return itemPayable;
    }

    /**
     * What is left under an aggregate cap after {@code used}: the highest payable amount less what was used, or zero.
     * Worked out again only when the cap or the amount used changes (once a cap is reached, every later success
     * meets the same cap and the same amount used).
     */
    private Money remaining(int slot, MoneyLimit limit, Money used) {
        if (limit != remainingLimit[slot] || used != remainingUsed[slot]) {
            remainingLimit[slot] = limit;
            remainingUsed[slot] = used;
            remaining[slot] = (limit.strict() ? limit.highestPayable().orElseThrow() : limit.amount()).minusOrZero(used);
        }
        return remaining[slot];
    }

    /**
     * Returns what the entries so far paid within the cap's window ending on {@code date}. The entries are
     * chronological and none is later than {@code date}, so the window is a suffix of them, found by binary search,
     * and its sum is the difference of two running totals.
     */
    private Money paidWithin(int slot, CapResetBasis basis, LocalDate date) {
        // the window starts on the first of the month, on January 1, or a year less a day back; compared by year and
        // month where that suffices, so that no date is made per comparison
        boolean monthly = slot == MONTHLY;
        LocalDate from;
        if (monthly || basis == CapResetBasis.CALENDAR_YEAR) {
            from = null;
        } else if (basis == CapResetBasis.ROLLING_12_MONTHS) {
            from = date.minusYears(1).plusDays(1);
        } else {
            return total;
        }
        int year = date.getYear();
        int month = date.getMonthValue();
        long window = monthly ? year * 12L + month : year;
        int low;
        if (from == null && windowOf[slot] == window) {
            // the same calendar month or year as the last event: the entries added since are all in it, so it still
            // starts where it did
            low = windowStart[slot];
        } else {
            low = 0;
            int high = entries.size();
            while (low < high) {
                int mid = (low + high) >>> 1;
                LocalDate d = entries.get(mid).date();
                boolean outside = from != null ? d.isBefore(from)
                        : d.getYear() < year || monthly && d.getYear() == year && d.getMonthValue() < month;
                if (outside) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            if (from == null) {
                windowOf[slot] = window;
                windowStart[slot] = low;
            }
        }
        return low == 0 ? total : total.minus(entries.get(low - 1).runningTotal());
    }
}
