package org.aftercare.care;

import java.time.LocalDate;
import java.util.Objects;
import org.aftercare.internal.Checks;

/**
 * The level of care a plan places the patient in, the setting where it is delivered, and its
 * dates, such as {@code asam3:2.1 OUTPATIENT from 2026-03-02 to 2026-05-24}. Both dates inclusive.
 *
 * @param level  the level of care, not null
 * @param setting  the planned setting, not null
 * @param start  the first date at this level, not null
 * @param end  the last date at this level, not before the start
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public record CarePlacement(AsamLevel level, CareSetting setting, LocalDate start, LocalDate end) {

    /** Validates the fields. */
    public CarePlacement {
        Objects.requireNonNull(level, "placement.level");
        Objects.requireNonNull(setting, "placement.setting");
        Checks.notBefore(end, start, "placement.end", "placement.start");
    }

    /**
     * Obtains a placement.
     *
     * @param level  the level, not null
     * @param setting  the setting, not null
     * @param start  the first date, not null
     * @param end  the last date, inclusive
     * @return the placement, not null
     */
    public static CarePlacement of(AsamLevel level, CareSetting setting, LocalDate start, LocalDate end) {
        return new CarePlacement(level, setting, start, end);
    }
}
