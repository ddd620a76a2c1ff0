package org.aftercare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The as-of date: {@code LocalDate.ofInstant} whatever the zone, at and around offset transitions. */
class EvaluationContextTest {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId CHATHAM = ZoneId.of("Pacific/Chatham");
    // 2026-03-08T07:00:00Z: New York goes from UTC-5 to UTC-4 (02:00 local becomes 03:00)
    private static final Instant SPRING_FORWARD = Instant.parse("2026-03-08T07:00:00Z");
    // 2026-11-01T06:00:00Z: New York goes back from UTC-4 to UTC-5
    private static final Instant FALL_BACK = Instant.parse("2026-11-01T06:00:00Z");

    private static LocalDate asOfDate(Instant instant, ZoneId zone) {
        return EvaluationContext.of(instant, zone, Policy.of("p", List.of(PolicyTest.base()))).asOfDate();
    }

    @Test
    void theDateAtEachSideOfATransitionIsTheDateOfTheInstantInTheZone() {
        // 2026-11-01T04:00Z is 00:00 EDT on 1 November; 2026-11-01T04:59:59Z is still 1 November
        for (long delta : new long[] {-1, 0, 1, -3600, 3600, -5 * 3600, -4 * 3600 - 1, -4 * 3600, 86_400 * 30}) {
            Instant at = FALL_BACK.plusSeconds(delta);
            assertThat(asOfDate(at, NEW_YORK)).as("%s", at).isEqualTo(LocalDate.ofInstant(at, NEW_YORK));
            Instant spring = SPRING_FORWARD.plusSeconds(delta);
            assertThat(asOfDate(spring, NEW_YORK)).as("%s", spring).isEqualTo(LocalDate.ofInstant(spring, NEW_YORK));
        }
    }

    @Test
    void anInstantJustBeforeMidnightAfterTheTransitionUsesTheNewOffset() {
        // 2026-03-09T03:59:59Z is 23:59:59 EDT on 8 March (it would be 22:59:59 on 8 March at the old offset too),
        // 2026-03-09T04:00:00Z is 00:00 EDT on 9 March but 23:00 EST on 8 March: only the new offset gives 9 March
        assertThat(asOfDate(Instant.parse("2026-03-09T03:59:59Z"), NEW_YORK)).isEqualTo(LocalDate.of(2026, 3, 8));
        assertThat(asOfDate(Instant.parse("2026-03-09T04:00:00Z"), NEW_YORK)).isEqualTo(LocalDate.of(2026, 3, 9));
        // and back: the old offset again before the transition
        assertThat(asOfDate(Instant.parse("2026-03-08T04:59:59Z"), NEW_YORK)).isEqualTo(LocalDate.of(2026, 3, 7));
        assertThat(asOfDate(Instant.parse("2026-03-08T05:00:00Z"), NEW_YORK)).isEqualTo(LocalDate.of(2026, 3, 8));
        // after the next transition (November), the offset found for March does not hold
        assertThat(asOfDate(Instant.parse("2026-11-02T04:30:00Z"), NEW_YORK)).isEqualTo(LocalDate.of(2026, 11, 1));
    }

    @Test
    void anInstantExactlyOnATransitionStartsItsOwnSpan() {
        // first the instant of the transition itself, then one second before it (before the span found first)
        assertThat(asOfDate(FALL_BACK, NEW_YORK)).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(asOfDate(Instant.parse("2026-11-01T03:59:59Z"), NEW_YORK)).isEqualTo(LocalDate.of(2026, 10, 31));
        assertThat(asOfDate(Instant.parse("2026-11-01T05:00:00Z"), NEW_YORK)).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(asOfDate(Instant.parse("2026-11-02T04:59:59Z"), NEW_YORK)).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(asOfDate(Instant.parse("2026-11-02T05:00:00Z"), NEW_YORK)).isEqualTo(LocalDate.of(2026, 11, 2));
    }

