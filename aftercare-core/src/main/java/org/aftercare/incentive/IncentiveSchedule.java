package org.aftercare.incentive;

import java.util.Optional;

/**
 * How successes are reinforced, such as an escalating voucher schedule with reset (CRA +
 * Vouchers) or an escalating prize-draw schedule (CTN-0007).
 *
 * <p>Both kinds share the escalation mechanics: each success earns according to its escalation
 * step, counted per sample or per week ({@link #escalatesPer()}); a failure resets the step to the
 * start; an optional {@link RecoveryRule} restores the earlier step. What is earned at a step
 * differs, and is defined by the kind.
 *
 * @since 0.1.0
 */
public sealed interface IncentiveSchedule permits EscalatingVoucherSchedule, PrizeDrawSchedule {

    /**
     * Returns what one escalation step counts.
     *
     * @return the unit, not null
     */
    EscalationUnit escalatesPer();

    /**
     * Returns the recovery rule, if any.
     *
     * @return the rule, or empty when a reset is final
     */
    Optional<RecoveryRule> recovery();
}
