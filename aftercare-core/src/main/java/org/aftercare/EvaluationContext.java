package org.aftercare;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Arrays;
import java.util.Objects;

/**
 * When and under which policy an evaluation happens, such as
 * {@code as of 2026-03-02T15:00:00Z in America/New_York under us-default}.
 *
 * <p>Hour windows are compared as {@link Instant}s; treatment days are dates in the clinic's zone
 * ({@link #asOfDate()}). Nothing in aftercare reads the system clock: pass a {@link Clock} or an instant.
 *
 * @param asOf  the instant the evaluation is made as of, not null
 * @param zone  the clinic's time zone, not null
 * @param policy  the policy to read thresholds from, not null
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public record EvaluationContext(Instant asOf, ZoneId zone, Policy policy) {

    /** Validates the fields. */
    public EvaluationContext {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(policy, "policy");
    }

    /**
     * Obtains a context.
     *
     * @param asOf  the as-of instant, not null
     * @param zone  the clinic's zone, not null
     * @param policy  the policy, not null
     * @return the context, not null
     */
    public static EvaluationContext of(Instant asOf, ZoneId zone, Policy policy) {
        return new EvaluationContext(asOf, zone, policy);
    }

    /**
     * Obtains a context from a clock: its instant and its zone.
     *
     * @param clock  the clock, not null
     * @param policy  the policy, not null
     * @return the context, not null
     */
    public static EvaluationContext of(Clock clock, Policy policy) {
        Objects.requireNonNull(clock, "clock");
        return new EvaluationContext(clock.instant(), clock.getZone(), policy);
    }

    /**
     * Returns the as-of date in the clinic's zone.
     *
     * @return the date, not null
     */
    public LocalDate asOfDate() {
        return ZoneDates.dateOf(asOf, zone);
    }

    /**
     * The date of an instant in a zone, always {@code LocalDate.ofInstant(instant, zone)}. A zone's offset only
     * changes at its transitions (twice a year for daylight saving time), and the evaluations of a batch fall within
     * a few years of each other in a few zones, so the transitions of a zone {@value #WINDOW_DAYS} days either side
     * of an instant are listed once and reused for every instant inside that window; the zone's rules (for years
     * after the last historic transition, a cache lookup and a transition built per year) are consulted only
     * outside it. A direct-mapped table of {@value #SLOTS} immutable windows by the zone's hash: bounded, and safe
     * to read and replace from any thread without locks (a lost write costs a rebuild).
     */
    static final class ZoneDates {
        static final int SLOTS = 16;
        static final long WINDOW_DAYS = 800;
        private static final long SECONDS_PER_DAY = 86_400;
        private static final long MIN_SECOND = Instant.MIN.getEpochSecond();
        private static final long MAX_SECOND = Instant.MAX.getEpochSecond();
        private static final Window[] WINDOWS = new Window[SLOTS];

        private ZoneDates() {
        }

        /**
         * A zone's offsets from {@code from} (inclusive) to {@code to} (exclusive), in epoch seconds: offsets[i]
         * holds from transitions[i - 1] (or {@code from}) to transitions[i] (or {@code to}).
         */
        private static final class Window {
            final ZoneId zone;
            final long from;
            final long to;
            final long[] transitions;
            final int[] offsets;

            Window(ZoneId zone, long from, long to, long[] transitions, int[] offsets) {
                this.zone = zone;
                this.from = from;
                this.to = to;
                this.transitions = transitions;
                this.offsets = offsets;
            }

            int offsetAt(long second) {
                int i = 0;
                while (i < transitions.length && second >= transitions[i]) {
                    i++;
                }
                return offsets[i];
            }
        }

        static LocalDate dateOf(Instant instant, ZoneId zone) {
            long second = instant.getEpochSecond();
            if (zone instanceof ZoneOffset fixed) {
                return epochDate(second, fixed.getTotalSeconds());
            }
            int slot = zone.hashCode() & (SLOTS - 1);
            Window window = WINDOWS[slot];
            if (window == null || second < window.from || second >= window.to || !window.zone.equals(zone)) {
                window = windowAround(second, zone);
                WINDOWS[slot] = window;
            }
            return epochDate(second, window.offsetAt(second));
        }

        private static Window windowAround(long second, ZoneId zone) {
            ZoneRules rules = zone.getRules();
            long from = Math.max(MIN_SECOND, second - WINDOW_DAYS * SECONDS_PER_DAY);
            long to = Math.min(MAX_SECOND, second + WINDOW_DAYS * SECONDS_PER_DAY);
            long[] transitions = new long[8];
            int[] offsets = new int[9];
            int count = 0;
            offsets[0] = rules.getOffset(Instant.ofEpochSecond(from)).getTotalSeconds();
            ZoneOffsetTransition next = rules.isFixedOffset() ? null : rules.nextTransition(Instant.ofEpochSecond(from));
            while (next != null && next.toEpochSecond() < to) {
                if (count == transitions.length) {
                    transitions = Arrays.copyOf(transitions, count * 2);
                    offsets = Arrays.copyOf(offsets, count * 2 + 1);
                }
                transitions[count] = next.toEpochSecond();
                offsets[count + 1] = next.getOffsetAfter().getTotalSeconds();
                count++;
                next = rules.nextTransition(next.getInstant());
            }
            return new Window(zone, from, to, Arrays.copyOf(transitions, count), Arrays.copyOf(offsets, count + 1));
        }

        private static LocalDate epochDate(long second, int offsetSeconds) {
            return LocalDate.ofEpochDay(Math.floorDiv(second + offsetSeconds, SECONDS_PER_DAY));
        }
    }
}
