package org.aftercare.medication;

import com.google.common.collect.ImmutableMap;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.aftercare.InvalidValueException;

/**
 * One completed Clinical Opiate Withdrawal Scale assessment, such as
 * {@code COWS 9 at 2026-03-02T08:00:00Z (pulse 1, sweating 1, restlessness 3, ...)}.
 *
 * <p>Invariants: every one of the eleven items is scored, and each score is one of that item's allowed
 * anchors ({@link CowsItem#allowedScores()}); so the total is always 0 to 48. Severity bands are not part
 * of the instrument value: they are versioned policy ({@link CowsBands}).
 *
 * <pre>{@code
 * CowsAssessment cows = CowsAssessment.of(instant, 1, 1, 3, 1, 1, 1, 0, 1, 0, 0, 0);
 * int total = cows.total(); // 9
 * }</pre>
 *
 * @param at  when assessed, not null
 * @param scores  the score of every item, not null
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public record CowsAssessment(Instant at, Map<CowsItem, Integer> scores) {

    /** Validates the fields; see the class description. */
    public CowsAssessment {
        Objects.requireNonNull(at, "cows.at");
        Objects.requireNonNull(scores, "cows.scores");
        EnumMap<CowsItem, Integer> copy = new EnumMap<>(CowsItem.class);
        for (CowsItem item : CowsItem.values()) {
            Integer score = scores.get(item);
            String field = "cows.scores." + item.name().toLowerCase(Locale.ROOT).replace('_', '-');
            if (score == null) {
                throw new InvalidValueException(field, "be scored (all 11 items are required)", null);
            }
            if (!item.allows(score)) {
                throw new InvalidValueException(field, "be one of " + item.allowedScores(), score);
            }
            copy.put(item, score);
        }
        scores = ImmutableMap.copyOf(copy);
    }

    /**
     * Obtains an assessment from the eleven scores in item order (pulse first, gooseflesh last).
     *
     * @param at  when assessed, not null
     * @param itemScores  exactly eleven scores, each an allowed anchor of its item
     * @return the assessment, not null
     * @throws InvalidValueException if there are not eleven scores or a score is not an anchor
     */
    public static CowsAssessment of(Instant at, int... itemScores) {
        Objects.requireNonNull(itemScores, "itemScores");
        CowsItem[] items = CowsItem.values();
        if (itemScores.length != items.length) {
            throw new InvalidValueException("cows.scores", "have " + items.length + " item scores", itemScores.length);
        }
        Map<CowsItem, Integer> map = new EnumMap<>(CowsItem.class);
        for (int i = 0; i < items.length; i++) {
            map.put(items[i], itemScores[i]);
        }
        return new CowsAssessment(at, map);
    }

    /**
     * Returns the total score, 0 to 48.
     *
     * @return the total
     */
    public int total() {
        return scores.values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * Returns how many objective items scored above 0.
     *
     * @return the count, 0 to 8
     */
    public int objectiveSignCount() {
        return (int) scores.entrySet().stream().filter(e -> e.getKey().isObjective() && e.getValue() > 0).count();
    }

    /**
     * Returns the score of one item.
     *
     * @param item  the item, not null
     * @return the score
     */
    public int score(CowsItem item) {
        return scores.get(Objects.requireNonNull(item, "item"));
    }
}
