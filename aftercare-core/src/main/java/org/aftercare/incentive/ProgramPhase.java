package org.aftercare.incentive;

import org.aftercare.InvalidValueException;
import org.aftercare.internal.Checks;

/**
 * A block of programme weeks with one testing frequency, such as California's weeks 1 to 12 with 2
 * visits a week, or the 6-month follow-on period without incentives.
 *
 * <p>Invariants: at least one week; 0 to 7 scheduled samples (or visits, or doses) a week; an
 * incentivized phase has at least one a week.
 *
 * @param name  the phase's name, such as {@code "weeks 1-12"}, not blank
 * @param weeks  the length in weeks, positive
 * @param perWeek  the scheduled samples, visits or doses a week, 0 to 7
 * @param incentivized  true if successes in this phase earn incentives
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public record ProgramPhase(String name, int weeks, int perWeek, boolean incentivized) {

    /** Validates the fields; see the class description. */
    public ProgramPhase {
        Checks.nonBlank(name, "phase.name");
        if (weeks <= 0) {
            throw new InvalidValueException("phase.weeks", "be positive", weeks);
        }
        Checks.inRange(perWeek, 0, 7, "phase.perWeek");
        if (incentivized && perWeek == 0) {
            throw new InvalidValueException("phase.perWeek", "be positive in an incentivized phase", perWeek);
        }
    }

    /**
     * Obtains an incentivized phase.
     *
     * @param name  the name, not blank
     * @param weeks  the weeks, positive
     * @param perWeek  the samples a week, 1 to 7
     * @return the phase, not null
     */
    public static ProgramPhase incentivized(String name, int weeks, int perWeek) {
        return new ProgramPhase(name, weeks, perWeek, true);
    }

    /**
     * Obtains a phase without incentives, such as a follow-on period.
     *
     * @param name  the name, not blank
     * @param weeks  the weeks, positive
     * @param perWeek  the samples or visits a week, 0 to 7
     * @return the phase, not null
     */
    public static ProgramPhase withoutIncentives(String name, int weeks, int perWeek) {
        return new ProgramPhase(name, weeks, perWeek, false);
    }
}
