package org.aftercare.care;

import java.util.Objects;
import java.util.Optional;
import org.aftercare.Citation;
import org.aftercare.InvalidValueException;
import org.aftercare.internal.Checks;

/**
 * How one ASAM level maps to the other edition, such as {@code asam3:2.5 -> asam4:2.5 (PHP became HIOP)}
 * or {@code asam3:3.3 -> no equivalent}.
 *
 * @param from  the level mapped, not null
 * @param to  the equivalent level in the other edition, or null for "no equivalent"
 * @param note  what changed, not blank
 * @param source  where the mapping comes from, not null
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public record CrosswalkEntry(AsamLevel from, AsamLevel to, String note, Citation source) {

    /** Validates the entry: the two levels belong to different editions. */
    public CrosswalkEntry {
        Objects.requireNonNull(from, "from");
        Checks.nonBlank(note, "note");
        Objects.requireNonNull(source, "source");
        if (to != null && to.edition() == from.edition()) {
            throw new InvalidValueException("crosswalk.to", "belong to the other edition than " + from, to);
        }
    }

    /**
     * Returns the equivalent level, or empty when there is none.
     *
     * @return the level
     */
    public Optional<AsamLevel> equivalent() {
        return Optional.ofNullable(to);
    }

    /**
     * Checks if the level has an equivalent.
     *
     * @return true if it does
     */
    public boolean hasEquivalent() {
        return to != null;
    }
}
