package org.aftercare.medication;

import java.time.LocalDate;
import java.util.Objects;
import org.aftercare.OudMedication;
import org.aftercare.internal.Checks;

/**
 * A proposed take-home supply, such as {@code methadone, 14 days from 2026-03-02, 2 of them closure days}.
 *
 * <p>Invariants: at least one day is supplied; closure days (days the clinic is closed: weekend days,
 * holidays) are 0 to supplyDays. Whether closure-day doses count towards a cap depends on the ladder
 * (federal ladders count beyond them; Virginia's caps include them).
 *
 * @param medication  the medication, not null
 * @param firstDay  the first day the supply covers, not null
 * @param supplyDays  the days supplied, positive
 * @param closureDays  how many of those days the clinic is closed, 0 to supplyDays
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public record TakeHomeRequest(OudMedication medication, LocalDate firstDay, int supplyDays, int closureDays) {

    /** Validates the fields; see the class description. */
    public TakeHomeRequest {
        Objects.requireNonNull(medication, "takeHomeRequest.medication");
        Objects.requireNonNull(firstDay, "takeHomeRequest.firstDay");
        Checks.positive(supplyDays, "takeHomeRequest.supplyDays");
        Checks.inRange(closureDays, 0, supplyDays, "takeHomeRequest.closureDays");
    }

    /**
     * Obtains a request.
     *
     * @param medication  the medication, not null
     * @param firstDay  the first day covered, not null
     * @param supplyDays  the days supplied, positive
     * @param closureDays  closure days among them, 0 to supplyDays
     * @return the request, not null
     */
    public static TakeHomeRequest of(OudMedication medication, LocalDate firstDay, int supplyDays, int closureDays) {
        return new TakeHomeRequest(medication, firstDay, supplyDays, closureDays);
    }
}
