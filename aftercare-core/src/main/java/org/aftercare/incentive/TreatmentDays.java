package org.aftercare.incentive;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import org.aftercare.internal.ZoneOffsets;

/**
 * The treatment day of instants in a clinic's zone, such as 2026-01-07 for 2026-01-07T14:30Z in
 * America/New_York: always {@code LocalDate.ofInstant(instant, zone)}.
 *
 * <p>A zone's offset only changes at its transitions (twice a year for daylight saving time), and a history's
 * samples come mostly in order, so the offset found for one instant is kept with the span it holds for (between
 * two transitions) and reused while the next instants fall in that span; a span is found in the zone's listed
 * transitions ({@link ZoneOffsets}) by a binary search instead of by asking the zone's rules, and instants outside
 * the listed years ask the rules.
 * Not thread-safe: one instance serves one ledger computation.
 */
final class TreatmentDays {
    private static final long SECONDS_PER_DAY = 86_400;

    private final ZoneId zone;
    private final ZoneOffsets offsets;
    /** The offset, in seconds, that holds for instants from {@link #spanStart} (inclusive) to {@link #spanEnd}. */
    private int offsetSeconds;
    private long spanStart = Long.MAX_VALUE;
    private long spanEnd = Long.MIN_VALUE;

    TreatmentDays(ZoneId zone) {
        this.zone = zone;
        this.offsets = ZoneOffsets.of(zone);
    }

    /**
     * Returns the date of an instant in the zone.
     *
     * @param instant  the instant, not null
     */
    LocalDate dateOf(Instant instant) {
        long second = instant.getEpochSecond();
        if (second < spanStart || second >= spanEnd) {
            if (offsets.isListed(second)) {
                ZoneOffsets.Span span = offsets.listedSpanOf(second);
                offsetSeconds = span.offsetSeconds();
                spanStart = span.from();
                spanEnd = span.until();
            } else {
                ZoneRules rules = offsets.rules();
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
