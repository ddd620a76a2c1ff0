package org.aftercare.medication;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;
import org.aftercare.Citation;
import org.aftercare.OudMedication;
import org.aftercare.internal.Checks;

/**
 * A date or instant computed ahead from the same thresholds the checks use, such as the earliest instant a
 * buprenorphine induction may start. Closed set: {@link EarliestInduction}, {@link TakeHomeStep},
 * {@link InjectionDue}.
 *
 * @since 0.1.0
 */
public sealed interface MedicationForecast
        permits MedicationForecast.EarliestInduction, MedicationForecast.TakeHomeStep, MedicationForecast.InjectionDue {

    /**
     * Returns the path of the regimen forecast for.
     *
     * @return the path, such as {@code medication.regimens[0]}
     */
    String path();

    /**
     * Returns the citation of the threshold that set the forecast.
     *
     * @return the citation, not null
     */
    Citation citation();

    /**
     * The earliest instant a standard buprenorphine or naltrexone induction may start, such as
     * {@code 2026-03-02T08:00:00Z, 12 h after short-acting use}. COWS (buprenorphine) and the drug test
     * (naltrexone) must still be met at that time; the forecast covers the wait only.
     *
     * @param medication  the medication, not null
     * @param regimenIndex  the regimen's index in the record, not negative
     * @param earliest  the earliest start, not null
     * @param bindingKind  the opioid kind whose wait ends last, not null
     * @param requiredWait  that wait, not negative
     * @param layer  the layer that supplied it, not blank
     * @param citation  its source, not null
     * @since 0.1.0
     */
    record EarliestInduction(OudMedication medication, int regimenIndex, Instant earliest, OpioidKind bindingKind,
            Duration requiredWait, String layer, Citation citation) implements MedicationForecast {
        /** Validates the fields. */
        public EarliestInduction {
            Objects.requireNonNull(medication, "medication");
            Checks.nonNegative(regimenIndex, "regimenIndex");
            Objects.requireNonNull(earliest, "earliest");
            Objects.requireNonNull(bindingKind, "bindingKind");
            Checks.nonNegative(requiredWait, "requiredWait");
            Checks.nonBlank(layer, "layer");
            Objects.requireNonNull(citation, "citation");
        }

        @Override
        public String path() {
            return "medication.regimens[" + regimenIndex + "]";
        }
    }

    /**
     * The next date the take-home maximum rises, such as {@code treatment day 15 (2026-03-16): 14 days}, under
     * every ladder in force (strictest wins), for a supply with no closure days.
     *
     * @param medication  the medication, not null
     * @param regimenIndex  the regimen's index in the record, not negative
     * @param date  the date of the step, not null
     * @param treatmentDay  its treatment day, positive
     * @param maxSupplyDays  the strictest maximum from that day, not negative
     * @param layer  the layer whose ladder wins then, not blank
     * @param citation  that ladder's source, not null
     * @since 0.1.0
     */
    record TakeHomeStep(OudMedication medication, int regimenIndex, LocalDate date, int treatmentDay, int maxSupplyDays,
            String layer, Citation citation) implements MedicationForecast {
        /** Validates the fields. */
        public TakeHomeStep {
            Objects.requireNonNull(medication, "medication");
            Checks.nonNegative(regimenIndex, "regimenIndex");
            Objects.requireNonNull(date, "date");
            Checks.positive(treatmentDay, "treatmentDay");
            Checks.nonNegative(maxSupplyDays, "maxSupplyDays");
            Checks.nonBlank(layer, "layer");
            Objects.requireNonNull(citation, "citation");
        }

        @Override
        public String path() {
            return "medication.regimens[" + regimenIndex + "]";
        }
    }

    /**
     * The window of the next extended-release injection, such as
     * {@code Sublocade: not before 2026-03-28, due 2026-04-02, not after 2026-04-16}. The bounds are the ones the
     * checks use: an injection before {@code earliest} is reported as too early, and a review on a day after
     * {@code latest} reports the injection as overdue. {@code earliest} is absent when no minimum interval is in force
     * (XR-naltrexone; the Sublocade second injection after a rapid start unless a layer sets it).
     *
     * @param formulation  the injected product, not null
     * @param regimenIndex  the regimen's index in the record, not negative
     * @param lastInjection  the date of the last injection, not null
     * @param earliest  the first date the next injection may be given, or null when no minimum is in force
     * @param due  the due date, not null
     * @param latest  the last date before the injection counts as overdue, not before the due date
     * @param interval  the interval applied, not null
     * @param layer  the layer that supplied it, not blank
     * @param citation  its source, not null
     * @since 0.1.0
     */
    record InjectionDue(Formulation formulation, int regimenIndex, LocalDate lastInjection, LocalDate earliest,
            LocalDate due, LocalDate latest, Period interval, String layer, Citation citation) implements MedicationForecast {
        /** Validates the fields. */
        public InjectionDue {
            Objects.requireNonNull(formulation, "formulation");
            Checks.nonNegative(regimenIndex, "regimenIndex");
            Objects.requireNonNull(lastInjection, "lastInjection");
            Objects.requireNonNull(due, "due");
            Objects.requireNonNull(latest, "latest");
            Checks.notBefore(latest, due, "latest", "due");
            if (earliest != null) {
                Checks.notBefore(due, earliest, "due", "earliest");
            }
            Objects.requireNonNull(interval, "interval");
            Checks.nonBlank(layer, "layer");
            Objects.requireNonNull(citation, "citation");
        }

        /**
         * Returns the first date the next injection may be given, if a minimum is in force.
         *
         * @return the date
         */
        public Optional<LocalDate> earliestDate() {
            return Optional.ofNullable(earliest);
        }

        @Override
        public String path() {
            return "medication.regimens[" + regimenIndex + "]";
        }
    }
}
