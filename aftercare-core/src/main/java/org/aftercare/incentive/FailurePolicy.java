package org.aftercare.incentive;

import com.google.common.collect.Sets;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.aftercare.Citation;
import org.aftercare.InvalidValueException;
import org.aftercare.screening.SpecimenStatus;

/**
 * What counts as a failure besides a positive result, such as CRA + Vouchers' rule that a missed
 * scheduled specimen counts as positive (NIDA CRA manual [V]).
 *
 * <p>A specimen whose status is in {@code failingStatuses} resets the schedule like a positive.
 * Any other non-valid specimen (for example a dilute one, when dilute is not listed) earns nothing
 * and resets nothing, and the ledger says so. Invariant: {@link SpecimenStatus#VALID} is never a
 * failing status.
 *
 * @param failingStatuses  the specimen statuses that count as positive, not null
 * @param excusedAbsence  how an excused absence counts, not null
 * @param source  where this policy comes from, not null
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public record FailurePolicy(Set<SpecimenStatus> failingStatuses, ExcusedAbsenceHandling excusedAbsence, Citation source) {

    /** Validates the fields; see the class description. */
    public FailurePolicy {
        Objects.requireNonNull(failingStatuses, "failurePolicy.failingStatuses");
        Objects.requireNonNull(excusedAbsence, "failurePolicy.excusedAbsence");
        Objects.requireNonNull(source, "failurePolicy.source");
        if (failingStatuses.contains(SpecimenStatus.VALID)) {
            throw new InvalidValueException("failurePolicy.failingStatuses", "not contain VALID", failingStatuses);
        }
        failingStatuses = failingStatuses.isEmpty() ? Set.of() : Sets.immutableEnumSet(failingStatuses);
    }

    /**
     * Obtains a policy.
     *
     * @param excusedAbsence  how an excused absence counts, not null
     * @param source  the source, not null
     * @param failing  the statuses that count as positive
     * @return the policy, not null
     */
    public static FailurePolicy of(ExcusedAbsenceHandling excusedAbsence, Citation source, SpecimenStatus... failing) {
        Set<SpecimenStatus> set = EnumSet.noneOf(SpecimenStatus.class);
        set.addAll(Set.of(failing));
        return new FailurePolicy(set, excusedAbsence, source);
    }

    /**
     * Checks if a specimen status counts as a failure.
     *
     * @param status  the status, not null
     * @return true if it counts as positive
     */
    public boolean fails(SpecimenStatus status) {
        return failingStatuses.contains(Objects.requireNonNull(status, "status"));
    }
}
