package org.aftercare;

import java.util.Objects;

/**
 * One clinical number with its source and the dates it is in force, such as
 * {@code methadone first-day cap 50 mg, 42 CFR 8.12(h)(3)(ii) 2024 [S], from 2024-04-02}.
 *
 * @param <T> the value type
 * @param key  the key, not null
 * @param value  the value, of the key's type, not null
 * @param citation  where the value comes from, not null
 * @param period  the dates the value is in force, not null
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public record Threshold<T>(PolicyKey<T> key, T value, Citation citation, EffectivePeriod period) {

    /** Validates the fields: the value must be of the key's type. */
    public Threshold {
        Objects.requireNonNull(key, "threshold.key");
        value = key.cast(value);
        Objects.requireNonNull(citation, "threshold.citation");
        Objects.requireNonNull(period, "threshold.period");
    }

    @Override
    public String toString() {
        return key + "=" + value + " " + period + " (" + citation + ")";
    }
}
