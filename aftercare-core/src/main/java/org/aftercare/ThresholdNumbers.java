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
 * A threshold's applied form, with its value written as text, is made when a report first lists it: a timeline
 * numbers the thresholds of every date and layer, most of which no report lists.
 *
 * @implSpec This class is thread-safe. The applied forms are made on first use and kept without a lock: each is
 * immutable, so a thread that reads one sees it whole, and one that misses it makes an equal one.
 */
final class ThresholdNumbers {
    /** No thresholds numbered. */
    static final ThresholdNumbers NONE = new ThresholdNumbers(new ResolvedThreshold<?>[0], new int[0], new int[0]);

    /** The thresholds by number. */
    private final ResolvedThreshold<?>[] byNumber;
    /** The numbers in report order. */
    private final int[] inOrder;
    /** Each number's place in report order: {@code inOrder[places[n]] == n}. */
    private final int[] places;
    /** The applied form of each number, made on first use. */
    private final AppliedThreshold[] applied;

    private ThresholdNumbers(ResolvedThreshold<?>[] byNumber, int[] inOrder, int[] places) {
        this.byNumber = byNumber;
        this.inOrder = inOrder;
        this.places = places;
        this.applied = new AppliedThreshold[byNumber.length];
    }

    /**
     * Returns these numbers and new ones for the thresholds not numbered yet, each new one placed among the others
     * by a binary search in report order.
     *
     * @param thresholds  the thresholds to number, not null
     * @return the numbers, this when every threshold has one already
     */
    ThresholdNumbers with(List<? extends ResolvedThreshold<?>> thresholds) {
        ResolvedThreshold<?>[] numbered = byNumber;
        int[] order = inOrder;
        int count = byNumber.length;
        for (ResolvedThreshold<?> t : thresholds) {
            if (indexOf(numbered, count, t) >= 0) {
                continue;
            }
            if (numbered == byNumber) {
                numbered = Arrays.copyOf(byNumber, count + thresholds.size());
                order = Arrays.copyOf(inOrder, count + thresholds.size());
            }
            int place = placeOf(numbered, order, count, t);
            System.arraycopy(order, place, order, place + 1, count - place);
            order[place] = count;
            numbered[count++] = t;
        }
        if (numbered == byNumber) {
            return this;
        }
        int[] placeOf = new int[count];
        for (int place = 0; place < count; place++) {
            placeOf[order[place]] = place;
        }
        ThresholdNumbers grown = new ThresholdNumbers(Arrays.copyOf(numbered, count), Arrays.copyOf(order, count),
                placeOf);
        System.arraycopy(applied, 0, grown.applied, 0, applied.length); // the forms made so far carry over
        return grown;
    }

    /** Where a threshold not numbered yet goes among the first {@code count} numbers in report order. */
    private static int placeOf(ResolvedThreshold<?>[] numbered, int[] order, int count, ResolvedThreshold<?> t) {
        int low = 0;
        int high = count;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (compareInReportOrder(numbered[order[mid]], t) < 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /**
     * {@link Evaluation}'s order of applied thresholds, on resolved thresholds: so the value is not written as text
     * to number a threshold.
     */
    private static int compareInReportOrder(ResolvedThreshold<?> a, ResolvedThreshold<?> b) {
        return Evaluation.compareApplied(CodeOrder.of(a.key().name()), a.layer(), a.threshold().period(),
                CodeOrder.of(b.key().name()), b.layer(), b.threshold().period());
    }

    /**
     * Returns the number of a threshold numbered here.
     *
     * @param threshold  the threshold, not null
     * @return its number
     * @throws IllegalArgumentException if it has none
     */
    int numberOf(ResolvedThreshold<?> threshold) {
        int found = indexOf(byNumber, byNumber.length, threshold);
        if (found < 0) {
            throw new IllegalArgumentException("Not numbered: " + threshold.key().name());
        }
        return found;
    }

    /** The index of the threshold with the same key, layer and period among the first {@code count}, or -1. */
    private static int indexOf(ResolvedThreshold<?>[] numbered, int count, ResolvedThreshold<?> threshold) {
        for (int i = 0; i < count; i++) {
            ResolvedThreshold<?> a = numbered[i];
            if (a.key().name().equals(threshold.key().name()) && a.layer().equals(threshold.layer())
                    && a.threshold().period().equals(threshold.threshold().period())) {
                return i;
            }
        }
        return -1;
    }

    /** Returns how many thresholds are numbered. */
    int size() {
        return byNumber.length;
    }

    /** Returns the applied form of the threshold with a number, made on first use. */
    AppliedThreshold applied(int number) {
        AppliedThreshold made = applied[number];
        if (made == null) {
            made = AppliedThreshold.of(byNumber[number]);
            applied[number] = made;
        }
        return made;
    }

    /** Returns a number's place in report order. */
    int place(int number) {
        return places[number];
    }
}
