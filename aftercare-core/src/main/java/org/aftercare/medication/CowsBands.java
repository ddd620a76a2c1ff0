package org.aftercare.medication;

import java.util.List;
import java.util.Objects;
import org.aftercare.InvalidValueException;

/**
 * A COWS severity band table, kept as versioned policy, such as Wesson and Ling's key:
 * {@code 0 below mild band, 5 mild, 13 moderate, 25 moderately severe, 37 severe}.
 *
 * <p>Invariants: the first band starts at 0 and bands are strictly ascending, so every total 0-48 has
 * exactly one band. Bands describe severity; they are not start thresholds ({@link CowsStartThreshold}).
 *
 * @param bands  the bands, ascending, first from 0, not empty
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public record CowsBands(List<CowsBand> bands) {

    /** Validates the fields; see the class description. */
    public CowsBands {
        bands = List.copyOf(Objects.requireNonNull(bands, "cowsBands.bands"));
        if (bands.isEmpty() || bands.get(0).fromTotal() != 0) {
            throw new InvalidValueException("cowsBands.bands", "start with a band from total 0", bands);
        }
        for (int i = 1; i < bands.size(); i++) {
            if (bands.get(i).fromTotal() <= bands.get(i - 1).fromTotal()) {
                throw new InvalidValueException("cowsBands.bands", "be strictly ascending", bands);
            }
        }
    }

    /**
     * Returns the band of a total.
     *
     * @param total  the COWS total, 0 to 48
     * @return the band, not null
     */
    public CowsBand bandOf(int total) {
        CowsBand found = bands.get(0);
        for (CowsBand b : bands) {
            if (total >= b.fromTotal()) {
                found = b;
            }
        }
        return found;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (CowsBand b : bands) {
            sb.append(sb.length() == 0 ? "" : ", ").append(b.fromTotal()).append("+ ").append(b.label());
        }
        return sb.toString();
    }
}
