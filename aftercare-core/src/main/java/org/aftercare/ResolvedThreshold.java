package org.aftercare;

import java.util.Objects;
import org.aftercare.internal.Checks;

/**
 * A threshold as found in a policy on a date, with the layer it came from, such as
 * {@code care.hours.asam3.2.1.adult=[9..19] from layer us-default}.
 *
 * @param <T> the value type
 * @param threshold  the threshold, not null
 * @param layer  the name of the layer that supplied it, not blank
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public record ResolvedThreshold<T>(Threshold<T> threshold, String layer) {

    /** Validates the fields. */
    public ResolvedThreshold {
        Objects.requireNonNull(threshold, "threshold");
        Checks.nonBlank(layer, "layer");
    }

    /**
     * Returns the value.
     *
     * @return the value, not null
     */
    public T value() {
        return threshold.value();
    }

    /**
     * Returns the citation of the value.
     *
     * @return the citation, not null
     */
    public Citation citation() {
        return threshold.citation();
    }

    /**
     * Returns the key.
     *
     * @return the key, not null
     */
    public PolicyKey<T> key() {
        return threshold.key();
    }
}
