package org.aftercare.incentive;

import java.util.List;
import org.aftercare.PolicyKey;

/**
 * The policy keys of the incentive domain, such as {@link #CAP_ANNUAL}, the most one patient may
 * receive in a year. Funding layers ({@link FundingPolicies}) set them with citations and
 * effective dates; a clinic overrides one by stacking a layer.
 *
 * @since 0.1.0
 */
public final class IncentivePolicyKeys {

    /** The most one incentive (one item: a voucher, a bonus, a prize) may be worth. */
    public static final PolicyKey<MoneyLimit> CAP_PER_ITEM = PolicyKey.of("incentive.cap.per-item", MoneyLimit.class,
            "the most one incentive item may be worth, USD");

    /** The most one patient may receive in a calendar month. */
    public static final PolicyKey<MoneyLimit> CAP_PER_MONTH = PolicyKey.of("incentive.cap.per-month", MoneyLimit.class,
            "the most one patient may receive in a calendar month, USD");

    /** The most one patient may receive in a year, counted as {@link #CAP_ANNUAL_BASIS} says. */
    public static final PolicyKey<MoneyLimit> CAP_ANNUAL = PolicyKey.of("incentive.cap.annual", MoneyLimit.class,
            "the most one patient may receive in a year, USD, over the annual-basis window");

    /** The window over which {@link #CAP_ANNUAL} is counted. */
    public static final PolicyKey<CapResetBasis> CAP_ANNUAL_BASIS = PolicyKey.of("incentive.cap.annual-basis",
            CapResetBasis.class, "the window the annual cap is counted over: calendar year, rolling 12 months or episode");

    /** The most one patient may receive in one treatment episode (one programme). */
    public static final PolicyKey<MoneyLimit> CAP_PER_EPISODE = PolicyKey.of("incentive.cap.per-episode",
            MoneyLimit.class, "the most one patient may receive in one treatment episode, USD");

    /** The forms of incentive the funder allows. */
    public static final PolicyKey<AllowedInstruments> ALLOWED_INSTRUMENTS = PolicyKey.of("incentive.instrument.allowed",
            AllowedInstruments.class, "the incentive forms the funder allows (goods, voucher, gift card, ...)");

    /** Whether incentives may be given only in outpatient care. Absent means no restriction is known. */
    public static final PolicyKey<Boolean> OUTPATIENT_ONLY = PolicyKey.of("incentive.setting.outpatient-only",
            Boolean.class, "true if the funder pays incentives only to patients in outpatient care");

    /** Whether only the named requestor may rely on the authority (an OIG advisory opinion). */
    public static final PolicyKey<Boolean> REQUESTOR_ONLY = PolicyKey.of("incentive.funding.requestor-only",
            Boolean.class, "true if only the requestor of an advisory opinion may rely on it");

    /** Whether the funder pays incentives only to patients with a documented stimulant use disorder. */
    public static final PolicyKey<Boolean> REQUIRES_STIMULANT_USE_DISORDER = PolicyKey.of(
            "incentive.eligibility.requires-stimulant-use-disorder", Boolean.class,
            "true if the funder pays incentives only to patients with a documented stimulant use disorder");

    private IncentivePolicyKeys() {
    }

    /**
     * Returns the money caps, narrowest first.
     *
     * @return the keys, not null
     */
    public static List<PolicyKey<MoneyLimit>> aggregateCaps() {
        return List.of(CAP_PER_MONTH, CAP_ANNUAL, CAP_PER_EPISODE);
    }
}
