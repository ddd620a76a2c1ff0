package org.aftercare.charts;

import java.time.LocalDate;
import java.util.Objects;
import org.aftercare.InvalidValueException;
import org.aftercare.Policy;

/**
 * A policy read as of a date, drawn as one take-home ladder, such as the default policy as of 2023-06-01
 * (42 CFR 8.12, 2001 text).
 *
 * @param label  the series name, such as {@code "42 CFR 8.12, 2001 text (as of 2023-06-01)"}, not blank
 * @param policy  the policy, not null
 * @param asOf  the date its ladders are read on, not null
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public record LadderVersion(String label, Policy policy, LocalDate asOf) {
    /** Validates the fields. */
    public LadderVersion {
        Objects.requireNonNull(label, "ladderVersion.label");
        if (label.isBlank()) {
            throw new InvalidValueException("ladderVersion.label", "not be blank", "\"" + label + "\"");
        }
        Objects.requireNonNull(policy, "ladderVersion.policy");
        Objects.requireNonNull(asOf, "ladderVersion.asOf");
    }
}
