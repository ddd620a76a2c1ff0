package org.aftercare;

import com.google.common.collect.MapMaker;
import java.util.Objects;
import java.util.concurrent.ConcurrentMap;
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
        AppliedThreshold known = BY_THRESHOLD.get(t);
        if (known != null && known.layer.equals(resolved.layer())) {
            return known;
        }
        AppliedThreshold made = new AppliedThreshold(t.key().name(), String.valueOf(t.value()), resolved.layer(),
                t.period(), t.citation());
        BY_THRESHOLD.put(t, made);
        return made;
    }

    /**
     * The applied form of each threshold object met, by identity (thresholds and their values are immutable, and
     * those of a policy's layers live as long as the layer): the value's text is built once, not on every
     * evaluation. Weak keys, so a threshold of a discarded layer is not held.
     */
    private static final ConcurrentMap<Threshold<?>, AppliedThreshold> BY_THRESHOLD = new MapMaker().weakKeys().makeMap();
}
