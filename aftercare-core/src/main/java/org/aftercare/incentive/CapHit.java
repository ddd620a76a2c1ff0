package org.aftercare.incentive;

import java.util.Objects;
import org.aftercare.Citation;
import org.aftercare.internal.Checks;

/**
 * A funding cap that held back part of an entry's earnings, such as
 * {@code incentive.cap.annual at most $599.00 per episode, $590.00 already paid}.
 *
 * @param key  the policy key's name, not blank
 * @param description  the cap and what was already counted against it, not blank
 * @param citation  the cap's source, not null
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public record CapHit(String key, String description, Citation citation) {

    /** Validates the fields. */
    public CapHit {
        Checks.nonBlank(key, "capHit.key");
        Checks.nonBlank(description, "capHit.description");
        Objects.requireNonNull(citation, "capHit.citation");
    }

    @Override
    public String toString() {
        return key + " " + description;
    }
}
