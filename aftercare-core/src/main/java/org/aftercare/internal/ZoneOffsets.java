package org.aftercare.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The offsets of a zone from UTC, listed once per zone: what turns an instant into a clinic's date, such as
 * 2026-01-07 for 2026-01-07T14:30Z in America/New_York, always as {@code LocalDate.ofInstant(instant, zone)} does.
 *
 * <p>A zone's offset only changes at its transitions (twice a year for daylight saving time). Asking the zone's
 * rules for an instant after its last historic transition costs a cache lookup and a transition built per year; the
 * transitions of a zone from {@value #FIRST_YEAR} to {@value #END_YEAR} are listed here once instead (a few kilobytes
 * a zone, for at most {@value #MAX_ZONES} zones, shared by every thread) and an offset is found from an index of
 * the transitions by stretch of time.
 * Instants outside those years, and zones beyond the bound, ask the rules. Not API.
 */
public final class ZoneOffsets {
    private static final long SECONDS_PER_DAY = 86_400;
    /** The years whose transitions are listed. */
    static final int FIRST_YEAR = 1900;
    static final int END_YEAR = 2100;
    /** The most zones with a list of transitions. */
    static final int MAX_ZONES = 64;
    static final long LISTED_FROM = LocalDate.of(FIRST_YEAR, 1, 1).toEpochDay() * SECONDS_PER_DAY;
    static final long LISTED_UNTIL = LocalDate.of(END_YEAR, 1, 1).toEpochDay() * SECONDS_PER_DAY;
    private static final ConcurrentMap<ZoneId, ZoneOffsets> LISTS = new ConcurrentHashMap<>();

    private final ZoneRules rules;
    /** False for a zone beyond the bound: nothing is listed, the rules answer. */
    private final boolean listed;
    /** The offset before the first listed transition, in seconds. */
    private final int offsetBefore;
    /** The listed transitions' epoch seconds, ascending, and the offset from each on. */
    private final long[] seconds;
    private final int[] offsetsAfter;
    /**
     * For each stretch of 2^{@value #STRETCH_BITS} seconds (about 97 days) from {@link #LISTED_FROM}, the index of
     * the last transition at or before its first second (-1 for none): a lookup starts there and steps over the
     * few transitions inside the stretch, where a binary search over the two centuries took nine guesses.
     */
    private final int[] lastBeforeStretch;
    static final int STRETCH_BITS = 23;

    private ZoneOffsets(ZoneRules rules, boolean listed, int offsetBefore, long[] seconds, int[] offsetsAfter) {
        this.rules = rules;
        this.listed = listed;
        this.offsetBefore = offsetBefore;
        this.seconds = seconds;
        this.offsetsAfter = offsetsAfter;
        this.lastBeforeStretch = new int[listed ? (int) ((LISTED_UNTIL - LISTED_FROM - 1) >> STRETCH_BITS) + 1 : 0];
        int last = -1;
        for (int stretch = 0; stretch < lastBeforeStretch.length; stretch++) {
            long first = LISTED_FROM + ((long) stretch << STRETCH_BITS);
            while (last + 1 < seconds.length && seconds[last + 1] <= first) {
                last++;
            }
            lastBeforeStretch[stretch] = last;
        }
    }

    /**
     * Returns the offsets of a zone: its shared list, made on first use, or (once {@value #MAX_ZONES} zones are
     * listed) a list of none, which asks the zone's rules for every instant.
     *
     * @param zone  the zone, not null
     * @return the offsets, not null
     */
    public static ZoneOffsets of(ZoneId zone) {
        ZoneOffsets found = LISTS.get(zone);
        if (found == null) {
            ZoneRules rules = zone.getRules();
            if (LISTS.size() >= MAX_ZONES) {
                return new ZoneOffsets(rules, false, 0, new long[0], new int[0]);
            }
            found = listed(rules);
            ZoneOffsets raced = LISTS.putIfAbsent(zone, found);
            found = raced != null ? raced : found;
        }
        return found;
    }

    private static ZoneOffsets listed(ZoneRules rules) {
        Instant from = Instant.ofEpochSecond(LISTED_FROM);
        int before = rules.getOffset(from).getTotalSeconds();
        long[] seconds = new long[16];
        int[] offsets = new int[16];
        int n = 0;
        for (ZoneOffsetTransition t = rules.nextTransition(from); t != null && t.toEpochSecond() < LISTED_UNTIL;
                t = rules.nextTransition(t.getInstant())) {
            if (n == seconds.length) {
                seconds = Arrays.copyOf(seconds, n * 2);
                offsets = Arrays.copyOf(offsets, n * 2);
            }
            seconds[n] = t.toEpochSecond();
            offsets[n] = t.getOffsetAfter().getTotalSeconds();
            n++;
        }
        return new ZoneOffsets(rules, true, before, Arrays.copyOf(seconds, n), Arrays.copyOf(offsets, n));
    }

    /**
     * Returns the date of an instant in a zone: {@code LocalDate.ofInstant(instant, zone)}.
     *
     * @param instant  the instant, not null
     * @param zone  the zone, not null
     * @return the date, not null
     * @throws java.time.DateTimeException if the date is beyond the range of {@code LocalDate}
     */
    public static LocalDate dateOf(Instant instant, ZoneId zone) {
        return LocalDate.ofEpochDay(epochDayOf(instant, zone));
    }

    /**
     * Returns the date of an instant in a zone as an epoch day, {@code LocalDate.ofInstant(instant, zone).toEpochDay()},
     * with no date built: for callers that count days as numbers.
     *
     * <pre>{@code
     * long day = ZoneOffsets.epochDayOf(Instant.parse("2026-03-02T04:30:00Z"), ZoneId.of("America/New_York"));
     * // 20513, the epoch day of 2026-03-01: it is still the evening before in New York
     * }</pre>
     *
     * @param instant  the instant, not null
     * @param zone  the zone, not null
     * @return the epoch day; it may lie beyond the range of {@code LocalDate} (which {@link #dateOf} rejects)
     */
    public static long epochDayOf(Instant instant, ZoneId zone) {
        long second = instant.getEpochSecond();
        if (zone instanceof ZoneOffset fixed) {
            return day(second, fixed.getTotalSeconds());
        }
        ZoneOffsets offsets = of(zone);
        return day(second, offsets.isListed(second) ? offsets.listedOffsetAt(second)
                : offsets.rules.getOffset(instant).getTotalSeconds());
    }

    /**
     * Returns the date of an instant in this zone: {@code LocalDate.ofInstant(instant, zone)}.
     *
     * @param instant  the instant, not null
     * @return the date, not null
     */
    public LocalDate dateOf(Instant instant) {
        long second = instant.getEpochSecond();
        return LocalDate.ofEpochDay(day(second, isListed(second) ? listedOffsetAt(second)
                : rules.getOffset(instant).getTotalSeconds()));
    }

    /**
     * Checks if an instant's offset is found in the list (its year is listed and the zone has a list).
     *
     * @param second  the instant's epoch second
     * @return true if {@link #listedSpanOf} answers for it
     */
    public boolean isListed(long second) {
        return listed && second >= LISTED_FROM && second < LISTED_UNTIL;
    }

    private int listedOffsetAt(long second) {
        int last = lastTransitionAtOrBefore(second);
        return last < 0 ? offsetBefore : offsetsAfter[last];
    }

    /** The index of the last listed transition at or before a listed second, or -1 when none is. */
    private int lastTransitionAtOrBefore(long second) {
        int last = lastBeforeStretch[(int) ((second - LISTED_FROM) >> STRETCH_BITS)];
        while (last + 1 < seconds.length && seconds[last + 1] <= second) {
            last++;
        }
        return last;
    }

    /**
     * Returns the listed span of seconds an instant's offset holds for, for callers that reuse an offset while
     * instants stay inside its span.
     *
     * @param second  an epoch second for which {@link #isListed} is true
     * @return the offset and its span, not null
     * @throws IllegalArgumentException if the second is not listed
     */
    public Span listedSpanOf(long second) {
        if (!isListed(second)) {
            throw new IllegalArgumentException("Epoch second " + second + " is not listed for this zone");
        }
        int last = lastTransitionAtOrBefore(second);
        return new Span(last < 0 ? offsetBefore : offsetsAfter[last], last < 0 ? LISTED_FROM : seconds[last],
                last + 1 < seconds.length ? seconds[last + 1] : LISTED_UNTIL);
    }

    /**
     * An offset and the span of epoch seconds it holds for.
     *
     * @param offsetSeconds  the offset from UTC, in seconds
     * @param from  the span's first second, inclusive
     * @param until  the second the span ends, exclusive
     */
    public record Span(int offsetSeconds, long from, long until) {
    }

    /**
     * Returns the zone's rules, for instants that are not listed.
     *
     * @return the rules, not null
     */
    public ZoneRules rules() {
        return rules;
    }

    private static long day(long second, int offsetSeconds) {
        return Math.floorDiv(second + offsetSeconds, SECONDS_PER_DAY);
    }
}
