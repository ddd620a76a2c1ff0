package org.aftercare.jqwik;

/**
 * The entry point for generated treatment histories, such as
 * {@code Timelines.timelines().weeks(4, 104).urinePositivityRate(0.3)}.
 *
 * @implSpec This class is stateless and thread-safe.
 * @since 0.1.0
 */
public final class Timelines {

    private Timelines() {
    }

    /**
     * Returns timelines with the defaults stated on {@link TimelineArbitrary}.
     *
     * @return the configurable arbitrary, not null
     */
    public static TimelineArbitrary timelines() {
        return TimelineArbitrary.DEFAULT;
    }
}
