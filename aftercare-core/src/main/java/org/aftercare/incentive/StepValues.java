package org.aftercare.incentive;

import java.util.Arrays;
import java.util.NoSuchElementException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The value of each escalation step of a voucher schedule, such as $46.25 at step 35 of the Higgins 1994
 * schedule: {@link EscalatingVoucherSchedule#valueAt}, and that value plus the run bonus, each computed once per
 * step instead of at every success (a long history earns the same few steps again and again between resets).
 *
 * <p>The first {@value #SHARED_STEPS} steps of a schedule are kept in a table shared by every computation with an
 * equal schedule (programmes are mostly made from a few presets, so a batch of requests, each decoding its own
 * schedule, meets the same few schedules again and again); the table is filled as steps are first needed, by any
 * thread: two threads filling the same step make equal immutable values, and either may be kept. The table is a
 * plain array, read without synchronisation: a {@link Money} (like its {@link java.math.BigDecimal}) is immutable
 * with final fields, so a thread that reads another thread's value sees it fully made (JLS 17.5), and a thread that
 * reads no value yet works it out itself. Reading a plain array keeps {@link #at} small enough for the compiler to
 * inline into the ledger's loop with room to spare (an atomic array's read inlines a variable handle's checks). At
 * most {@value #MAX_SCHEDULES} schedules get a shared table; others, and steps beyond the table, are memoised per
 * instance. An instance is not thread-safe: one serves one computation.
 */
final class StepValues {
    /**
     * The steps of a schedule that its shared table holds: enough for a year of successes three times a week (156),
     * which a schedule with a recovery rule can reach even with a few resets (a year of the CRA + vouchers
     * benchmark reaches step 81).
     */
    static final int SHARED_STEPS = 160;
    /** The most schedules with a shared table. */
    static final int MAX_SCHEDULES = 64;
    private static final ConcurrentMap<EscalatingVoucherSchedule, Table> SHARED = new ConcurrentHashMap<>();

    /** Each step's value and its value plus the bonus, for the first {@link #SHARED_STEPS} steps. */
    private static final class Table {
        final Money[] values = new Money[SHARED_STEPS];
        final Money[] withBonus = new Money[SHARED_STEPS];
    }

    private final EscalatingVoucherSchedule schedule;
    private final Table table;
    /** The run bonus's amount, or null when the schedule has none. */
    private final Money bonus;
    /** Steps from {@link #SHARED_STEPS} on, made when first needed. */
    private Money[] values = new Money[0];
    private Money[] withBonus = new Money[0];

    StepValues(EscalatingVoucherSchedule schedule) {
        this.schedule = schedule;
        this.table = tableOf(schedule);
        this.bonus = schedule.bonus().map(VoucherBonus::amount).orElse(null);
    }

    /** Returns the schedule's shared table, made on first use, or a table of its own once the shared ones are full. */
    private static Table tableOf(EscalatingVoucherSchedule schedule) {
        Table found = SHARED.get(schedule);
        if (found == null) {
            found = new Table();
            if (SHARED.size() < MAX_SCHEDULES) {
                Table raced = SHARED.putIfAbsent(schedule, found);
                found = raced != null ? raced : found;
            }
        }
        return found;
    }

    /**
     * Returns the value of a success at a step.
     *
     * @param step  the escalation step, not negative
     */
    Money at(int step) {
        Money value = step < SHARED_STEPS ? table.values[step] : null;
        return value != null ? value : firstAt(step);
    }

    /** {@link #at} of a step not in the shared table yet, or beyond it. */
    private Money firstAt(int step) {
        if (step < SHARED_STEPS) {
            Money value = schedule.valueAt(step);
            table.values[step] = value;
            return value;
        }
        int i = step - SHARED_STEPS;
        if (i >= values.length) {
            values = Arrays.copyOf(values, Math.max(i + 1, values.length * 2));
        }
        Money value = values[i];
        if (value == null) {
            value = schedule.valueAt(step);
            values[i] = value;
        }
        return value;
    }

    /**
     * Returns the value of a success at a step plus the schedule's run bonus: {@code at(step).plus(bonus amount)},
     * added once per step.
     *
     * @param step  the escalation step, not negative
     * @throws NoSuchElementException if the schedule has no run bonus
     */
    Money withBonus(int step) {
        Money value = step < SHARED_STEPS && bonus != null ? table.withBonus[step] : null;
        return value != null ? value : firstWithBonus(step);
    }

    /** {@link #withBonus} of a step not in the shared table yet, or beyond it. */
    private Money firstWithBonus(int step) {
        if (bonus == null) {
            throw new NoSuchElementException("the schedule has no run bonus");
        }
        if (step < SHARED_STEPS) {
            Money value = at(step).plus(bonus);
            table.withBonus[step] = value;
            return value;
        }
        int i = step - SHARED_STEPS;
        if (i >= withBonus.length) {
            withBonus = Arrays.copyOf(withBonus, Math.max(i + 1, withBonus.length * 2));
        }
        Money value = withBonus[i];
        if (value == null) {
            value = at(step).plus(bonus);
            withBonus[i] = value;
        }
        return value;
    }
}
