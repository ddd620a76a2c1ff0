package org.aftercare.medication;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The last documented use of one kind of opioid, such as {@code SHORT_ACTING last used 2026-03-01T22:00:00Z}.
 *
 * <p>The last-use instant may be unknown (the patient could not say); rules then report it as missing
 * data and never treat the wait as met.
 *
 * @param kind  the kind of opioid, not null
 * @param lastUse  the last use, or null when unknown
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public record OpioidExposure(OpioidKind kind, Instant lastUse) {

    /** Validates the fields. */
    public OpioidExposure {
        Objects.requireNonNull(kind, "opioidExposure.kind");
    }

    /**
     * Obtains an exposure with a known last use.
     *
     * @param kind  the kind, not null
     * @param lastUse  the last use, not null
     * @return the exposure, not null
     */
    public static OpioidExposure lastUsed(OpioidKind kind, Instant lastUse) {
        return new OpioidExposure(kind, Objects.requireNonNull(lastUse, "lastUse"));
    }

    /**
     * Obtains an exposure whose last use is not known.
     *
     * @param kind  the kind, not null
     * @return the exposure, not null
     */
    public static OpioidExposure lastUseUnknown(OpioidKind kind) {
        return new OpioidExposure(kind, null);
    }

    /**
     * Returns the last use, if known.
     *
     * @return the instant
     */
    public Optional<Instant> lastUseInstant() {
        return Optional.ofNullable(lastUse);
    }
}
