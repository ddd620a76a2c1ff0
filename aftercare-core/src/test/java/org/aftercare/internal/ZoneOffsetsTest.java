package org.aftercare.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ZoneOffsetsTest {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId CHATHAM = ZoneId.of("Pacific/Chatham");

    private static void assertSameDates(ZoneId zone, List<Instant> instants) {
        ZoneOffsets offsets = ZoneOffsets.of(zone);
        for (Instant instant : instants) {
            LocalDate expected = LocalDate.ofInstant(instant, zone);
            assertThat(ZoneOffsets.dateOf(instant, zone)).as("%s in %s", instant, zone).isEqualTo(expected);
            assertThat(offsets.dateOf(instant)).as("%s in %s", instant, zone).isEqualTo(expected);
            assertThat(ZoneOffsets.epochDayOf(instant, zone)).as("%s in %s", instant, zone)
                    .isEqualTo(expected.toEpochDay());
        }
    }

    private static List<Instant> aroundTransitions(ZoneId zone, int fromYear, int toYear) {
        List<Instant> instants = new ArrayList<>();
        Instant at = LocalDate.of(fromYear, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = LocalDate.of(toYear, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
        for (ZoneOffsetTransition t = zone.getRules().nextTransition(at); t != null && t.getInstant().isBefore(end);
                t = zone.getRules().nextTransition(t.getInstant())) {
            for (long delta : new long[] {-86_400, -3_601, -1, 0, 1, 3_599, 86_399}) {
                instants.add(t.getInstant().plusSeconds(delta));
            }
        }
        return instants;
    }

    @Test
    void eachTransitionAndTheSecondsAroundItGiveTheDateOfTheInstantInTheZone() {
        assertSameDates(NEW_YORK, aroundTransitions(NEW_YORK, 2024, 2028));
        assertSameDates(CHATHAM, aroundTransitions(CHATHAM, 2024, 2028));
        assertSameDates(ZoneId.of("Europe/Dublin"), aroundTransitions(ZoneId.of("Europe/Dublin"), 1968, 1972));
    }

    @Test
    void theListedYearsEndWhereTheRulesTakeOver() {
        ZoneOffsets offsets = ZoneOffsets.of(NEW_YORK);
        assertThat(offsets.isListed(ZoneOffsets.LISTED_FROM - 1)).isFalse();
        assertThat(offsets.isListed(ZoneOffsets.LISTED_FROM)).isTrue();
        assertThat(offsets.isListed(ZoneOffsets.LISTED_UNTIL - 1)).isTrue();
        assertThat(offsets.isListed(ZoneOffsets.LISTED_UNTIL)).isFalse();
        assertSameDates(NEW_YORK, List.of(Instant.ofEpochSecond(ZoneOffsets.LISTED_FROM - 1),
                Instant.ofEpochSecond(ZoneOffsets.LISTED_FROM), Instant.ofEpochSecond(ZoneOffsets.LISTED_UNTIL - 1),
                Instant.ofEpochSecond(ZoneOffsets.LISTED_UNTIL)));
        assertSameDates(NEW_YORK, aroundTransitions(NEW_YORK, 1850, 1885));
        assertSameDates(NEW_YORK, aroundTransitions(NEW_YORK, 2098, 2103));
    }

    @Test
    void aSpanHoldsItsOffsetFromOneTransitionUntilTheNext() {
        ZoneOffsets offsets = ZoneOffsets.of(NEW_YORK);
        Instant springForward = Instant.parse("2026-03-08T07:00:00Z");
        Instant fallBack = Instant.parse("2026-11-01T06:00:00Z");
        ZoneOffsets.Span summer = offsets.listedSpanOf(springForward.getEpochSecond());
        assertThat(summer).isEqualTo(new ZoneOffsets.Span(-4 * 3600, springForward.getEpochSecond(),
                fallBack.getEpochSecond()));
        ZoneOffsets.Span winter = offsets.listedSpanOf(springForward.getEpochSecond() - 1);
        assertThat(winter.offsetSeconds()).isEqualTo(-5 * 3600);
        assertThat(winter.until()).isEqualTo(springForward.getEpochSecond());
        assertThat(offsets.listedSpanOf(ZoneOffsets.LISTED_FROM).from()).isEqualTo(ZoneOffsets.LISTED_FROM);
        assertThat(offsets.listedSpanOf(ZoneOffsets.LISTED_UNTIL - 1).until()).isEqualTo(ZoneOffsets.LISTED_UNTIL);
        assertThat(offsets.rules()).isEqualTo(NEW_YORK.getRules());
    }

    @Test
    void fixedOffsetsAndZonesWithoutTransitions() {
        Instant at = Instant.parse("2026-06-30T23:30:00Z");
        assertThat(ZoneOffsets.dateOf(at, ZoneOffset.UTC)).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(ZoneOffsets.dateOf(at, ZoneOffset.ofHours(1))).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(ZoneOffsets.dateOf(at, ZoneOffset.ofHoursMinutes(-9, -30))).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(ZoneOffsets.dateOf(at, ZoneId.of("Etc/GMT-1"))).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(ZoneOffsets.of(ZoneId.of("Etc/GMT-1")).listedSpanOf(at.getEpochSecond()))
                .isEqualTo(new ZoneOffsets.Span(3600, ZoneOffsets.LISTED_FROM, ZoneOffsets.LISTED_UNTIL));
        Instant beforeEpoch = Instant.parse("1969-12-31T23:59:59Z");
        assertThat(ZoneOffsets.dateOf(beforeEpoch, ZoneOffset.UTC)).isEqualTo(LocalDate.of(1969, 12, 31));
    }

    @Test
    @Order(Integer.MAX_VALUE) // last: once the bound is reached, zones not yet listed are never listed in this JVM
    void moreZonesThanTheBoundStillAnswerFromTheirRules() {
        List<String> ids = ZoneId.getAvailableZoneIds().stream().sorted().limit(ZoneOffsets.MAX_ZONES + 20).toList();
        Instant at = Instant.parse("2026-03-29T00:59:59Z");
        for (String id : ids) {
            ZoneId zone = ZoneId.of(id);
            assertSameDates(zone, List.of(at, at.plusSeconds(1), at.plusSeconds(3600 * 13)));
        }
        ZoneOffsets unlisted = ZoneOffsets.of(ZoneId.of(ids.get(ids.size() - 1)));
        assertThat(unlisted.isListed(at.getEpochSecond())).isFalse();
        assertThatThrownBy(() -> unlisted.listedSpanOf(at.getEpochSecond()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Epoch second " + at.getEpochSecond() + " is not listed for this zone");
    }

    @Test
    void instantsBeyondTheRangeOfLocalDateAreRejectedAsLocalDateRejectsThem() {
        assertThatThrownBy(() -> ZoneOffsets.dateOf(Instant.MAX, ZoneOffset.ofHours(18)))
                .isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> ZoneOffsets.dateOf(Instant.MIN, NEW_YORK)).isInstanceOf(DateTimeException.class);
        // as a number the day is still given: Instant.MAX is day 365,241,780,837 in UTC, past LocalDate.MAX's
        assertThat(ZoneOffsets.epochDayOf(Instant.MAX, ZoneOffset.UTC)).isEqualTo(365_241_780_837L)
                .isGreaterThan(LocalDate.MAX.toEpochDay());
        assertThat(ZoneOffsets.epochDayOf(Instant.MAX, ZoneOffset.ofHours(18))).isEqualTo(365_241_780_838L);
    }

    @Test
    void theEpochDayOfTheEveningBeforeInNewYorkIsTheDayBefore() {
        assertThat(ZoneOffsets.epochDayOf(Instant.parse("2026-03-02T04:30:00Z"), NEW_YORK))
                .isEqualTo(LocalDate.of(2026, 3, 1).toEpochDay()).isEqualTo(20_513L);
        assertThat(ZoneOffsets.epochDayOf(Instant.parse("2026-03-02T05:00:00Z"), NEW_YORK)).isEqualTo(20_514L);
    }

    @Test
    void instantsInAnyOrderGiveTheDateOfTheInstantInTheZone() {
        // the span last found is tried first: alternate far-apart and neighbouring instants, so it is both right
        // and wrong, each several times
        List<Instant> sequential = aroundTransitions(NEW_YORK, 2024, 2028);
        List<Instant> alternating = new ArrayList<>();
        for (int i = 0; i < sequential.size(); i++) {
            alternating.add(sequential.get(i));
            alternating.add(sequential.get(sequential.size() - 1 - i));
            alternating.add(Instant.parse("1850-06-01T12:00:00Z"));
            alternating.add(sequential.get(i));
        }
        assertSameDates(NEW_YORK, alternating);
        assertSameDates(CHATHAM, alternating);
    }

    @Test
    void theSecondsEitherSideOfEveryStretchOfTheIndexGiveTheDateOfTheInstantInTheZone() {
        List<Instant> instants = new ArrayList<>();
        for (long first = ZoneOffsets.LISTED_FROM; first < ZoneOffsets.LISTED_UNTIL; first += 1L << ZoneOffsets.STRETCH_BITS) {
            instants.add(Instant.ofEpochSecond(first));
            if (first > ZoneOffsets.LISTED_FROM) {
                instants.add(Instant.ofEpochSecond(first - 1));
            }
        }
        instants.add(Instant.ofEpochSecond(ZoneOffsets.LISTED_UNTIL - 1));
        for (ZoneId zone : List.of(NEW_YORK, CHATHAM, ZoneId.of("Europe/London"), ZoneId.of("Asia/Kolkata"))) {
            assertSameDates(zone, instants);
            assertSameDates(zone, aroundTransitions(zone, 1900, 2100));
        }
    }
}
