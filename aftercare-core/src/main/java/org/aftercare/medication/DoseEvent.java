package org.aftercare.medication;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import org.aftercare.InvalidValueException;
import org.aftercare.OudMedication;
import org.aftercare.internal.Checks;

/**
 * One dose that was given, dispensed to take home, or missed, such as
 * {@code METHADONE_ORAL_LIQUID 30 mg ADMINISTERED at 2026-03-02T15:00:00Z}.
 *
 * <p>Invariants: an administered or missed dose covers one day ({@code supplyDays == 1}, no closure days);
 * a take-home dispensing covers {@code supplyDays >= 1} days, of which {@code closureDays} (0 to supplyDays)
 * are days the clinic is closed. The dose is the amount per day. For a missed dose, {@code at} is the
 * scheduled instant.
 *
 * <pre>{@code
 * DoseEvent first = DoseEvent.administered(Formulation.METHADONE_ORAL_LIQUID, Dose.ofMilligrams("30"), instant);
 * DoseEvent weekend = DoseEvent.takeHome(Formulation.METHADONE_ORAL_LIQUID, Dose.ofMilligrams("60"), instant, 2, 1);
 * }</pre>
 *
 * @param formulation  the product, not null
 * @param dose  the amount (per day for a take-home supply), not null
 * @param kind  what happened, not null
 * @param at  when it happened (or was scheduled), not null
 * @param supplyDays  the days of medication covered, see the invariants
 * @param closureDays  how many of those days the clinic is closed, see the invariants
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public record DoseEvent(Formulation formulation, Dose dose, DoseEventKind kind, Instant at, int supplyDays,
        int closureDays) {

    /** Validates the fields; see the class description. */
    public DoseEvent {
        Objects.requireNonNull(formulation, "doseEvent.formulation");
        Objects.requireNonNull(dose, "doseEvent.dose");
        Objects.requireNonNull(kind, "doseEvent.kind");
        Objects.requireNonNull(at, "doseEvent.at");
        if (kind == DoseEventKind.DISPENSED_TAKE_HOME) {
            Checks.positive(supplyDays, "doseEvent.supplyDays");
            Checks.inRange(closureDays, 0, supplyDays, "doseEvent.closureDays");
        } else {
            if (supplyDays != 1) {
                throw new InvalidValueException("doseEvent.supplyDays", "be 1 for a " + kind + " dose", supplyDays);
            }
            if (closureDays != 0) {
                throw new InvalidValueException("doseEvent.closureDays", "be 0 for a " + kind + " dose", closureDays);
            }
        }
    }

    /**
     * Obtains a dose given at the clinic.
     *
     * @param formulation  the product, not null
     * @param dose  the amount, not null
     * @param at  when given, not null
     * @return the event, not null
     */
    public static DoseEvent administered(Formulation formulation, Dose dose, Instant at) {
        return new DoseEvent(formulation, dose, DoseEventKind.ADMINISTERED, at, 1, 0);
    }

    /**
     * Obtains a dose that was scheduled but not taken.
     *
     * @param formulation  the product, not null
     * @param dose  the scheduled amount, not null
     * @param scheduledAt  when it was due, not null
     * @return the event, not null
     */
    public static DoseEvent missed(Formulation formulation, Dose dose, Instant scheduledAt) {
        return new DoseEvent(formulation, dose, DoseEventKind.MISSED, scheduledAt, 1, 0);
    }

    /**
     * Obtains a take-home dispensing.
     *
     * @param formulation  the product, not null
     * @param dosePerDay  the amount per day, not null
     * @param dispensedAt  when dispensed, not null
     * @param supplyDays  the days supplied, positive
     * @param closureDays  how many of them the clinic is closed, 0 to supplyDays
     * @return the event, not null
     * @throws InvalidValueException if the day counts are out of range
     */
    public static DoseEvent takeHome(Formulation formulation, Dose dosePerDay, Instant dispensedAt, int supplyDays,
            int closureDays) {
        return new DoseEvent(formulation, dosePerDay, DoseEventKind.DISPENSED_TAKE_HOME, dispensedAt, supplyDays,
                closureDays);
    }

    /**
     * Returns the medication.
     *
     * @return the medication, not null
     */
    public OudMedication medication() {
        return formulation.medication();
    }

    /**
     * Returns the treatment date of this event in the clinic's zone.
     *
     * @param zone  the clinic's zone, not null
     * @return the date, not null
     */
    public LocalDate date(ZoneId zone) {
        return LocalDate.ofInstant(at, zone);
    }
}
