package org.aftercare.medication;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.aftercare.InvalidValueException;

/**
 * A methadone missed-dose protocol, such as Australia 2003 s3.5: {@code 3+ days REDUCE to half; 4+ days REDUCE to
 * the lower of half and 40 mg; 5+ days REINDUCE}. Runs shorter than the first row need no action.
 *
 * <p>Invariants: at least one row; rows start on strictly ascending missed-day counts.
 *
 * @param steps  the rows, ascending, not empty
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public record MissedDoseProtocol(List<MissedDoseStep> steps) {

    /** Validates the fields; see the class description. */
    public MissedDoseProtocol {
        steps = List.copyOf(Objects.requireNonNull(steps, "missedDoseProtocol.steps"));
        if (steps.isEmpty()) {
            throw new InvalidValueException("missedDoseProtocol.steps", "not be empty", steps);
        }
        for (int i = 1; i < steps.size(); i++) {
            if (steps.get(i).fromMissedDays() <= steps.get(i - 1).fromMissedDays()) {
                throw new InvalidValueException("missedDoseProtocol.steps", "start on strictly ascending day counts", steps);
            }
        }
    }

    /**
     * Obtains a protocol.
     *
     * @param steps  the rows, ascending
     * @return the protocol, not null
     */
    public static MissedDoseProtocol of(MissedDoseStep... steps) {
        return new MissedDoseProtocol(List.of(steps));
    }

    /**
     * Returns the row for a run of missed days.
     *
     * @param missedDays  consecutive missed days
     * @return the row, or empty when the run is shorter than the first row
     */
    public Optional<MissedDoseStep> stepFor(int missedDays) {
        MissedDoseStep found = null;
        for (MissedDoseStep s : steps) {
            if (missedDays >= s.fromMissedDays()) {
                found = s;
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * Returns the fewest missed days that need any action.
     *
     * @return the day count
     */
    public int firstActionDays() {
        return steps.get(0).fromMissedDays();
    }
}
