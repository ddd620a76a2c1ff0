package org.aftercare.medication;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.aftercare.internal.Checks;

/**
 * An order for an adjunct medicine, such as {@code lofexidine 0.54 mg 4 times a day for 7 days from 2026-03-02}.
 *
 * <p>Invariants: at least one dose a day and at least one day. The daily total is the dose times the doses per day,
 * exactly.
 *
 * @param adjunct  the medicine, not null
 * @param dose  the amount per administration, not null
 * @param dosesPerDay  the most administrations a day, positive
 * @param start  the first day, not null
 * @param days  how many days the order runs, positive
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public record AdjunctOrder(Adjunct adjunct, Dose dose, int dosesPerDay, LocalDate start, int days) {

    /** Validates the fields; see the class description. */
    public AdjunctOrder {
        Objects.requireNonNull(adjunct, "adjunctOrder.adjunct");
        Objects.requireNonNull(dose, "adjunctOrder.dose");
        Checks.positive(dosesPerDay, "adjunctOrder.dosesPerDay");
        Objects.requireNonNull(start, "adjunctOrder.start");
        Checks.positive(days, "adjunctOrder.days");
    }

    /**
     * Returns the most the order allows in one day.
     *
     * @return the daily total, not null
     */
    public Dose dailyTotal() {
        return Dose.ofMilligrams(dose.milligrams().multiply(BigDecimal.valueOf(dosesPerDay)));
    }

    /**
     * Checks if the order runs on a date.
     *
     * @param date  the date, not null
     * @return true from the start for {@code days} days
     */
    public boolean isActiveOn(LocalDate date) {
        return !date.isBefore(start) && date.isBefore(start.plusDays(days));
    }
}
