package org.aftercare.care;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A referral to a service with no schedule of its own, such as a referral to vocational
 * rehabilitation made on 2026-03-02.
 *
 * @param start  the date of the referral, not null
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public record Referral(LocalDate start) implements ServiceSchedule {

    /** Validates the field. */
    public Referral {
        Objects.requireNonNull(start, "referral.start");
    }

    /**
     * Obtains a referral.
     *
     * @param date  the date of the referral, not null
     * @return the referral, not null
     */
    public static Referral on(LocalDate date) {
        return new Referral(date);
    }
}
