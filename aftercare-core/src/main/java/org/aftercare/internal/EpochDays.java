package org.aftercare.internal;

import java.time.LocalDate;

/**
 * Epoch days of dates, {@code LocalDate.toEpochDay()}, read from a table for the years {@value #FIRST_YEAR} to
 * {@value #LAST_YEAR} (one Gregorian cycle of 400 years: every date a clinic records) and computed by
 * {@link LocalDate#toEpochDay()} outside them. The rules convert every schedule's and attendance record's dates;
 * {@code toEpochDay} spends four divisions and a leap-year test on each, the table two array reads.
 * Such as {@code EpochDays.of(LocalDate.of(2026, 3, 2))} = 20,514. Not API.
 */
public final class EpochDays {
    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = FIRST_YEAR + 399;
    /** Per year from {@link #FIRST_YEAR}: the epoch day of its 1 January times two, plus 1 in a leap year. */
    private static final int[] YEARS = new int[400];
    /** Days before the first of each month (1 to 12) in a common year, then (13 + month) in a leap year. */
    private static final int[] DAYS_BEFORE_MONTH = new int[26];

    static {
        for (int i = 0; i < YEARS.length; i++) {
            LocalDate january = LocalDate.of(FIRST_YEAR + i, 1, 1);
            YEARS[i] = (int) january.toEpochDay() * 2 + (january.isLeapYear() ? 1 : 0);
        }
        for (int leap = 0; leap < 2; leap++) {
            LocalDate january = LocalDate.of(leap == 1 ? 2000 : 2001, 1, 1);
            for (int month = 1; month <= 12; month++) {
                DAYS_BEFORE_MONTH[13 * leap + month] = january.withMonth(month).getDayOfYear() - 1;
            }
        }
    }

    private EpochDays() {
    }

    /**
     * Returns the epoch day of a date: {@code date.toEpochDay()}.
     *
     * @param date  the date, not null
     * @return the number of days since 1970-01-01
     */
    public static long of(LocalDate date) {
        int index = date.getYear() - FIRST_YEAR;
        if (index < 0 || index >= YEARS.length) {
            return date.toEpochDay();
        }
        int year = YEARS[index];
        return (year >> 1) + DAYS_BEFORE_MONTH[13 * (year & 1) + date.getMonthValue()] + date.getDayOfMonth() - 1;
    }
}
