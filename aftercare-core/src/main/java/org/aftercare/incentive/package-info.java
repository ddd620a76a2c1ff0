/**
 * Contingency management (incentives) for opioid-use-disorder aftercare, such as CRA + Vouchers
 * or a CTN-0007 prize bowl, checked against effective-dated funding caps.
 *
 * <h2>Overview</h2>
 * An {@link org.aftercare.incentive.IncentiveProgram} combines a schedule (sealed:
 * {@link org.aftercare.incentive.EscalatingVoucherSchedule} or
 * {@link org.aftercare.incentive.PrizeDrawSchedule}), phases, a target, a failure policy, a funding
 * policy selected by name from {@link org.aftercare.incentive.FundingPolicies}, an instrument, a care
 * setting and a start date. {@link org.aftercare.incentive.IncentivePresets} reproduce published
 * designs with a citation per parameter. {@link org.aftercare.incentive.IncentiveLedger} turns
 * {@link org.aftercare.incentive.IncentiveEvent}s into entries (incrementally, equal to a computation
 * from scratch); {@link org.aftercare.incentive.IncentiveReview} reports design-time and run-time
 * findings whose codes are listed in {@link org.aftercare.incentive.IncentiveRules}.
 *
 * <h2>Money and time</h2>
 * Amounts are {@link org.aftercare.incentive.Money}: exact decimal dollars, never rounded implicitly,
 * never floating point. Treatment days are dates in the clinic's zone; nothing reads the clock.
 * Prize draws are reproducible from a caller's seed and each draw is recorded.
 *
 * <h2>Package specification</h2>
 * Unless otherwise noted, passing null to a method throws {@link java.lang.NullPointerException}
 * naming the parameter; an invalid value throws {@link org.aftercare.InvalidValueException} naming
 * the field and value. Rule outcomes are {@link org.aftercare.Finding}s, never exceptions. Value types
 * are immutable and thread-safe. No type holds a patient identifier.
 *
 * @since 0.1.0
 */
package org.aftercare.incentive;
