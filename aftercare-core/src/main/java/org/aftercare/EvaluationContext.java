package org.aftercare;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
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
     * changes at its transitions (twice a year for daylight saving time), and the evaluations of a batch fall mostly
     * between the same two transitions of a few zones, so the offset found for an instant is kept with the span it
     * holds for (from the zone's previous transition to its next) and reused for instants inside that span; the
     * zone's rules (a cache lookup and a transition search for every year after the last historic transition) are
     * consulted only outside it. A direct-mapped table of {@value #SLOTS} immutable entries by the zone's hash:
     * bounded, and safe to read and replace from any thread without locks (a lost write costs a lookup).
     */
    static final class ZoneDates {
        static final int SLOTS = 16;
        private static final long SECONDS_PER_DAY = 86_400;
        private static final Span[] SPANS = new Span[SLOTS];

        private ZoneDates() {
        }

        /** An offset that holds from {@code from} (inclusive) to {@code to} (exclusive), in epoch seconds. */
        private static final class Span {
            final ZoneId zone;
            final long from;
            final long to;
            final int offsetSeconds;

            Span(ZoneId zone, long from, long to, int offsetSeconds) {
                this.zone = zone;
                this.from = from;
                this.to = to;
                this.offsetSeconds = offsetSeconds;
            }
        }

        static LocalDate dateOf(Instant instant, ZoneId zone) {
            long second = instant.getEpochSecond();
            if (zone instanceof ZoneOffset fixed) {
                return epochDate(second, fixed.getTotalSeconds());
            }
            int slot = zone.hashCode() & (SLOTS - 1);
            Span span = SPANS[slot];
            if (span == null || second < span.from || second >= span.to || !span.zone.equals(zone)) {
                span = spanOf(instant, zone);
                SPANS[slot] = span;
            }
            return epochDate(second, span.offsetSeconds);
        }

        private static Span spanOf(Instant instant, ZoneId zone) {
            ZoneRules rules = zone.getRules();
            int offset = rules.getOffset(instant).getTotalSeconds();
            if (rules.isFixedOffset()) {
                return new Span(zone, Long.MIN_VALUE, Long.MAX_VALUE, offset);
            }
            ZoneOffsetTransition previous = rules.previousTransition(instant);
            ZoneOffsetTransition next = rules.nextTransition(instant);
            // previousTransition skips a transition at the very instant: start the span at the instant then
            long from = previous != null && previous.getOffsetAfter().getTotalSeconds() == offset
                    ? previous.toEpochSecond() : instant.getEpochSecond();
            return new Span(zone, from, next == null ? Long.MAX_VALUE : next.toEpochSecond(), offset);
        }

        private static LocalDate epochDate(long second, int offsetSeconds) {
            return LocalDate.ofEpochDay(Math.floorDiv(second + offsetSeconds, SECONDS_PER_DAY));
        }
    }
}
