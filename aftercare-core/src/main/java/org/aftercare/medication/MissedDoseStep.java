package org.aftercare.medication;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.aftercare.InvalidValueException;
import org.aftercare.internal.Checks;

/**
 * One row of a methadone missed-dose protocol, such as Australia 2003 s3.5:
 * {@code 4+ missed days: REDUCE to the lower of half the last dose and 40 mg}.
 *
 * <p>Invariants: the row starts at 1 or more missed days; the fraction, when present, is in (0, 1]; a
 * {@link MissedDoseAction#REDUCE} row has a fraction or a fixed dose; {@code higherOfTheTwo} chooses between the
 * two limits when both are present (Ontario META:PHI: "whichever is higher"; Australia: "whichever is lower").
 * A {@link MissedDoseAction#REINDUCE} row without a fixed dose is limited by the first-day methadone cap in force.
 *
 * @param fromMissedDays  the first run length this row applies to, at least 1
 * @param action  what the row requires, not null
 * @param fractionOfLastDose  the fraction of the last dose allowed, or null
 * @param fixedDose  a fixed dose limit, or null
 * @param higherOfTheTwo  true to allow the higher of the two limits, false for the lower
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public record MissedDoseStep(int fromMissedDays, MissedDoseAction action, BigDecimal fractionOfLastDose, Dose fixedDose,
        boolean higherOfTheTwo) {

    /** Validates the fields; see the class description. */
    public MissedDoseStep {
        Checks.positive(fromMissedDays, "missedDoseStep.fromMissedDays");
        Objects.requireNonNull(action, "missedDoseStep.action");
        if (fractionOfLastDose != null
                && (fractionOfLastDose.signum() <= 0 || fractionOfLastDose.compareTo(BigDecimal.ONE) > 0)) {
            throw new InvalidValueException("missedDoseStep.fractionOfLastDose", "be in (0, 1]",
                    fractionOfLastDose.toPlainString());
        }
        if (action == MissedDoseAction.REDUCE && fractionOfLastDose == null && fixedDose == null) {
            throw new InvalidValueException("missedDoseStep.fractionOfLastDose", "or a fixed dose be given for REDUCE", null);
        }
    }

    /**
     * Returns the restart limit for a last dose, if this row sets one.
     *
     * @param lastDose  the last dose taken before the missed run, not null
     * @return the limit, or empty for REASSESS and for REINDUCE without a fixed dose
     */
    public Optional<Dose> limitFor(Dose lastDose) {
        if (action == MissedDoseAction.REASSESS) {
            return Optional.empty();
        }
        Dose fraction = fractionOfLastDose == null ? null
                : Dose.ofMilligrams(lastDose.milligrams().multiply(fractionOfLastDose));
        if (fraction == null) {
            return Optional.ofNullable(fixedDose);
        }
        if (fixedDose == null) {
            return Optional.of(fraction);
        }
        boolean fractionWins = higherOfTheTwo ? fraction.compareTo(fixedDose) >= 0 : fraction.compareTo(fixedDose) <= 0;
        return Optional.of(fractionWins ? fraction : fixedDose);
    }

    @Override
    public String toString() {
        String limit = fractionOfLastDose == null ? (fixedDose == null ? "" : " to " + fixedDose)
                : " to " + (fixedDose == null ? fractionOfLastDose.toPlainString() + " of the last dose"
                        : "the " + (higherOfTheTwo ? "higher" : "lower") + " of " + fractionOfLastDose.toPlainString()
                                + " of the last dose and " + fixedDose);
        return fromMissedDays + "+ missed days: " + action + limit;
    }
}