    @Test
    void zonesSharingATableSlotDoNotBorrowEachOthersOffset() {
        Instant at = Instant.parse("2024-04-01T11:30:00Z");
        // Pacific/Chatham is UTC+13:45 until 7 April 2024: already 2 April; New York is still 1 April
        for (int i = 0; i < 3; i++) {
            assertThat(asOfDate(at, CHATHAM)).isEqualTo(LocalDate.of(2024, 4, 2));
            assertThat(asOfDate(at, NEW_YORK)).isEqualTo(LocalDate.of(2024, 4, 1));
            for (String id : ZoneId.getAvailableZoneIds().stream().sorted().limit(40).toList()) {
                ZoneId zone = ZoneId.of(id);
                assertThat(asOfDate(at, zone)).as(id).isEqualTo(LocalDate.ofInstant(at, zone));
            }
        }
    }

    @Test
    void fixedOffsetsAndZonesWithoutTransitions() {
        Instant at = Instant.parse("2026-06-30T23:30:00Z");
        assertThat(asOfDate(at, ZoneOffset.UTC)).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(asOfDate(at, ZoneOffset.ofHours(1))).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(asOfDate(at, ZoneOffset.ofHoursMinutes(-9, -30))).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(asOfDate(at, ZoneId.of("Etc/GMT-1"))).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(asOfDate(at, ZoneId.of("UTC"))).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(asOfDate(Instant.parse("-1000-01-01T00:00:00Z"), NEW_YORK))
                .isEqualTo(LocalDate.ofInstant(Instant.parse("-1000-01-01T00:00:00Z"), NEW_YORK));
        assertThat(asOfDate(Instant.parse("9999-12-31T23:00:00Z"), NEW_YORK))
                .isEqualTo(LocalDate.ofInstant(Instant.parse("9999-12-31T23:00:00Z"), NEW_YORK));
    }

    @Test
    void instantsBeyondTheDateRangeAreRejectedAsLocalDateRejectsThem() {
        assertThatThrownBy(() -> asOfDate(Instant.MAX, ZoneOffset.ofHours(18))).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> LocalDate.ofInstant(Instant.MAX, ZoneOffset.ofHours(18)))
                .isInstanceOf(DateTimeException.class);
    }

    @Test
    void instantsYearsApartInOneZoneEachGetTheirOwnOffsets() {
        // more than the window of transitions listed around the first instant, back and forth
        String[] instants = {"2026-07-01T03:30:00Z", "2031-01-15T04:30:00Z", "2026-07-01T03:30:00Z",
            "2024-01-01T04:59:59Z", "2024-01-01T05:00:00Z", "1970-01-01T04:59:59Z", "2100-06-30T03:59:59Z",
            "2100-06-30T04:00:00Z", "2028-03-12T06:59:59Z", "2028-03-12T07:00:00Z"};
        for (int round = 0; round < 2; round++) {
            for (String text : instants) {
                Instant at = Instant.parse(text);
                assertThat(asOfDate(at, NEW_YORK)).as(text).isEqualTo(LocalDate.ofInstant(at, NEW_YORK));
            }
        }
        assertThat(asOfDate(Instant.parse("2100-06-30T03:59:59Z"), NEW_YORK)).isEqualTo(LocalDate.of(2100, 6, 29));
        assertThat(asOfDate(Instant.parse("2100-06-30T04:00:00Z"), NEW_YORK)).isEqualTo(LocalDate.of(2100, 6, 30));
    }

    @Test
    void theEarliestAndLatestInstantsAreRejectedOrDatedAsLocalDateDoes() {
        assertThatThrownBy(() -> asOfDate(Instant.MIN, NEW_YORK)).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> LocalDate.ofInstant(Instant.MIN, NEW_YORK)).isInstanceOf(DateTimeException.class);
        Instant late = LocalDate.MAX.atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(3600 * 23);
        assertThat(asOfDate(late, NEW_YORK)).isEqualTo(LocalDate.ofInstant(late, NEW_YORK));
        Instant early = LocalDate.MIN.atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(3600 * 6);
        assertThat(asOfDate(early, NEW_YORK)).isEqualTo(LocalDate.ofInstant(early, NEW_YORK));
    }
}
