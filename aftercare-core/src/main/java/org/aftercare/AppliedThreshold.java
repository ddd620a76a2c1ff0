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
     * <pre>{@code
     * AppliedThreshold applied = AppliedThreshold.of(policy.resolve(key, date).orElseThrow());
     * }</pre>
     *
     * @param resolved  the resolved threshold, not null
     * @return the applied threshold, not null
     */
    public static AppliedThreshold of(ResolvedThreshold<?> resolved) {
        Threshold<?> t = resolved.threshold();
        String layer = resolved.layer();
        int slot = System.identityHashCode(t) & (KNOWN_SLOTS - 1);
        Known known = KNOWN[slot];
        if (known != null && known.threshold == t && known.applied.layer.equals(layer)) {
            return known.applied;
        }
        AppliedThreshold made = new AppliedThreshold(t.key().name(), String.valueOf(t.value()), layer, t.period(),
                t.citation());
        KNOWN[slot] = new Known(t, made);
        return made;
    }

    /**
     * The applied form of recently met threshold objects, by identity (thresholds and their values are immutable):
     * the value's text is built once, not on every evaluation. A direct-mapped table of {@value #KNOWN_SLOTS}
     * slots, so bounded: a threshold whose slot another takes is simply made again. Slots hold immutable entries
     * (final fields), so threads may read and replace them without locks; a lost write only costs a rebuild.
     * Reads do no atomic operation (a weak-keyed map counted every read atomically, on every threshold an
     * evaluation recorded).
     */
    private static final int KNOWN_SLOTS = 512;
    private static final Known[] KNOWN = new Known[KNOWN_SLOTS];

    /** One slot of {@link #KNOWN}. */
    private static final class Known {
        final Threshold<?> threshold;
        final AppliedThreshold applied;

        Known(Threshold<?> threshold, AppliedThreshold applied) {
            this.threshold = threshold;
            this.applied = applied;
        }
    }
}
