package org.aftercare;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import org.aftercare.internal.ZoneOffsets;

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
        return ZoneOffsets.dateOf(asOf, zone);
    }
}
