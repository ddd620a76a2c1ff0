package org.aftercare;

import java.util.Arrays;
import java.util.List;

/**
 * The thresholds one {@link Policy} has handed out so far, each numbered once by key, layer and period, with each
 * number's place in report order. A rule context records the numbers of the thresholds it applies, and lists them
 * at the end by these places: no threshold is compared with another during an evaluation, and none is looked up by
 * key, layer and period.
 *
 * <p>A policy numbers a key's thresholds when it builds the key's {@link PolicyTimeline}, so numbers are given out
 * once per policy and key, and this set only grows: each timeline holds the set as it stood after its own
 * thresholds were numbered, and of two such sets the larger holds everything the smaller does, in the same order
 * (the order is total: two thresholds that rank alike have the same key, layer and period, and share a number).
 *
 * @implSpec This class is immutable and thread-safe.
 */
final class ThresholdNumbers {
    /** No thresholds numbered. */
    static final ThresholdNumbers NONE = new ThresholdNumbers(new AppliedThreshold[0], new int[0]);

    /** The applied thresholds by number. */
    private final AppliedThreshold[] byNumber;
    /** Each number's place in report order. */
    private final int[] places;

    private ThresholdNumbers(AppliedThreshold[] byNumber, int[] places) {
        this.byNumber = byNumber;
        this.places = places;
    }

    /**
     * Returns these numbers and new ones for the thresholds not numbered yet, in report order again.
     *
     * @param thresholds  the thresholds to number, not null
     * @return the numbers, this when every threshold has one already
     */
    ThresholdNumbers with(List<AppliedThreshold> thresholds) {
        AppliedThreshold[] grown = byNumber;
        int count = byNumber.length;
        for (AppliedThreshold t : thresholds) {
            if (indexOf(grown, count, t) < 0) {
                if (grown == byNumber) {
                    grown = Arrays.copyOf(byNumber, count + thresholds.size());
                }
                grown[count++] = t;
            }
        }
        if (grown == byNumber) {
            return this;
        }
        AppliedThreshold[] numbered = Arrays.copyOf(grown, count);
        Integer[] inOrder = new Integer[count];
        for (int i = 0; i < count; i++) {
            inOrder[i] = i;
        }
        Arrays.sort(inOrder, (a, b) -> Evaluation.compareApplied(numbered[a], CodeOrder.of(numbered[a].key()),
                numbered[b], CodeOrder.of(numbered[b].key())));
        int[] placeOf = new int[count];
        for (int place = 0; place < count; place++) {
            placeOf[inOrder[place]] = place;
        }
        return new ThresholdNumbers(numbered, placeOf);
    }

    /**
     * Returns the number of a threshold numbered here.
     *
     * @param threshold  the threshold, not null
     * @return its number
     * @throws IllegalArgumentException if it has none
     */
    int numberOf(AppliedThreshold threshold) {
        int found = indexOf(byNumber, byNumber.length, threshold);
        if (found < 0) {
            throw new IllegalArgumentException("Not numbered: " + threshold.key());
        }
        return found;
    }

    /** The index of the threshold with the same key, layer and period among the first {@code count}, or -1. */
    private static int indexOf(AppliedThreshold[] numbered, int count, AppliedThreshold threshold) {
        for (int i = 0; i < count; i++) {
            AppliedThreshold a = numbered[i];
            if (a.key().equals(threshold.key()) && a.layer().equals(threshold.layer())
                    && a.period().equals(threshold.period())) {
                return i;
            }
        }
        return -1;
    }

    /** Returns how many thresholds are numbered. */
    int size() {
        return byNumber.length;
    }

    /** Returns the applied threshold with a number. */
    AppliedThreshold applied(int number) {
        return byNumber[number];
    }

    /** Returns a number's place in report order. */
    int place(int number) {
        return places[number];
    }
}
