package org.aftercare.incentive;

import java.util.Objects;
import java.util.Optional;
import org.aftercare.InvalidValueException;

/**
 * An escalating prize-draw ("fishbowl") schedule, such as CTN-0007's: each negative sample earns
 * as many draws as there are consecutive abstinent weeks (1 to 12), plus 2 bonus draws when the
 * sample is also negative for the bonus targets; a positive or missed sample resets to 1 draw.
 *
 * <p>The draws at escalation step {@code n} are {@code min(startDraws + n × drawStep, maximumDraws)},
 * plus {@code bonusDraws} when the bonus target is met. Invariants: at least one start draw; the
 * maximum is at least the start; without replacement, one visit's draws fit in the bowl.
 *
 * @param bowl  the bowl, not null
 * @param startDraws  the draws of the first success, positive
 * @param drawStep  the extra draws per step, not negative
 * @param maximumDraws  the most draws one success earns before bonus, at least {@code startDraws}
 * @param escalatesPer  what a step counts, not null
 * @param bonusDraws  the extra draws for meeting the bonus target, not negative
 * @param replacement  whether slips go back between draws, not null
 * @param recovery  the recovery rule, if any
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public record PrizeDrawSchedule(PrizeBowl bowl, int startDraws, int drawStep, int maximumDraws,
        EscalationUnit escalatesPer, int bonusDraws, DrawReplacement replacement, Optional<RecoveryRule> recovery)
        implements IncentiveSchedule {

    /** Validates the fields; see the class description. */
    public PrizeDrawSchedule {
        Objects.requireNonNull(bowl, "schedule.bowl");
        Objects.requireNonNull(escalatesPer, "schedule.escalatesPer");
        Objects.requireNonNull(replacement, "schedule.replacement");
        Objects.requireNonNull(recovery, "schedule.recovery");
        if (startDraws <= 0) {
            throw new InvalidValueException("schedule.startDraws", "be positive", startDraws);
        }
        if (drawStep < 0) {
            throw new InvalidValueException("schedule.drawStep", "not be negative", drawStep);
        }
        if (maximumDraws < startDraws) {
            throw new InvalidValueException("schedule.maximumDraws", "be at least startDraws " + startDraws, maximumDraws);
        }
        if (bonusDraws < 0) {
            throw new InvalidValueException("schedule.bonusDraws", "not be negative", bonusDraws);
        }
        if (replacement == DrawReplacement.WITHOUT_REPLACEMENT_PER_VISIT && maximumDraws + bonusDraws > bowl.totalSlips()) {
            throw new InvalidValueException("schedule.maximumDraws",
                    "fit in the bowl's " + bowl.totalSlips() + " slips with the " + bonusDraws + " bonus draws",
                    maximumDraws);
        }
    }

    /**
     * Returns the draws a success earns at an escalation step, before bonus draws.
     *
     * @param escalationStep  the step, 0 for the first success after a start or reset
     * @return the draws, positive
     */
    public int drawsAt(int escalationStep) {
        if (escalationStep < 0) {
            throw new InvalidValueException("escalationStep", "not be negative", escalationStep);
        }
        long draws = startDraws + (long) drawStep * escalationStep;
        return (int) Math.min(draws, maximumDraws);
    }
}
