package org.aftercare.benchmarks;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.aftercare.incentive.IncentiveEvent;
import org.aftercare.screening.Analyte;
import org.aftercare.screening.SpecimenStatus;

/**
 * The baseline of benchmark 3: CRA + vouchers (start $2.50, +$1.25 a negative sample, $10 every third in a
 * row, reset on a positive or missed sample, five negatives restore the pre-reset value) under a $750
 * calendar-year cap, as the shortest loop in long cents. Events must be chronological.
 */
final class VoucherLoop {
    private static final long START = 250;
    private static final long STEP = 125;
    private static final long BONUS = 1000;
    private static final int BONUS_EVERY = 3;
    private static final int RECOVERY = 5;
    private static final long ANNUAL_CAP = 75_000;

    private VoucherLoop() {
    }

    static long totalCents(List<IncentiveEvent> events, ZoneId zone, LocalDate start) {
        long total = 0;
        long paidThisYear = 0;
        int year = start.getYear();
        int step = 0;
        int run = 0;
        int pending = 0;
        for (IncentiveEvent event : events) {
            IncentiveEvent.SampleResult sample = (IncentiveEvent.SampleResult) event;
            LocalDate date = sample.test().collectedAt().atZone(zone).toLocalDate();
            if (date.getYear() != year) {
                year = date.getYear();
                paidThisYear = 0;
            }
            boolean success = sample.test().status() == SpecimenStatus.VALID
                    && !sample.test().isPositiveFor(Analyte.COCAINE);
            if (!success) {
                pending = Math.max(pending, step);
                step = 0;
                run = 0;
                continue;
            }
            long earned = START + STEP * step;
            step++;
            run++;
            if (run % BONUS_EVERY == 0) {
                earned += BONUS;
            }
            if (pending > 0 && run == RECOVERY) {
                step = Math.max(step, pending);
                pending = 0;
            }
            long paid = Math.min(earned, ANNUAL_CAP - paidThisYear);
            paidThisYear += paid;
            total += paid;
        }
        return total;
    }
}
