package org.aftercare.medication;

import java.time.Instant;
import java.util.Objects;
import org.aftercare.internal.Checks;

/**
 * An ECG with its corrected QT interval, such as {@code QTc 468 ms at 2026-03-02T15:00:00Z}.
 *
 * @param at  when the ECG was recorded, not null
 * @param qtcMilliseconds  the corrected QT interval in milliseconds, positive
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public record EcgResult(Instant at, int qtcMilliseconds) {

    /** Validates the fields. */
    public EcgResult {
        Objects.requireNonNull(at, "ecg.at");
        Checks.positive(qtcMilliseconds, "ecg.qtcMilliseconds");
    }
}
