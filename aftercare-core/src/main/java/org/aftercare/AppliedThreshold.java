package org.aftercare;

import java.util.Objects;
import org.aftercare.internal.Checks;

/**
 * A threshold an evaluation read, for the report's "policies applied" list, such as
 * {@code care.continuing-care.minimum-duration = P3M from layer us-default (NIDA Principles, 3rd ed. [V])}.
 *
 * @param key  the key's name, not blank
 * @param value  the value as text, not blank
 * @param layer  the layer that supplied it, not blank
 * @param period  when the value is in force, not null
 * @param citation  its source, not null
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public record AppliedThreshold(String key, String value, String layer, EffectivePeriod period, Citation citation) {

    /** Validates the fields. */
    public AppliedThreshold {
        Checks.nonBlank(key, "key");
        Checks.nonBlank(value, "value");
        Checks.nonBlank(layer, "layer");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(citation, "citation");
    }

    /**
     * Obtains the applied form of a resolved threshold.
     *
     * @param resolved  the resolved threshold, not null
     * @return the applied threshold, not null
     */
    public static AppliedThreshold of(ResolvedThreshold<?> resolved) {
        Threshold<?> t = resolved.threshold();
        return new AppliedThreshold(t.key().name(), String.valueOf(t.value()), resolved.layer(), t.period(), t.citation());
    }
}
