package org.aftercare;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

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
            List.of(List.of()));

    /** Segment {@code i} starts at {@code starts[i - 1]} (segment 0 at the beginning of time). */
    private final LocalDate[] starts;
    /** {@link #starts} as epoch days, for callers that count days as numbers. */
    private final long[] startDays;
    /** Each segment's topmost threshold, in an array rather than a list: a read follows one reference fewer. */
    private final Optional<ResolvedThreshold<T>>[] topmost;
    private final List<List<ResolvedThreshold<T>>> everyLayer;
    /**
     * Each segment's topmost threshold as the report lists it, made on first use (its value written as text):
     * entries are immutable, so a thread that reads one sees it whole, and one that misses it makes an equal one.
     */
    private final AppliedThreshold[] applied;

    private PolicyTimeline(LocalDate[] starts, List<Optional<ResolvedThreshold<T>>> topmost,
            List<List<ResolvedThreshold<T>>> everyLayer) {
        this.starts = starts;
        this.startDays = new long[starts.length];
        for (int i = 0; i < starts.length; i++) {
            startDays[i] = starts[i].toEpochDay();
        }
        @SuppressWarnings("unchecked")
        Optional<ResolvedThreshold<T>>[] bySegment = topmost.toArray(new Optional[0]);
        this.topmost = bySegment;
        this.everyLayer = everyLayer;
        this.applied = new AppliedThreshold[bySegment.length];
    }

    /** Resolves a key in the layers (base first) once per segment. */
    static <T> PolicyTimeline<T> of(PolicyKey<T> key, List<PolicyLayer> layers) {
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
        for (int segment = 0; segment <= starts.length; segment++) {
            List<ResolvedThreshold<T>> found = segment == 0 && starts.length > 0 && starts[0].equals(LocalDate.MIN)
                    ? List.of() // an empty first segment: no date precedes LocalDate.MIN
                    : inEveryLayer(key, layers, representative(starts, segment));
            everyLayer.add(found);
            topmost.add(found.isEmpty() ? Optional.empty() : Optional.of(found.get(found.size() - 1)));
        }
        return new PolicyTimeline<>(starts, List.copyOf(topmost), List.copyOf(everyLayer));
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

    /** {@link #topmost(int)} as an applied threshold; the segment must have one. */
    AppliedThreshold applied(int segment) {
        AppliedThreshold made = applied[segment];
        if (made == null) {
            made = AppliedThreshold.of(topmost[segment].orElseThrow());
            applied[segment] = made;
        }
        return made;
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
