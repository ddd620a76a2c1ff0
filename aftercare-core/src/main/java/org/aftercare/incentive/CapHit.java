package org.aftercare.incentive;

import java.util.List;
import java.util.Objects;
import org.aftercare.Citation;
import org.aftercare.InvalidValueException;
import org.aftercare.internal.Checks;

/**
 * A funding cap that held back part of an entry's earnings, such as
 * {@code incentive.cap.annual at most $599.00 per episode, $590.00 already paid}.
 *
 * @param key  the policy key's name, not blank
 * @param description  the cap and what was already counted against it, not blank
 * @param citations  the cap's source first, then the source of the window it is counted over, if any; not empty
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public record CapHit(String key, String description, List<Citation> citations) {

    /** Validates the fields. */
    public CapHit {
        Checks.nonBlank(key, "capHit.key");
        Checks.nonBlank(description, "capHit.description");
        citations = List.copyOf(Objects.requireNonNull(citations, "capHit.citations"));
        if (citations.isEmpty()) {
            throw new InvalidValueException("capHit.citations", "not be empty", citations);
        }
    }

    /**
     * Returns the cap's own source.
     *
     * @return the citation, not null
     */
    public Citation citation() {
        return citations.get(0);
    }

    @Override
    public String toString() {
        return key + " " + description;
    }
}
