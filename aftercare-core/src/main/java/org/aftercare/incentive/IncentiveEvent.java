package org.aftercare.incentive;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Objects;
import org.aftercare.screening.DrugTest;

/**
 * Something that happened in a contingency-management programme, dated, such as a urine sample's
 * result, an attended visit, a dose taken, or an excused absence. Events carry no identifiers.
 *
 * @since 0.1.0
 */
public sealed interface IncentiveEvent {

    /**
     * The order in which a ledger processes events: date in the clinic's zone, then sample instant,
     * then kind, then the event's text, so that any permutation of the same events gives the same ledger.
     *
     * @param zone  the clinic's zone, not null
     * @return the comparator, not null
     */
    static Comparator<IncentiveEvent> chronological(ZoneId zone) {
        Objects.requireNonNull(zone, "zone");
        return Comparator.<IncentiveEvent, LocalDate>comparing(e -> e.dateIn(zone))
                .thenComparing(e -> e instanceof SampleResult s ? s.test().collectedAt().toString() : "")
                .thenComparing(e -> e.getClass().getSimpleName())
                .thenComparing(Object::toString);
    }

    /**
     * Returns the treatment day of the event in the clinic's zone.
     *
     * @param zone  the clinic's zone, not null
     * @return the date, not null
     */
    LocalDate dateIn(ZoneId zone);

    /**
     * A drug test result, collected or missed (a missed specimen's instant is when it was due).
     *
     * @param test  the test, not null
     * @since 0.1.0
     */
    record SampleResult(DrugTest test) implements IncentiveEvent {
        /** Validates the field. */
        public SampleResult {
            Objects.requireNonNull(test, "event.test");
        }

        @Override
        public LocalDate dateIn(ZoneId zone) {
            return LocalDate.ofInstant(test.collectedAt(), zone);
        }
    }

    /**
     * A scheduled visit or session, attended or missed (unexcused).
     *
     * @param date  the date, not null
     * @param attended  true if attended
     * @since 0.1.0
     */
    record Attendance(LocalDate date, boolean attended) implements IncentiveEvent {
        /** Validates the field. */
        public Attendance {
            Objects.requireNonNull(date, "event.date");
        }

        @Override
        public LocalDate dateIn(ZoneId zone) {
            return date;
        }
    }

    /**
     * A scheduled medication dose, taken or missed (unexcused).
     *
     * @param date  the date, not null
     * @param taken  true if taken
     * @since 0.1.0
     */
    record MedicationDose(LocalDate date, boolean taken) implements IncentiveEvent {
        /** Validates the field. */
        public MedicationDose {
            Objects.requireNonNull(date, "event.date");
        }

        @Override
        public LocalDate dateIn(ZoneId zone) {
            return date;
        }
    }

    /**
     * A scheduled sample, visit or dose the programme excused (illness, a clinic closure). How it
     * counts is the programme's {@link FailurePolicy#excusedAbsence()}.
     *
     * @param date  the date, not null
     * @since 0.1.0
     */
    record ExcusedAbsence(LocalDate date) implements IncentiveEvent {
        /** Validates the field. */
        public ExcusedAbsence {
            Objects.requireNonNull(date, "event.date");
        }

        @Override
        public LocalDate dateIn(ZoneId zone) {
            return date;
        }
    }
}
