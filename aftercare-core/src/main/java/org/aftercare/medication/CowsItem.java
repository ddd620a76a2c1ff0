package org.aftercare.medication;

import java.util.Collections;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * One of the eleven items of the Clinical Opiate Withdrawal Scale (Wesson and Ling 2003), such as
 * {@link #RESTING_PULSE}, with the scores its anchors allow.
 *
 * <p>The anchors are not all 0-N ranges (restlessness allows 0, 1, 3, 5; gooseflesh 0, 3, 5), so each
 * item holds its allowed score set (verification addendum 8a: items 1-10 [V], item 11's top anchor [S]).
 * An item is "objective" when the rater observes it rather than asks about it; the library reads
 * items 1-4, 6, 8, 9 and 11 as objective signs, for start thresholds that count objective signs.
 *
 * @since 0.1.0
 */
public enum CowsItem {
    /** 1. Resting pulse after sitting or lying one minute: 0, 1, 2, 4. */
    RESTING_PULSE(true, 0, 1, 2, 4),
    /** 2. Sweating over the past half hour: 0 to 4. */
    SWEATING(true, 0, 1, 2, 3, 4),
    /** 3. Restlessness during the assessment: 0, 1, 3, 5. */
    RESTLESSNESS(true, 0, 1, 3, 5),
    /** 4. Pupil size: 0, 1, 2, 5. */
    PUPIL_SIZE(true, 0, 1, 2, 5),
    /** 5. Bone or joint aches, only the part due to withdrawal: 0, 1, 2, 4. */
    BONE_OR_JOINT_ACHES(false, 0, 1, 2, 4),
    /** 6. Runny nose or tearing, not due to a cold or allergy: 0, 1, 2, 4. */
    RUNNY_NOSE_OR_TEARING(true, 0, 1, 2, 4),
    /** 7. GI upset over the past half hour: 0, 1, 2, 3, 5. */
    GI_UPSET(false, 0, 1, 2, 3, 5),
    /** 8. Tremor of outstretched hands: 0, 1, 2, 4. */
    TREMOR(true, 0, 1, 2, 4),
    /** 9. Yawning during the assessment: 0, 1, 2, 4. */
    YAWNING(true, 0, 1, 2, 4),
    /** 10. Anxiety or irritability: 0, 1, 2, 4. */
    ANXIETY_OR_IRRITABILITY(false, 0, 1, 2, 4),
    /** 11. Gooseflesh skin: 0, 3, 5. */
    GOOSEFLESH(true, 0, 3, 5);

    private final boolean objective;
    private final SortedSet<Integer> allowedScores;

    CowsItem(boolean objective, int... scores) {
        this.objective = objective;
        TreeSet<Integer> set = new TreeSet<>();
        for (int s : scores) {
            set.add(s);
        }
        this.allowedScores = Collections.unmodifiableSortedSet(set);
    }

    /**
     * Returns the allowed scores, ascending.
     *
     * @return the scores, not null
     */
    public Set<Integer> allowedScores() {
        return allowedScores;
    }

    /**
     * Returns the highest allowed score.
     *
     * @return the maximum
     */
    public int maximumScore() {
        return allowedScores.last();
    }

    /**
     * Checks if a score is one of this item's anchors.
     *
     * @param score  the score
     * @return true if allowed
     */
    public boolean allows(int score) {
        return allowedScores.contains(score);
    }

    /**
     * Checks if the rater observes this item (an objective sign).
     *
     * @return true if objective
     */
    public boolean isObjective() {
        return objective;
    }

    /**
     * Returns the item number, 1 to 11.
     *
     * @return the number
     */
    public int number() {
        return ordinal() + 1;
    }
}
