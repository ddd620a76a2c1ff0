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
 * the listed years ask the rules. The date of the last day found is kept too: a history's next sample is usually a
 * few days on, and {@link LocalDate#plusDays} makes a date in the same or the next month straight from the last
 * date's fields, without the calendar arithmetic of {@link LocalDate#ofEpochDay} (the same date either way).
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

    /** The epoch day of the date last returned, and that date (null before the first). */
    private long lastDay;
    private LocalDate lastDate;

    /**
     * Returns the date of an instant in the zone.
     *
     * @param instant  the instant, not null
     */
    LocalDate dateOf(Instant instant) {
        return dateOfDay(epochDayOf(instant));
    }

    /**
     * Returns the epoch day of an instant in the zone: {@code LocalDate.ofInstant(instant, zone).toEpochDay()}.
     *
     * @param instant  the instant, not null
     */
    long epochDayOf(Instant instant) {
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
        return Math.floorDiv(second + offsetSeconds, SECONDS_PER_DAY);
    }

    /**
     * Returns the date of an epoch day, {@code LocalDate.ofEpochDay(day)}: the last date again for the same day, or
     * made from it when the day is up to 28 days later.
     *
     * @param day  the epoch day, within {@link LocalDate}'s range
     */
    LocalDate dateOfDay(long day) {
        LocalDate last = lastDate;
        long ahead = day - lastDay;
        LocalDate date;
        if (last != null && ahead == 0) {
            return last;
        } else if (last != null && ahead > 0 && ahead <= 28) {
            date = last.plusDays(ahead); // a day-of-month of at most 59: plusDays builds it from the fields
        } else {
            date = LocalDate.ofEpochDay(day);
        }
        lastDay = day;
        lastDate = date;
        return date;
    }

    /**
     * Returns the epoch day of an event's treatment day: of its date, or for a drug test of the date of its instant
     * in the zone.
     *
     * @param event  the event, not null
     */
    long epochDayOf(IncentiveEvent event) {
        return event instanceof IncentiveEvent.SampleResult s ? epochDayOf(s.test().collectedAt())
                : event.dateIn(zone).toEpochDay();
    }
}
