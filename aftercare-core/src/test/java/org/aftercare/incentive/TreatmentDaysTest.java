package org.aftercare.incentive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The treatment day from a zone's shared list of transitions is LocalDate.ofInstant, at and around every edge. */
class TreatmentDaysTest {
    private static final String[] ZONES = {"America/New_York", "Pacific/Chatham", "Australia/Lord_Howe",
        "Europe/London", "UTC", "Asia/Kolkata", "America/Sao_Paulo", "Pacific/Apia", "Africa/Casablanca"};

    private static void assertDates(ZoneId zone, List<Instant> instants) {
        TreatmentDays days = new TreatmentDays(zone);
        for (Instant i : instants) {
            assertThat(days.dateOf(i)).as("%s in %s", i, zone).isEqualTo(LocalDate.ofInstant(i, zone));
        }
    }

    @Test
    void atEachTransition_andOneSecondEitherSide_forwardThenBack() {
        for (String id : ZONES) {
            ZoneId zone = ZoneId.of(id);
            List<Instant> instants = new ArrayList<>();
            ZoneOffsetTransition t = zone.getRules().nextTransition(Instant.parse("2019-06-01T00:00:00Z"));
            for (int n = 0; t != null && n < 16; n++, t = zone.getRules().nextTransition(t.getInstant())) {
                // a treatment day near midnight local time, where the offset decides the date
                for (long delta : new long[] {-86_400, -3_601, -1, 0, 1, 3_599, 3_600, 86_399}) {
                    instants.add(t.getInstant().plusSeconds(delta));
                }
            }
            assertDates(zone, instants);
            List<Instant> back = new ArrayList<>(instants);
            java.util.Collections.reverse(back);
            assertDates(zone, back);
        }
    }

    @Test
    void everyHourForTwoYears_inDaylightSavingZones() {
        for (String id : new String[] {"America/New_York", "Pacific/Chatham", "Australia/Lord_Howe"}) {
            List<Instant> instants = new ArrayList<>();
            for (Instant i = Instant.parse("2025-12-30T00:30:00Z"); i.isBefore(Instant.parse("2028-01-02T00:00:00Z"));
                    i = i.plusSeconds(3_600)) {
                instants.add(i);
            }
            assertDates(ZoneId.of(id), instants);
        }
    }

    @Test
    void outsideTheListedYears_theZoneRulesAnswer() {
        List<Instant> instants = List.of(Instant.parse("1850-07-01T04:00:00Z"), Instant.parse("1899-12-31T23:59:59Z"),
                Instant.parse("1900-01-01T00:00:00Z"), Instant.parse("1900-01-01T04:56:02Z"),
                Instant.parse("2099-12-31T23:59:59Z"), Instant.parse("2100-01-01T00:00:00Z"),
                Instant.parse("2100-07-01T03:30:00Z"), Instant.parse("2300-03-10T06:59:59Z"),
                Instant.parse("2300-11-03T05:00:00Z"), Instant.parse("1899-06-01T12:00:00Z"),
                Instant.parse("2026-03-08T06:59:59Z"), Instant.parse("2026-03-08T07:00:00Z"));
        for (String id : ZONES) {
            assertDates(ZoneId.of(id), instants);
        }
        assertDates(ZoneId.of("+05:30"), instants);
    }

    @Test
    void newYorkOnTheNightTheClocksChange() {
        TreatmentDays days = new TreatmentDays(ZoneId.of("America/New_York"));
        // 2026-11-01 06:00Z is 01:00 EST after the change (05:59:59Z was 01:59:59 EDT)
        assertThat(days.dateOf(Instant.parse("2026-11-01T03:59:59Z"))).isEqualTo(LocalDate.of(2026, 10, 31));
        assertThat(days.dateOf(Instant.parse("2026-11-01T04:00:00Z"))).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(days.dateOf(Instant.parse("2026-11-02T04:59:59Z"))).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(days.dateOf(Instant.parse("2026-11-02T05:00:00Z"))).isEqualTo(LocalDate.of(2026, 11, 2));
        assertThat(days.dateOf(Instant.parse("2026-03-09T03:59:59Z"))).isEqualTo(LocalDate.of(2026, 3, 8));
        assertThat(days.dateOf(Instant.parse("2026-03-09T04:00:00Z"))).isEqualTo(LocalDate.of(2026, 3, 9));
    }

    @Test
    void theDateOfAnEpochDay_madeFromTheLastDate_isTheDateOfThatDay() {
        TreatmentDays days = new TreatmentDays(ZoneId.of("UTC"));
        LocalDate first = days.dateOfDay(LocalDate.of(2026, 1, 30).toEpochDay());
        assertThat(first).isEqualTo(LocalDate.of(2026, 1, 30));
        assertThat(days.dateOfDay(first.toEpochDay())).isSameAs(first);
        // forward within the month, into the next month, into the next year, 28 days on (the most made from the
        // last date) and 29 (made from the day number)
        long[] ahead = {1, 30, 28, 29, 335, 1, -1, -400, 0, 27};
        long day = first.toEpochDay();
        LocalDate last = first;
        for (long step : ahead) {
            day += step;
            LocalDate date = days.dateOfDay(day);
            assertThat(date).as("%d days on from %s", step, last).isEqualTo(LocalDate.ofEpochDay(day));
            last = date;
        }
        assertThat(days.dateOfDay(LocalDate.of(2028, 2, 28).toEpochDay() + 1)).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(days.dateOfDay(LocalDate.of(2028, 3, 1).toEpochDay())).isEqualTo(LocalDate.of(2028, 3, 1));
        assertThat(days.dateOfDay(LocalDate.of(2028, 12, 31).toEpochDay())).isEqualTo(LocalDate.of(2028, 12, 31));
        assertThat(days.dateOfDay(LocalDate.of(2029, 1, 28).toEpochDay())).isEqualTo(LocalDate.of(2029, 1, 28));
    }

    @Test
    void theEpochDayOfAnEvent_isTheEpochDayOfItsDate() {
        ZoneId zone = ZoneId.of("America/New_York");
        TreatmentDays days = new TreatmentDays(zone);
        LocalDate date = LocalDate.of(2026, 3, 8);
        IncentiveEvent visit = new IncentiveEvent.Attendance(date, true);
        assertThat(days.epochDayOf(visit)).isEqualTo(date.toEpochDay());
        // 2026-03-09T03:59:59Z is still the 8th in New York
        IncentiveEvent sample = TestPrograms.cocaineNegative(date);
        assertThat(days.epochDayOf(sample)).isEqualTo(date.toEpochDay());
        assertThat(days.epochDayOf(Instant.parse("2026-03-09T03:59:59Z"))).isEqualTo(date.toEpochDay());
        assertThat(days.epochDayOf(Instant.parse("2026-03-09T04:00:00Z"))).isEqualTo(date.toEpochDay() + 1);
    }
}
