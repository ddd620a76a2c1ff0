package org.aftercare.incentive;

/**
 * The window over which an annual incentive cap is counted, such as {@link #CALENDAR_YEAR}.
 *
 * <p>Sources differ for the same programme: LA County describes California's $599 as "per
 * calendar year" on one page and "determined per treatment episode" on another, and Freese et al.
 * 2023 say "over a six-month period". The basis is therefore policy data, never assumed.
 *
 * @since 0.1.0
 */
public enum CapResetBasis {
    /** Counted from 1 January to 31 December. */
    CALENDAR_YEAR,
    /** Counted over the 12 months ending on the date of the incentive (the date itself included). */
    ROLLING_12_MONTHS,
    /** Counted over the whole treatment episode: the programme, from its start date. */
    EPISODE
}
