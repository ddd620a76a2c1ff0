package org.aftercare.incentive;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The treatment day of instants in a clinic's zone, such as 2026-01-07 for 2026-01-07T14:30Z in
 * America/New_York: always {@code LocalDate.ofInstant(instant, zone)}.
 *
 * <p>A zone's offset only changes at its transitions (twice a year for daylight saving time), and a history's
 * samples come mostly in order, so the offset found for one instant is kept with the span it holds for (between
 * two transitions) and reused while the next instants fall in that span. The transitions of a zone from
 * {@value #FIRST_YEAR} to {@value #END_YEAR} are listed once and shared by every computation in that zone (a few
 * kilobytes a zone, for at most {@value #MAX_ZONES} zones), so a span is found by a binary search instead of by
 * asking the zone's rules; instants outside those years, or in other zones once the table is full, ask the rules.
 * Not thread-safe: one instance serves one ledger computation.
 */
final class TreatmentDays {
    private static final long SECONDS_PER_DAY = 86_400;
    /** The years whose transitions are listed. */
    static final int FIRST_YEAR = 1900;
    static final int END_YEAR = 2100;
    /** The most zones with a list of transitions. */
    static final int MAX_ZONES = 64;
    private static final long TABLE_FROM = LocalDate.of(FIRST_YEAR, 1, 1).toEpochDay() * SECONDS_PER_DAY;
    private static final long TABLE_UNTIL = LocalDate.of(END_YEAR, 1, 1).toEpochDay() * SECONDS_PER_DAY;
    private static final ConcurrentMap<ZoneId, Transitions> TABLES = new ConcurrentHashMap<>();

    /**
     * The transitions of a zone between {@link #TABLE_FROM} and {@link #TABLE_UNTIL}: the offset before the first,
     * and each transition's epoch second with the offset from then on.
     */
    private record Transitions(int offsetBefore, long[] seconds, int[] offsetsAfter) {

        static Transitions of(ZoneRules rules) {
            Instant from = Instant.ofEpochSecond(TABLE_FROM);
            int before = rules.getOffset(from).getTotalSeconds();
            long[] seconds = new long[16];
            int[] offsets = new int[16];
            int n = 0;
            for (ZoneOffsetTransition t = rules.nextTransition(from); t != null && t.toEpochSecond() < TABLE_UNTIL;
                    t = rules.nextTransition(t.getInstant())) {
                if (n == seconds.length) {
                    seconds = Arrays.copyOf(seconds, n * 2);
                    offsets = Arrays.copyOf(offsets, n * 2);
                }
                seconds[n] = t.toEpochSecond();
                offsets[n] = t.getOffsetAfter().getTotalSeconds();
                n++;
            }
            return new Transitions(before, Arrays.copyOf(seconds, n), Arrays.copyOf(offsets, n));
        }
    }

    private final ZoneId zone;
    private final ZoneRules rules;
    private final Transitions table;
    /** The offset, in seconds, that holds for instants from {@link #spanStart} (inclusive) to {@link #spanEnd}. */
    private int offsetSeconds;
    private long spanStart = Long.MAX_VALUE;
    private long spanEnd = Long.MIN_VALUE;

    TreatmentDays(ZoneId zone) {
        this.zone = zone;
        this.rules = zone.getRules();
        this.table = tableOf(zone, rules);
    }

    /** Returns the zone's shared list of transitions, made on first use, or null once {@link #MAX_ZONES} are kept. */
    private static Transitions tableOf(ZoneId zone, ZoneRules rules) {
        Transitions found = TABLES.get(zone);
        if (found == null && TABLES.size() < MAX_ZONES) {
            found = Transitions.of(rules);
            Transitions raced = TABLES.putIfAbsent(zone, found);
            found = raced != null ? raced : found;
        }
        return found;
    }

    /**
     * Returns the date of an instant in the zone.
     *
     * @param instant  the instant, not null
     */
    LocalDate dateOf(Instant instant) {
        long second = instant.getEpochSecond();
        if (second < spanStart || second >= spanEnd) {
            if (table != null && second >= TABLE_FROM && second < TABLE_UNTIL) {
                // the last transition at or before the instant: its offset holds until the next one
                int found = Arrays.binarySearch(table.seconds, second);
                int last = found >= 0 ? found : -found - 2;
                offsetSeconds = last < 0 ? table.offsetBefore : table.offsetsAfter[last];
                spanStart = last < 0 ? TABLE_FROM : table.seconds[last];
                spanEnd = last + 1 < table.seconds.length ? table.seconds[last + 1] : TABLE_UNTIL;
            } else {
                offsetSeconds = rules.getOffset(instant).getTotalSeconds();
                ZoneOffsetTransition next = rules.nextTransition(instant);
                spanStart = second;
                spanEnd = next == null ? Long.MAX_VALUE : next.toEpochSecond();
            }
        }
        return LocalDate.ofEpochDay(Math.floorDiv(second + offsetSeconds, SECONDS_PER_DAY));
    }

    /**
     * Returns the treatment day of an event: its date, or for a drug test the date of its instant in the zone.
     *
     * @param event  the event, not null
     */
    LocalDate dateOf(IncentiveEvent event) {
        return event instanceof IncentiveEvent.SampleResult s ? dateOf(s.test().collectedAt()) : event.dateIn(zone);
    }
}
