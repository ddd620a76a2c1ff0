package org.aftercare.medication;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A dated event after which tolerance is likely lower, such as {@code RELEASE_FROM_INCARCERATION on 2026-03-01}.
 *
 * @param kind  the kind of event, not null
 * @param date  the date it happened, not null
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public record ToleranceLossEvent(ToleranceLossKind kind, LocalDate date) {

    /** Validates the fields. */
    public ToleranceLossEvent {
        Objects.requireNonNull(kind, "toleranceLoss.kind");
        Objects.requireNonNull(date, "toleranceLoss.date");
    }
}
