package org.aftercare.medication;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.aftercare.InvalidValueException;
import org.aftercare.internal.Checks;

/**
 * A low-dose ("micro") buprenorphine induction schedule as data: the most buprenorphine per treatment day, such as
 * the JABFM outpatient table {@code day 1: 0.5 mg, day 2: 1 mg, day 3: 2 mg, day 4: 4 mg, day 5: 6 mg, day 6: 12 mg}.
 * Days after the table are at the prescriber's discretion.
 *
 * @param dailyMaximums  the most buprenorphine on treatment day 1, 2, ..., not empty
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public record LowDoseSchedule(List<Dose> dailyMaximums) {

    /** Validates the fields. */
    public LowDoseSchedule {
        dailyMaximums = List.copyOf(Objects.requireNonNull(dailyMaximums, "lowDoseSchedule.dailyMaximums"));
        if (dailyMaximums.isEmpty()) {
            throw new InvalidValueException("lowDoseSchedule.dailyMaximums", "not be empty", dailyMaximums);
        }
    }

    /**
     * Obtains a schedule from daily maximums in milligrams, such as {@code "0.5", "1", "2"}.
     *
     * @param milligrams  the maximum per day, day 1 first
     * @return the schedule, not null
     */
    public static LowDoseSchedule ofMilligrams(String... milligrams) {
        return new LowDoseSchedule(Arrays.stream(milligrams).map(Dose::ofMilligrams).toList());
    }

    /**
     * Returns the maximum for a treatment day, if the table covers it.
     *
     * @param treatmentDay  the treatment day, at least 1
     * @return the maximum, or empty after the table
     */
    public Optional<Dose> maximumOn(int treatmentDay) {
        Checks.positive(treatmentDay, "treatmentDay");
        return treatmentDay <= dailyMaximums.size() ? Optional.of(dailyMaximums.get(treatmentDay - 1)) : Optional.empty();
    }
}
