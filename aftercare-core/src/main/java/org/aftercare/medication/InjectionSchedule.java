package org.aftercare.medication;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * When the next extended-release injection may be given, such as Brixadi weekly:
 * {@code every 7 days, up to 2 days early or late}.
 *
 * @param interval  the time from one injection to the next due date, not null
 * @param window  how far before or after the due date an injection may be given, not null
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public record InjectionSchedule(Period interval, Period window) {

    /** Validates the fields. */
    public InjectionSchedule {
        Objects.requireNonNull(interval, "injectionSchedule.interval");
        Objects.requireNonNull(window, "injectionSchedule.window");
    }

    /**
     * Returns the due date after an injection.
     *
     * @param last the last injection date, not null
     * @return the due date
     */
    public LocalDate due(LocalDate last) {
        return last.plus(interval);
    }

    /**
     * Returns the first date of the window.
     *
     * @param last the last injection date, not null
     * @return the date
     */
    public LocalDate earliest(LocalDate last) {
        return due(last).minus(window);
    }

    /**
     * Returns the last date of the window.
     *
     * @param last the last injection date, not null
     * @return the date
     */
    public LocalDate latest(LocalDate last) {
        return due(last).plus(window);
    }

    @Override
    public String toString() {
        return "every " + XrNaltrexoneSchedule.describe(interval) + ", up to " + XrNaltrexoneSchedule.describe(window)
                + " early or late";
    }
}
