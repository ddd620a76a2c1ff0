package org.aftercare.medication;

import java.time.Duration;
import java.util.Objects;
import org.aftercare.internal.Checks;

/**
 * What the Sublocade label in force requires before the first injection, such as the pre-02/2025 label's
 * {@code at least 7 days of transmucosal buprenorphine at 8 mg/day or more} or the 02/2025 label's
 * {@code one transmucosal dose of at least 4 mg, then 1 h of observation}.
 *
 * @param transmucosalDays  the fewest days with transmucosal buprenorphine before the injection, positive
 * @param minimumDailyDose  the smallest daily transmucosal total that counts, not null
 * @param observation  the least time from the last transmucosal dose to the injection, not negative
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public record SublocadeStart(int transmucosalDays, Dose minimumDailyDose, Duration observation) {

    /** Validates the fields. */
    public SublocadeStart {
        Checks.positive(transmucosalDays, "sublocadeStart.transmucosalDays");
        Objects.requireNonNull(minimumDailyDose, "sublocadeStart.minimumDailyDose");
        Checks.nonNegative(observation, "sublocadeStart.observation");
    }

    @Override
    public String toString() {
        return "at least " + TakeHomeTier.days(transmucosalDays) + " of transmucosal buprenorphine at " + minimumDailyDose
                + "/day or more" + (observation.isZero() ? "" : ", then " + InductionWait.describe(observation)
                        + " of observation");
    }
}
