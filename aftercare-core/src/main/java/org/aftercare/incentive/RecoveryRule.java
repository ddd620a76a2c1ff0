package org.aftercare.incentive;

import org.aftercare.InvalidValueException;

/**
 * How a patient regains the escalation reached before a reset, such as CRA + Vouchers' rule that
 * 5 consecutive negative specimens restore the higher, pre-reset value (NIDA CRA manual [V]).
 *
 * <p>Semantics: a failure resets the schedule to its start and remembers the step the next success
 * would have earned (the highest such step if several resets happen before recovery). The success
 * that completes {@code consecutiveSuccesses} in a row after the reset is paid on the restarted
 * scale; from the next success on, the schedule continues from the remembered step. Example with
 * start $2.50, +$1.25, K = 5: successes pay 2.50, 3.75, 5.00, a failure resets, five successes pay
 * 2.50 … 7.50, and the next pays 6.25, the value the failed sample would have earned, or more if
 * the restarted scale is already higher. A ledger marks the K-th success as a recovery only when
 * the remembered step is above the restarted one.
 *
 * @param consecutiveSuccesses  the successes in a row after a reset that restore the earlier step, positive
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public record RecoveryRule(int consecutiveSuccesses) {

    /** Validates the count. */
    public RecoveryRule {
        if (consecutiveSuccesses <= 0) {
            throw new InvalidValueException("recovery.consecutiveSuccesses", "be positive", consecutiveSuccesses);
        }
    }

    /**
     * Obtains a rule restoring the earlier step after a number of consecutive successes.
     *
     * @param consecutiveSuccesses  the count, positive
     * @return the rule, not null
     */
    public static RecoveryRule after(int consecutiveSuccesses) {
        return new RecoveryRule(consecutiveSuccesses);
    }
}
