package org.aftercare;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The dates over which a threshold is in force, such as {@code [2024-04-02, open)} for the
 * 2024 amendment of 42 CFR 8.12. The start is inclusive, the end exclusive; either may be open.
 *
 * @param from  the first date in force, or null for "since always"
 * @param until  the first date no longer in force, or null for "until further notice"
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public record EffectivePeriod(LocalDate from, LocalDate until) {

    /** A period with no bounds: in force on every date. */
    public static final EffectivePeriod ALWAYS = new EffectivePeriod(null, null);

    /** Validates the bounds: until must be after from when both are given. */
    public EffectivePeriod {
        if (from != null && until != null && !until.isAfter(from)) {
            throw new InvalidValueException("effectivePeriod.until", "be after from " + from, until);
        }
    }

    /**
     * Obtains a period starting on a date and open-ended.
     *
     * @param from  the first date in force, not null
     * @return the period, not null
     */
    public static EffectivePeriod from(LocalDate from) {
        return new EffectivePeriod(Objects.requireNonNull(from, "from"), null);
    }

    /**
     * Obtains a period from a date (inclusive) until a date (exclusive).
     *
     * @param from  the first date in force, not null
     * @param until  the first date no longer in force, not null
     * @return the period, not null
     */
    public static EffectivePeriod between(LocalDate from, LocalDate until) {
        return new EffectivePeriod(Objects.requireNonNull(from, "from"), Objects.requireNonNull(until, "until"));
    }

    /**
     * Obtains a period ending before a date, open at the start.
     *
     * @param until  the first date no longer in force, not null
     * @return the period, not null
     */
    public static EffectivePeriod until(LocalDate until) {
        return new EffectivePeriod(null, Objects.requireNonNull(until, "until"));
    }

    /**
     * Returns the first date in force, if bounded.
     *
     * @return the start
     */
    public Optional<LocalDate> start() {
        return Optional.ofNullable(from);
    }

    /**
     * Returns the first date no longer in force, if bounded.
     *
     * @return the end
     */
    public Optional<LocalDate> end() {
        return Optional.ofNullable(until);
    }

    /**
     * Checks if a date is in this period.
     *
     * @param date  the date, not null
     * @return true if in force on that date
     */
    public boolean contains(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return (from == null || !date.isBefore(from)) && (until == null || date.isBefore(until));
    }

    /**
     * Checks if this period shares at least one date with another.
     *
     * @param other  the other period, not null
     * @return true if they overlap
     */
    public boolean overlaps(EffectivePeriod other) {
        boolean startsBeforeOtherEnds = until == null ? true : other.from == null || other.from.isBefore(until);
        boolean otherStartsBeforeThisEnds = other.until == null ? true : from == null || from.isBefore(other.until);
        return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
    }

    /** Returns the period as {@code [from, until)}, with {@code ..} for open ends. */
    @Override
    public String toString() {
        return "[" + (from == null ? ".." : from) + ", " + (until == null ? ".." : until) + ")";
    }
}
