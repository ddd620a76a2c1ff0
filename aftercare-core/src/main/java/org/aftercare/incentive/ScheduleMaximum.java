package org.aftercare.incentive;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The most a programme's schedule can pay, before funding caps, such as {@code $997.50 over 36
 * samples} for the Higgins 1994 parameters, or {@code 204 draws (156 + 48 bonus), expected
 * $452.47} for CTN-0007.
 *
 * <p>Computed by running the ledger's own escalation over a stream in which every scheduled
 * sample of every incentivized phase is a success (and meets the bonus target), so the design-time
 * figure and the ledger cannot disagree. For vouchers {@code maximum} is exact and equals
 * {@code expected}; for prize draws {@code maximum} is every draw winning the best slip left.
 *
 * @param samples  the incentivized scheduled samples (or visits, or doses)
 * @param maximum  the most that can be earned, not null
 * @param largestItem  the most one item (voucher, bonus or prize) can be worth, not null
 * @param bonusTotal  the part of the maximum that is run bonuses (vouchers), not null
 * @param baseDraws  the draws before bonus draws (prize schedules; 0 for vouchers)
 * @param bonusDraws  the bonus draws (prize schedules; 0 for vouchers)
 * @param expected  the expected earnings, exact for vouchers, rounded half-even to 4 places for draws, not null
 * @param weeks  the maximum of each programme week, week 1 first, including weeks without incentives
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public record ScheduleMaximum(int samples, Money maximum, Money largestItem, Money bonusTotal, long baseDraws,
        long bonusDraws, BigDecimal expected, List<WeekMaximum> weeks) {

    /**
     * The most one programme week can pay, such as week 3 of CRA: 3 samples, $37.50.
     *
     * @param week  the programme week, from 1
     * @param samples  the incentivized samples scheduled that week
     * @param maximum  the most the week can earn, not null
     * @param draws  the draws the week can earn, base and bonus (prize schedules)
     * @since 0.1.0
     */
    public record WeekMaximum(int week, int samples, Money maximum, long draws) {
        /** Validates the fields. */
        public WeekMaximum {
            Objects.requireNonNull(maximum, "week.maximum");
        }
    }

    /** Validates the fields. */
    public ScheduleMaximum {
        weeks = List.copyOf(Objects.requireNonNull(weeks, "weeks"));
        Objects.requireNonNull(maximum, "maximum");
        Objects.requireNonNull(largestItem, "largestItem");
        Objects.requireNonNull(bonusTotal, "bonusTotal");
        Objects.requireNonNull(expected, "expected");
    }

    /**
     * Returns all draws, base and bonus.
     *
     * @return the draws
     */
    public long totalDraws() {
        return baseDraws + bonusDraws;
    }

    /** The most schedules and phase lists whose maximum is kept. */
    static final int MAX_SHARED = 64;
    /** Maxima already computed, by schedule and phases: programmes are mostly made from a few presets. */
    private static final ConcurrentMap<Key, ScheduleMaximum> SHARED = new ConcurrentHashMap<>();

    /** What a maximum depends on: the schedule and the phases, nothing else of the programme. */
    private record Key(IncentiveSchedule schedule, List<ProgramPhase> phases) {
    }

    /**
     * Returns the maximum of a programme: the one already computed for an equal schedule and equal phases (it is
     * immutable, and a function of those two alone), else computed, and kept while fewer than {@link #MAX_SHARED}
     * are.
     */
    static ScheduleMaximum of(IncentiveProgram program) {
        Key key = new Key(program.schedule(), program.phases());
        ScheduleMaximum found = SHARED.get(key);
        if (found == null) {
            found = compute(program.schedule(), program.phases());
            if (SHARED.size() < MAX_SHARED) {
                SHARED.putIfAbsent(key, found);
            }
        }
        return found;
    }

    /** Computes the maximum of a schedule over phases. */
    static ScheduleMaximum compute(IncentiveSchedule schedule, List<ProgramPhase> phases) {
        Escalation state = Escalation.START;
        int samples = 0;
        Money total = Money.ZERO;
        Money largest = Money.ZERO;
        Money bonuses = Money.ZERO;
        long base = 0;
        long bonus = 0;
        List<WeekMaximum> weeks = new ArrayList<>();
        int week = 1;
        for (ProgramPhase phase : phases) {
            for (int w = 0; w < phase.weeks(); w++, week++) {
                Money weekStartTotal = total;
                long weekStartDraws = base + bonus;
                int samplesThisWeek = phase.incentivized() ? phase.perWeek() : 0;
                for (int s = 0; s < samplesThisWeek; s++) {
                    Escalation.Success success = state.onSuccess(week, schedule);
                    state = success.next();
                    samples++;
                    if (schedule instanceof EscalatingVoucherSchedule v) {
                        Money value = v.valueAt(success.awardStep());
                        largest = largest.isLessThan(value) ? value : largest;
                        total = total.plus(value);
                        VoucherBonus b = v.bonus().orElse(null);
                        if (b != null && b.isEarnedAt(success.consecutive())) {
                            total = total.plus(b.amount());
                            bonuses = bonuses.plus(b.amount());
                            largest = largest.isLessThan(b.amount()) ? b.amount() : largest;
                        }
                    } else if (schedule instanceof PrizeDrawSchedule p) {
                        int draws = p.drawsAt(success.awardStep());
                        base += draws;
                        bonus += p.bonusDraws();
                        total = total.plus(p.bowl().maximumOf(draws + p.bonusDraws(), p.replacement()));
                    } else {
                        throw new AssertionError(schedule);
                    }
                }
                weeks.add(new WeekMaximum(week, samplesThisWeek, total.minus(weekStartTotal), base + bonus - weekStartDraws));
            }
        }
        if (schedule instanceof PrizeDrawSchedule p) {
            largest = p.bowl().maximumOf(1, DrawReplacement.WITH_REPLACEMENT);
            return new ScheduleMaximum(samples, total, largest, Money.ZERO, base, bonus, p.bowl().expectedValueOf(base + bonus),
                    weeks);
        }
        return new ScheduleMaximum(samples, total, largest, bonuses, 0, 0, total.amount(), weeks);
    }
}
