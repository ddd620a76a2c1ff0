package org.aftercare.care;

import java.time.LocalDate;
import java.time.Period;
import org.aftercare.internal.EpochDays;

/**
 * Where a policy period ends when it starts on a date, compared with another day. A period of days only (such as
 * the standard step-down taper, two weeks, or a stay of 90 days) is compared in epoch days, with no date built:
 * {@code start.plus(period)} is then exactly {@code start.plusDays(period.getDays())}. A period with months or
 * years goes through {@link LocalDate#plus} (month lengths vary).
 */
final class PeriodEnd {
    private PeriodEnd() {
    }

    /**
     * Returns {@code start.plus(period).toEpochDay() - day}: negative when the period ends before the day, zero
     * on it, positive after it.
     *
     * @param start  the date the period starts on, not null
     * @param period  the period, not null
     * @param day  the epoch day to compare with
     * @return the sign of the comparison, as a long
     */
    static long compare(LocalDate start, Period period, long day) {
        if (period.getYears() == 0 && period.getMonths() == 0) {
            return EpochDays.of(start) + period.getDays() - day;
        }
        return EpochDays.of(start.plus(period)) - day;
    }

    /**
     * Returns {@link #compare} of a start given as an epoch day: a date is made only for a period of months or years.
     *
     * @param startDay  the epoch day the period starts on
     * @param period  the period, not null
     * @param day  the epoch day to compare with
     * @return the sign of the comparison, as a long
     */
    static long compareFromDay(long startDay, Period period, long day) {
        if (period.getYears() == 0 && period.getMonths() == 0) {
            return startDay + period.getDays() - day;
        }
        return EpochDays.of(LocalDate.ofEpochDay(startDay).plus(period)) - day;
    }

    /**
     * Returns {@code end.minus(period).toEpochDay()}: the epoch day a period before a date.
     *
     * @param end  the date, not null
     * @param period  the period, not null
     * @return the epoch day
     */
    static long startDay(LocalDate end, Period period) {
        if (period.getYears() == 0 && period.getMonths() == 0) {
            return EpochDays.of(end) - period.getDays();
        }
        return EpochDays.of(end.minus(period));
    }
}
