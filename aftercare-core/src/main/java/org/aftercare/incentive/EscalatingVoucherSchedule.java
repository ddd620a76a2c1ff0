package org.aftercare.incentive;

import java.util.Objects;
import java.util.Optional;
import org.aftercare.InvalidValueException;

/**
 * An escalating voucher schedule with reset, such as the one widely cited for Higgins et al. 1994
 * ([U]): $2.50 for the first negative sample, $1.25 more for each consecutive negative, a $10.00
 * bonus for every 3 consecutive negatives; a positive or missed sample resets to $2.50; 5
 * consecutive negatives restore the pre-reset value. Earned value is never taken back.
 *
 * <p>The value at escalation step {@code n} (0 for the first success after a start or reset) is
 * {@code startValue + n × step}, capped at {@code perSampleMaximum} when one is set. Invariants:
 * the start value is positive; a per-sample maximum, when set, is at least the start value.
 *
 * <pre>{@code
 * EscalatingVoucherSchedule s = EscalatingVoucherSchedule.builder(Money.of("2.50"), Money.of("1.25"))
 *         .bonus(VoucherBonus.of(Money.of("10.00"), 3))
 *         .recovery(RecoveryRule.after(5))
 *         .build();
 * s.valueAt(35);   // 46.25
 * }</pre>
 *
 * @param startValue  the value of the first success, positive
 * @param step  the increase per escalation step, not negative
 * @param escalatesPer  what a step counts, not null
 * @param perSampleMaximum  the most one success may earn, if capped
 * @param bonus  the bonus for runs of successes, if any
 * @param recovery  the recovery rule, if any
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public record EscalatingVoucherSchedule(Money startValue, Money step, EscalationUnit escalatesPer,
        Optional<Money> perSampleMaximum, Optional<VoucherBonus> bonus, Optional<RecoveryRule> recovery)
        implements IncentiveSchedule {

    /** Validates the fields; see the class description. */
    public EscalatingVoucherSchedule {
        Objects.requireNonNull(startValue, "schedule.startValue");
        Objects.requireNonNull(step, "schedule.step");
        Objects.requireNonNull(escalatesPer, "schedule.escalatesPer");
        Objects.requireNonNull(perSampleMaximum, "schedule.perSampleMaximum");
        Objects.requireNonNull(bonus, "schedule.bonus");
        Objects.requireNonNull(recovery, "schedule.recovery");
        if (startValue.isZero()) {
            throw new InvalidValueException("schedule.startValue", "be positive", startValue);
        }
        if (perSampleMaximum.isPresent() && perSampleMaximum.get().isLessThan(startValue)) {
            throw new InvalidValueException("schedule.perSampleMaximum", "be at least the start value " + startValue,
                    perSampleMaximum.get());
        }
    }

    /**
     * Obtains a builder escalating per sample, with no maximum, bonus or recovery yet.
     *
     * @param startValue  the first value, positive
     * @param step  the step, not negative
     * @return the builder, not null
     */
    public static Builder builder(Money startValue, Money step) {
        return new Builder(startValue, step);
    }

    /**
     * Returns the value of a success at an escalation step, before any funding cap.
     *
     * @param escalationStep  the step, 0 for the first success after a start or reset
     * @return the value, not null
     */
    public Money valueAt(int escalationStep) {
        if (escalationStep < 0) {
            throw new InvalidValueException("escalationStep", "not be negative", escalationStep);
        }
        Money value = escalationStep == 0 ? startValue : startValue.plus(step.times(escalationStep));
        return perSampleMaximum.isPresent() ? value.min(perSampleMaximum.get()) : value;
    }

    /**
     * Builds an {@link EscalatingVoucherSchedule}. Not thread-safe.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private final Money startValue;
        private final Money step;
        private EscalationUnit escalatesPer = EscalationUnit.SAMPLE;
        private Money perSampleMaximum;
        private VoucherBonus bonus;
        private RecoveryRule recovery;

        private Builder(Money startValue, Money step) {
            this.startValue = startValue;
            this.step = step;
        }

        /**
         * Sets what a step counts.
         *
         * @param unit the unit, not null
         * @return this builder
         */
        public Builder escalatesPer(EscalationUnit unit) {
            this.escalatesPer = Objects.requireNonNull(unit, "unit");
            return this;
        }

        /**
         * Sets the most one success may earn.
         *
         * @param maximum the maximum, not null
         * @return this builder
         */
        public Builder perSampleMaximum(Money maximum) {
            this.perSampleMaximum = Objects.requireNonNull(maximum, "maximum");
            return this;
        }

        /**
         * Sets the run bonus.
         *
         * @param bonus the bonus, not null
         * @return this builder
         */
        public Builder bonus(VoucherBonus bonus) {
            this.bonus = Objects.requireNonNull(bonus, "bonus");
            return this;
        }

        /**
         * Sets the recovery rule.
         *
         * @param recovery the rule, not null
         * @return this builder
         */
        public Builder recovery(RecoveryRule recovery) {
            this.recovery = Objects.requireNonNull(recovery, "recovery");
            return this;
        }

        /**
         * Builds the schedule.
         *
         * @return the schedule, not null
         */
        public EscalatingVoucherSchedule build() {
            return new EscalatingVoucherSchedule(startValue, step, escalatesPer, Optional.ofNullable(perSampleMaximum),
                    Optional.ofNullable(bonus), Optional.ofNullable(recovery));
        }
    }
}
