package org.aftercare.care;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A recorded return to substance use, such as {@code 2026-04-11 OPIOID}. Addiction is a chronic,
 * relapsing illness: a relapse yields re-engagement and overdose-risk prompts, never a
 * treatment-failure finding.
 *
 * @param date  the date of use, not null
 * @param substance  the substance, not null
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public record Relapse(LocalDate date, RelapseSubstance substance) {

    /** Validates the fields. */
    public Relapse {
        Objects.requireNonNull(date, "relapse.date");
        Objects.requireNonNull(substance, "relapse.substance");
    }

    /**
     * Obtains a relapse.
     *
     * @param date  the date, not null
     * @param substance  the substance, not null
     * @return the relapse, not null
     */
    public static Relapse of(LocalDate date, RelapseSubstance substance) {
        return new Relapse(date, substance);
    }
}
