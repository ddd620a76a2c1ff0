package org.aftercare.medication;

import java.time.Instant;
import java.util.Objects;

/**
 * The result of a naloxone challenge before naltrexone, such as
 * {@code positive (withdrawal signs) at 2026-03-09T09:00:00Z}.
 *
 * @param at  when the challenge was done, not null
 * @param withdrawalSigns  true when withdrawal signs appeared (a positive challenge: do not give naltrexone)
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public record NaloxoneChallenge(Instant at, boolean withdrawalSigns) {

    /** Validates the fields. */
    public NaloxoneChallenge {
        Objects.requireNonNull(at, "naloxoneChallenge.at");
    }
}
