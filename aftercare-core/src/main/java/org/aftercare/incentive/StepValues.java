package org.aftercare.incentive;

import java.util.Arrays;

/**
 * The value of each escalation step of a voucher schedule, such as $46.25 at step 35 of the Higgins 1994
 * schedule: {@link EscalatingVoucherSchedule#valueAt}, computed once per step for one ledger computation instead of
 * at every success (a long history earns the same few steps again and again between resets). Not thread-safe: one
 * instance serves one computation.
 */
final class StepValues {
    private final EscalatingVoucherSchedule schedule;
    private Money[] values = new Money[16];

    StepValues(EscalatingVoucherSchedule schedule) {
        this.schedule = schedule;
    }

    /**
     * Returns the value of a success at a step.
     *
     * @param step  the escalation step, not negative
     */
    Money at(int step) {
        if (step >= values.length) {
            values = Arrays.copyOf(values, Math.max(step + 1, values.length * 2));
        }
        Money value = values[step];
        if (value == null) {
            value = schedule.valueAt(step);
            values[step] = value;
        }
        return value;
    }
}
