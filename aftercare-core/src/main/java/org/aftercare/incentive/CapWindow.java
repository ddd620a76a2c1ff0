package org.aftercare.incentive;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.aftercare.PolicyKey;

/**
 * A span of programme weeks a funding cap is counted over at design time, such as the weeks that
 * touch 2026-01 for a monthly cap. A sample may fall on any day of its week, so every week that
 * touches a calendar window counts in full: the bound is what the schedule can earn in the window.
 *
 * @param label  the window, such as {@code "2026-01"}, or empty for the whole programme
 * @param firstWeek  the first programme week, from 1
 * @param lastWeek  the last programme week, inclusive
 */
record CapWindow(String label, int firstWeek, int lastWeek) {

    /** The programme weeks a 12-month window can touch. */
    private static final int WEEKS_TOUCHING_TWELVE_MONTHS = 53;

    static List<CapWindow> of(PolicyKey<MoneyLimit> key, CapResetBasis annualBasis, IncentiveProgram program,
            int totalWeeks) {
        CapWindow whole = new CapWindow("", 1, totalWeeks);
        LocalDate last = program.endDate().minusDays(1);
        List<CapWindow> windows = new ArrayList<>();
        if (key.equals(IncentivePolicyKeys.CAP_PER_MONTH)) {
            for (YearMonth m = YearMonth.from(program.startDate()); !m.isAfter(YearMonth.from(last)); m = m.plusMonths(1)) {
                windows.add(span(m.toString(), later(m.atDay(1), program.startDate()), earlier(m.atEndOfMonth(), last), program));
            }
            return windows;
        }
        if (key.equals(IncentivePolicyKeys.CAP_ANNUAL) && annualBasis == CapResetBasis.CALENDAR_YEAR) {
            for (Year y = Year.from(program.startDate()); !y.isAfter(Year.from(last)); y = y.plusYears(1)) {
                windows.add(span("calendar year " + y, later(y.atDay(1), program.startDate()),
                        earlier(y.atMonth(12).atEndOfMonth(), last), program));
            }
            return windows.size() == 1 ? List.of(whole) : windows;
        }
        if (key.equals(IncentivePolicyKeys.CAP_ANNUAL) && annualBasis == CapResetBasis.ROLLING_12_MONTHS
                && totalWeeks > WEEKS_TOUCHING_TWELVE_MONTHS) {
            for (int w = 1; w + WEEKS_TOUCHING_TWELVE_MONTHS - 1 <= totalWeeks; w++) {
                windows.add(new CapWindow("any 12 months", w, w + WEEKS_TOUCHING_TWELVE_MONTHS - 1));
            }
            return windows;
        }
        return List.of(whole);
    }

    private static CapWindow span(String label, LocalDate from, LocalDate to, IncentiveProgram program) {
        return new CapWindow(label, program.weekOf(from), program.weekOf(to));
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    boolean isWholeProgramme() {
        return label.isEmpty();
    }

    private List<ScheduleMaximum.WeekMaximum> weeksOf(ScheduleMaximum max) {
        return max.weeks().subList(firstWeek - 1, lastWeek);
    }

    int samples(ScheduleMaximum max) {
        int samples = 0;
        for (ScheduleMaximum.WeekMaximum week : weeksOf(max)) {
            samples += week.samples();
        }
        return samples;
    }

    Money maximum(ScheduleMaximum max) {
        Money total = Money.ZERO;
        for (ScheduleMaximum.WeekMaximum week : weeksOf(max)) {
            total = total.plus(week.maximum());
        }
        return total;
    }

    long draws(ScheduleMaximum max) {
        long draws = 0;
        for (ScheduleMaximum.WeekMaximum week : weeksOf(max)) {
            draws += week.draws();
        }
        return draws;
    }

    String describe(ScheduleMaximum max) {
        String over = " over " + samples(max) + " incentivized samples";
        return isWholeProgramme() ? over : over + " in " + label + " (programme weeks " + firstWeek + "-" + lastWeek + ")";
    }
}
