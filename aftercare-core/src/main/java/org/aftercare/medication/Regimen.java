package org.aftercare.medication;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import org.aftercare.InvalidValueException;
import org.aftercare.OudMedication;
import org.aftercare.internal.Checks;

/**
 * A course of one medication for OUD in one phase, such as
 * {@code METHADONE_ORAL_LIQUID in MAINTENANCE since 2026-01-05}.
 *
 * <p>Invariants: the end date, when present, is not before the start. Treatment day 1 is the start date;
 * treatment days are counted in calendar dates of the clinic's zone. A regimen is active from its start
 * (inclusive) to its end (exclusive), or open-ended.
 *
 * @param formulation  the product, not null
 * @param phase  the phase, not null
 * @param start  the first treatment day, not null
 * @param end  the first day no longer on the regimen, or null while it continues
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public record Regimen(Formulation formulation, RegimenPhase phase, LocalDate start, LocalDate end) {

    /** Validates the fields; see the class description. */
    public Regimen {
        Objects.requireNonNull(formulation, "regimen.formulation");
        Objects.requireNonNull(phase, "regimen.phase");
        Objects.requireNonNull(start, "regimen.start");
        if (end != null) {
            Checks.notBefore(end, start, "regimen.end", "regimen.start");
        }
    }

    /**
     * Obtains an open-ended regimen.
     *
     * @param formulation  the product, not null
     * @param phase  the phase, not null
     * @param start  treatment day 1, not null
     * @return the regimen, not null
     */
    public static Regimen of(Formulation formulation, RegimenPhase phase, LocalDate start) {
        return new Regimen(formulation, phase, start, null);
    }

    /**
     * Returns a copy of this regimen ended on a date.
     *
     * @param endDate  the first day no longer on the regimen, not before the start
     * @return the ended regimen, not null
     */
    public Regimen withEnd(LocalDate endDate) {
        return new Regimen(formulation, phase, start, Objects.requireNonNull(endDate, "endDate"));
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
     * Returns the end, if ended.
     *
     * @return the end
     */
    public Optional<LocalDate> endDate() {
        return Optional.ofNullable(end);
    }

    /**
     * Checks if the regimen is active on a date.
     *
     * @param date  the date, not null
     * @return true if the start is on or before the date and the end after it
     */
    public boolean isActiveOn(LocalDate date) {
        return !date.isBefore(start) && (end == null || date.isBefore(end));
    }

    /**
     * Returns the treatment day of a date: 1 on the start date.
     *
     * @param date  the date, not before the start
     * @return the treatment day, at least 1
     * @throws InvalidValueException if the date is before the start
     */
    public int treatmentDay(LocalDate date) {
        Checks.notBefore(date, start, "date", "regimen.start");
        return Math.toIntExact(ChronoUnit.DAYS.between(start, date)) + 1;
    }

    /**
     * Returns the date of a treatment day.
     *
     * @param treatmentDay  the treatment day, at least 1
     * @return the date, not null
     */
    public LocalDate dateOfTreatmentDay(int treatmentDay) {
        return start.plusDays(Checks.positive(treatmentDay, "treatmentDay") - 1L);
    }
}
