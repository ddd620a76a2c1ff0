package org.aftercare.incentive;

/**
 * The form in which an incentive reaches the patient, such as {@link #VOUCHER} for points that
 * staff turn into retail goods (the CRA + Vouchers model).
 *
 * <p>Which forms a funder allows is policy data ({@link AllowedInstruments}), not a property of
 * the form: a restricted debit card is a cash equivalent that OIG AO 22-04 accepted for one
 * requestor, and that the OIG nominal-value policy does not cover.
 *
 * @since 0.1.0
 */
public enum IncentiveInstrument {
    /** Goods handed over directly. */
    GOODS,
    /** A voucher or points that staff spend on retail goods or services for the patient. */
    VOUCHER,
    /** A gift card for items or services at a retailer. */
    GIFT_CARD,
    /** A debit card whose use is restricted (for example no bars, liquor stores or casinos). */
    RESTRICTED_DEBIT_CARD,
    /** Cash. */
    CASH
}
