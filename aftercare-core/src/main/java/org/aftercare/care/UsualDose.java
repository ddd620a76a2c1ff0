package org.aftercare.care;

import java.util.Optional;
import org.aftercare.InvalidValueException;
import org.aftercare.internal.Checks;

/**
 * The usual dose of a modality from its fact sheet, such as {@code 12-15 sessions} (Twelve-Step
 * Facilitation) or {@code 4 sessions over up to 12 weeks} (MET, Project MATCH).
 *
 * <p>Invariants: at least one bound; bounds are positive; each minimum is not above its maximum.
 *
 * @param minimumSessions  the fewest sessions, or null
 * @param maximumSessions  the most sessions, or null
 * @param minimumWeeks  the shortest course in weeks, or null
 * @param maximumWeeks  the longest course in weeks, or null
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public record UsualDose(Integer minimumSessions, Integer maximumSessions, Integer minimumWeeks, Integer maximumWeeks) {

    /** Validates the bounds. */
    public UsualDose {
        if (minimumSessions == null && maximumSessions == null && minimumWeeks == null && maximumWeeks == null) {
            throw new InvalidValueException("usualDose", "have at least one bound", "none");
        }
        check(minimumSessions, maximumSessions, "Sessions");
        check(minimumWeeks, maximumWeeks, "Weeks");
    }

    private static void check(Integer min, Integer max, String what) {
        if (min != null) {
            Checks.positive(min, "usualDose.minimum" + what);
        }
        if (max != null) {
            Checks.positive(max, "usualDose.maximum" + what);
        }
        if (min != null && max != null && max < min) {
            throw new InvalidValueException("usualDose.maximum" + what, "not be below the minimum " + min, max);
        }
    }

    /**
     * Obtains a dose of a range of sessions.
     *
     * @param min  the fewest sessions
     * @param max  the most sessions
     * @return the dose, not null
     */
    public static UsualDose sessions(int min, int max) {
        return new UsualDose(min, max, null, null);
    }

    /**
     * Obtains a dose of a range of weeks.
     *
     * @param min  the shortest course in weeks
     * @param max  the longest course in weeks
     * @return the dose, not null
     */
    public static UsualDose weeks(int min, int max) {
        return new UsualDose(null, null, min, max);
    }

    /**
     * Returns a copy with a course length in weeks. This instance is unaffected.
     *
     * @param min  the shortest course in weeks, or null
     * @param max  the longest course in weeks, or null
     * @return the new dose, not null
     */
    public UsualDose withWeeks(Integer min, Integer max) {
        return new UsualDose(minimumSessions, maximumSessions, min, max);
    }

    /**
     * Returns the fewest sessions, if bounded.
     *
     * @return the minimum
     */
    public Optional<Integer> sessionsMinimum() {
        return Optional.ofNullable(minimumSessions);
    }

    /**
     * Returns the most sessions, if bounded.
     *
     * @return the maximum
     */
    public Optional<Integer> sessionsMaximum() {
        return Optional.ofNullable(maximumSessions);
    }

    /** Returns the dose as {@code "12-15 sessions"}, {@code "8 sessions over 8 weeks"} and the like. */
    @Override
    public String toString() {
        boolean sessions = minimumSessions != null || maximumSessions != null;
        boolean weeks = minimumWeeks != null || maximumWeeks != null;
        return (sessions ? range(minimumSessions, maximumSessions) + " sessions" : "") + (sessions && weeks ? " over " : "")
                + (weeks ? range(minimumWeeks, maximumWeeks) + " weeks" : "");
    }

    private static String range(Integer min, Integer max) {
        if (min != null && max != null) {
            return min.equals(max) ? String.valueOf(min) : min + "-" + max;
        }
        return min != null ? "at least " + min : "at most " + max;
    }
}
