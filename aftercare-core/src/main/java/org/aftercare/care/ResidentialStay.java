package org.aftercare.care;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.aftercare.internal.Checks;

/**
 * A planned stay in a place to live, such as recovery housing from 2026-03-02 to 2026-08-31.
 * Both dates are inclusive.
 *
 * @param start  the first night, not null
 * @param end  the last day, not before the start
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public record ResidentialStay(LocalDate start, LocalDate end) implements ServiceSchedule {

    /** Validates the dates. */
    public ResidentialStay {
        Checks.notBefore(end, start, "stay.end", "stay.start");
    }

    /**
     * Obtains a stay.
     *
     * @param start  the first day, not null
     * @param end  the last day, inclusive, not before the start
     * @return the stay, not null
     */
    public static ResidentialStay of(LocalDate start, LocalDate end) {
        return new ResidentialStay(start, end);
    }

    /**
     * Returns the length of the stay in days, both ends counted.
     *
     * @return the days, at least 1
     */
    public long days() {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }
}
