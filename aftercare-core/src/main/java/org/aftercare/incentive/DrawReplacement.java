package org.aftercare.incentive;

/**
 * Whether a drawn slip goes back into the bowl before the next draw, such as
 * {@link #WITH_REPLACEMENT}.
 *
 * @since 0.1.0
 */
public enum DrawReplacement {
    /** Each slip is returned at once: every draw sees the full bowl. */
    WITH_REPLACEMENT,
    /** Slips drawn at one visit stay out until the visit's draws are done; the bowl is full again at the next visit. */
    WITHOUT_REPLACEMENT_PER_VISIT
}
