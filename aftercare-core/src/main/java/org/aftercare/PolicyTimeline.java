package org.aftercare;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * One key of one {@link Policy}, resolved once for every date: the dates on which any layer's threshold for the
 * key starts or stops cut time into segments, and within a segment every lookup has the same answer. Lookups are
 * a binary search over those dates and allocate nothing, where resolving layer by layer scanned every layer and
 * built a new {@link ResolvedThreshold} each time (rules resolve thresholds for every event of a ledger and every
 * rule of every evaluation).
 *
 * <p>Built from the same {@link PolicyLayer#inForce} lookups as the plain path, on one date per segment, so both
 * give equal answers on every date (a property test checks it).
 *
 * @param <T> the value type
 * @implSpec This class is immutable and thread-safe.
 */
final class PolicyTimeline<T> {
    /** Stands for a key no layer sets: it resolves to nothing on every date. */
    static final PolicyTimeline<Object> NONE = new PolicyTimeline<>(new LocalDate[0], List.of(Optional.empty()),
            List.of(List.of()), ThresholdNumbers.NONE, new int[][] {new int[0]});

    /** Segment {@code i} starts at {@code starts[i - 1]} (segment 0 at the beginning of time). */
    private final LocalDate[] starts;
    /** {@link #starts} as epoch days, for callers that count days as numbers. */
    private final long[] startDays;
    /** Each segment's topmost threshold, in an array rather than a list: a read follows one reference fewer. */
    private final Optional<ResolvedThreshold<T>>[] topmost;
    private final List<List<ResolvedThreshold<T>>> everyLayer;
    /** The policy's numbers as they stood once this key's thresholds had theirs: they hold every number below. */
    private final ThresholdNumbers numbers;
    /** The number of each segment's topmost threshold, or -1 where the segment has none. */
    private final int[] topmostNumbers;
    /** The numbers of each segment's thresholds in every layer, in step with {@link #everyLayer}. */
    private final int[][] everyLayerNumbers;

    private PolicyTimeline(LocalDate[] starts, List<Optional<ResolvedThreshold<T>>> topmost,
            List<List<ResolvedThreshold<T>>> everyLayer, ThresholdNumbers numbers, int[][] everyLayerNumbers) {
        this.starts = starts;
        this.startDays = new long[starts.length];
        for (int i = 0; i < starts.length; i++) {
            startDays[i] = starts[i].toEpochDay();
        }
        @SuppressWarnings("unchecked")
        Optional<ResolvedThreshold<T>>[] bySegment = topmost.toArray(new Optional[0]);
        this.topmost = bySegment;
        this.everyLayer = everyLayer;
        this.numbers = numbers;
        this.everyLayerNumbers = everyLayerNumbers;
        this.topmostNumbers = new int[bySegment.length];
        for (int segment = 0; segment < bySegment.length; segment++) {
            int[] numbered = everyLayerNumbers[segment];
            // the topmost threshold is the last layer's with one
            topmostNumbers[segment] = numbered.length == 0 ? -1 : numbered[numbered.length - 1];
        }
    }

    /**
     * Resolves a key in the layers (base first) once per segment, and has its thresholds numbered.
     *
     * @param numbering  numbers the thresholds (the policy's numbering), returning the numbers after
     */
    static <T> PolicyTimeline<T> of(PolicyKey<T> key, List<PolicyLayer> layers,
            Function<List<ResolvedThreshold<?>>, ThresholdNumbers> numbering) {
        TreeSet<LocalDate> cuts = new TreeSet<>();
        for (PolicyLayer layer : layers) {
            for (Threshold<?> t : layer.thresholdsOf(key)) {
                t.period().start().ifPresent(cuts::add);
                t.period().end().ifPresent(cuts::add);
            }
        }
        LocalDate[] starts = cuts.toArray(LocalDate[]::new);
        List<Optional<ResolvedThreshold<T>>> topmost = new ArrayList<>(starts.length + 1);
        List<List<ResolvedThreshold<T>>> everyLayer = new ArrayList<>(starts.length + 1);
        List<ResolvedThreshold<?>> numbered = new ArrayList<>();
        for (int segment = 0; segment <= starts.length; segment++) {
            List<ResolvedThreshold<T>> found = segment == 0 && starts.length > 0 && starts[0].equals(LocalDate.MIN)
                    ? List.of() // an empty first segment: no date precedes LocalDate.MIN
                    : inEveryLayer(key, layers, representative(starts, segment));
            everyLayer.add(found);
            topmost.add(found.isEmpty() ? Optional.empty() : Optional.of(found.get(found.size() - 1)));
            numbered.addAll(found);
        }
        ThresholdNumbers numbers = numbering.apply(numbered);
        int[][] everyLayerNumbers = new int[everyLayer.size()][];
        for (int segment = 0; segment < everyLayerNumbers.length; segment++) {
            List<ResolvedThreshold<T>> found = everyLayer.get(segment);
            int[] inSegment = new int[found.size()];
            for (int i = 0; i < inSegment.length; i++) {
                inSegment[i] = numbers.numberOf(found.get(i));
            }
            everyLayerNumbers[segment] = inSegment;
        }
        return new PolicyTimeline<>(starts, List.copyOf(topmost), List.copyOf(everyLayer), numbers,
                everyLayerNumbers);
    }

    /** A date inside a segment: its first date, or for the open first segment the day before the first cut. */
    private static LocalDate representative(LocalDate[] starts, int segment) {
        if (segment > 0) {
            return starts[segment - 1];
        }
        return starts.length == 0 ? LocalDate.EPOCH : starts[0].minusDays(1);
    }

    private static <T> List<ResolvedThreshold<T>> inEveryLayer(PolicyKey<T> key, List<PolicyLayer> layers,
            LocalDate date) {
        List<ResolvedThreshold<T>> found = new ArrayList<>();
        for (PolicyLayer layer : layers) {
            layer.inForce(key, date).ifPresent(t -> found.add(new ResolvedThreshold<>(t, layer.name())));
        }
        return List.copyOf(found);
    }

    /** The threshold of the topmost layer with one in force on the date. */
    Optional<ResolvedThreshold<T>> resolve(LocalDate date) {
        return topmost[segmentOf(date)];
    }

    /** The threshold of the topmost layer with one in force on the day, counted from the epoch. */
    Optional<ResolvedThreshold<T>> resolve(long epochDay) {
        return topmost[segmentOf(epochDay)];
    }

    /** The thresholds of every layer with one in force on the date, base first. */
    List<ResolvedThreshold<T>> resolveAll(LocalDate date) {
        return everyLayer.get(segmentOf(date));
    }

    /** The threshold of the topmost layer with one in force in a segment (see {@link #segmentOf(LocalDate)}). */
    Optional<ResolvedThreshold<T>> topmost(int segment) {
        return topmost[segment];
    }

    /** The number of {@link #topmost(int)} in {@link #numbers()}, or -1 when the segment has none. */
    int topmostNumber(int segment) {
        return topmostNumbers[segment];
    }

    /** The thresholds of every layer with one in force in a segment, base first. */
    List<ResolvedThreshold<T>> everyLayer(int segment) {
        return everyLayer.get(segment);
    }

    /** The numbers of {@link #everyLayer(int)} in {@link #numbers()}, in step. */
    int[] everyLayerNumbers(int segment) {
        return everyLayerNumbers[segment];
    }

    /** The policy's numbers as they stood once this key's thresholds had theirs. */
    ThresholdNumbers numbers() {
        return numbers;
    }

    /**
     * The segment a date falls in: the number of cuts on or before it. A binary search written out over the dates
     * (through {@code Arrays.binarySearch} each comparison is a call through {@code Comparable}).
     */
    int segmentOf(LocalDate date) {
        int low = 0;
        int high = starts.length - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int c = starts[mid].compareTo(date);
            if (c < 0) {
                low = mid + 1;
            } else if (c > 0) {
                high = mid - 1;
            } else {
                return mid + 1;
            }
        }
        return low;
    }

    /** {@link #segmentOf(LocalDate)} of a date as an epoch day: the same binary search over numbers. */
    int segmentOf(long epochDay) {
        long[] days = startDays;
        int low = 0;
        int high = days.length - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            long start = days[mid];
            if (start < epochDay) {
                low = mid + 1;
            } else if (start > epochDay) {
                high = mid - 1;
            } else {
                return mid + 1;
            }
        }
        return low;
    }
}
