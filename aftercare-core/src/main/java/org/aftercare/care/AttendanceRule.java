package org.aftercare.care;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.aftercare.ResolvedThreshold;
import org.aftercare.RuleContext;
import org.aftercare.Severity;
import org.aftercare.internal.EpochDays;

/**
 * Attendance over the recent window against the policy's adherence threshold; scheduled sessions
 * without attendance records are reported, not assumed attended.
 */
final class AttendanceRule implements PlanRule {
    private static final long[] POWERS_OF_TEN = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L,
        10_000_000L, 100_000_000L, 1_000_000_000L};

    @Override
    public void check(AftercarePlan plan, RuleContext ctx) {
        check(plan, ScheduleDays.of(plan), ctx);
    }

    /** {@link #check(AftercarePlan, RuleContext)} with the plan's schedule days converted already. */
    void check(AftercarePlan plan, ScheduleDays scheduleDays, RuleContext ctx) {
        long todayDay = ctx.todayEpochDay(); // the date itself is made only past the first check
        if (!anyScheduledBetween(plan, scheduleDays, EpochDays.of(plan.continuingCareStart()), todayDay)) {
            return;
        }
        LocalDate today = ctx.today();
        Optional<ResolvedThreshold<AdherenceThreshold>> threshold = ctx.require(CarePolicyKeys.MINIMUM_ADHERENCE,
                "plan.attendance", Severity.INFO);
        if (threshold.isEmpty()) {
            return;
        }
        AdherenceThreshold t = threshold.get().value();
        long fromDay = PeriodEnd.startDay(today, t.window()) + 1; // the window's first day, as a date only in messages
        // the (service, day) of every record in the window, as sorted longs: looked up by binary search below
        List<AttendanceRecord> records = plan.attendance();
        long[] recorded = new long[records.size()];
        int recordedCount = 0;
        int attended = 0;
        int missed = 0;
        for (int k = 0; k < records.size(); k++) { // indexes: no iterator per evaluation
            AttendanceRecord r = records.get(k);
            long day = EpochDays.of(r.date());
            if (day < fromDay || day > todayDay) {
                continue;
            }
            recorded[recordedCount++] = sessionKey(r.service(), day - fromDay);
            if (r.status() == AttendanceStatus.ATTENDED) {
                attended++;
            } else if (r.status() == AttendanceStatus.MISSED) {
                missed++;
            }
        }
        Arrays.sort(recorded, 0, recordedCount);
        int unrecorded = unrecordedSessions(plan, scheduleDays, fromDay, todayDay, recorded, recordedCount);
        if (unrecorded > 0) {
            int unrecordedCount = unrecorded;
            ctx.report(CareRules.ATTENDANCE_NOT_RECORDED.finding("plan.attendance",
                    () -> unrecordedCount + " of " + scheduledBetween(plan, fromDay, todayDay) + " sessions scheduled from "
                            + LocalDate.ofEpochDay(fromDay) + " to " + today
                            + " have no attendance record",
                    List.of(threshold.get().citation())));
        }
        int counted = attended + missed;
        if (counted > 0 && belowRate(attended, counted, t.minimumRate())) {
            int attendedCount = attended;
            ctx.report(CareRules.ATTENDANCE_BELOW_THRESHOLD.finding("plan.attendance",
                    () -> "Attended " + attendedCount + " of " + counted + " sessions ("
                            + BigDecimal.valueOf(attendedCount * 100L).divide(BigDecimal.valueOf(counted), 0,
                                    RoundingMode.DOWN).toPlainString() + "%) from " + LocalDate.ofEpochDay(fromDay)
                            + " to " + today + ", below the policy minimum of " + t
                            + ": re-engage and consider a step-up in level of care",
                    List.of(threshold.get().citation())));
        }
    }

    /**
     * A service index and a day (days after the window's first) as one sortable long: any two dates are fewer
     * than 2^40 days apart (LocalDate spans about 7.3 x 10^11 days), which leaves 23 bits for the index.
     */
    static long sessionKey(int service, long dayInWindow) {
        return ((long) service << 40) | dayInWindow;
    }

    /**
     * Checks {@code attended < rate * counted} exactly. A rate of at most 9 decimal places (a policy's rate is
     * above 0 and at most 1, so its unscaled value is at most 10^9) is compared as
     * {@code attended * 10^scale < unscaled * counted} in longs: both sides stay below 2^62, so nothing
     * overflows and no decimal is made. Any other rate is compared as decimals.
     */
    static boolean belowRate(int attended, int counted, BigDecimal rate) {
        int scale = rate.scale();
        if (scale >= 0 && scale <= 9 && rate.precision() <= 10) {
            long unscaled = rate.unscaledValue().longValue();
            return attended * POWERS_OF_TEN[scale] < unscaled * counted;
        }
        return BigDecimal.valueOf(attended).compareTo(rate.multiply(BigDecimal.valueOf(counted))) < 0;
    }

    /** Checks if any session is scheduled from {@code fromDay} to {@code toDay}, stopping at the first service with one. */
    private static boolean anyScheduledBetween(AftercarePlan plan, ScheduleDays scheduleDays, long fromDay,
            long toDay) {
        List<PlannedService> services = plan.services();
        for (int i = 0; i < services.size(); i++) {
            if (services.get(i).schedule() instanceof SessionSchedule schedule
                    && schedule.sessionsBetweenEpochDays(scheduleDays.start(i), scheduleDays.end(i), fromDay, toDay) > 0) {
                return true;
            }
        }
        return false;
    }

    private static int scheduledBetween(AftercarePlan plan, long fromDay, long toDay) {
        int count = 0;
        List<PlannedService> services = plan.services();
        for (int i = 0; i < services.size(); i++) {
            if (services.get(i).schedule() instanceof SessionSchedule schedule) {
                count += schedule.sessionsBetweenEpochDays(schedule.start().toEpochDay(), schedule.end().toEpochDay(),
                        fromDay, toDay);
            }
        }
        return count;
    }

    /**
     * Counts the sessions from {@code fromDay} to {@code toDay} with no record. Visits sessions, not days: each
     * weekday of a schedule falls on every {@code 7 * intervalWeeks}-th day from its first date in the schedule's
     * first week. (The message counts all the window's sessions only when it is read.)
     */
    static int unrecordedSessions(AftercarePlan plan, ScheduleDays scheduleDays, long fromDay, long toDay,
            long[] recorded, int recordedCount) {
        int unrecorded = 0;
        List<PlannedService> services = plan.services();
        for (int i = 0; i < services.size(); i++) {
            if (!(services.get(i).schedule() instanceof SessionSchedule schedule)) {
                continue;
            }
            long startDay = scheduleDays.start(i);
            long lo = Math.max(fromDay, startDay);
            long hi = Math.min(toDay, scheduleDays.end(i));
            if (lo > hi) {
                continue;
            }
            long step = 7L * schedule.intervalWeeks();
            int startDow = SessionSchedule.dayOfWeekIndex(startDay);
            for (int mask = schedule.dayMask(); mask != 0; mask &= mask - 1) {
                long d = startDay + Math.floorMod(Integer.numberOfTrailingZeros(mask) - startDow, 7);
                if (d < lo) {
                    d += (lo - d + step - 1) / step * step;
                }
                for (; d <= hi; d += step) {
                    if (Arrays.binarySearch(recorded, 0, recordedCount, sessionKey(i, d - fromDay)) < 0) {
                        unrecorded++;
                    }
                }
            }
        }
        return unrecorded;
    }
}
