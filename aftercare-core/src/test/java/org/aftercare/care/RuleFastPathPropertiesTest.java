package org.aftercare.care;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The plan rules' fast paths equal the plain ones: periods compared in epoch days, attendance visited by session. */
class RuleFastPathPropertiesTest {
    private static final LocalDate EPOCH = LocalDate.of(2026, 1, 1);

    @Provide
    Arbitrary<Period> periods() {
        return Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 14),
                Arbitraries.integers().between(-40, 400)).as(Period::of);
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.integers().between(-800, 800).map(EPOCH::plusDays);
    }

    @Property(tries = 1000, seed = "20261122")
    void aPeriodEndComparesAsTheDateItReaches(@ForAll("dates") LocalDate start, @ForAll("periods") Period period,
            @ForAll("dates") LocalDate other) {
        LocalDate reached = start.plus(period);
        assertThat(Long.signum(PeriodEnd.compare(start, period, other.toEpochDay())))
                .isEqualTo(Integer.signum(reached.compareTo(other)));
        assertThat(PeriodEnd.compare(start, period, other.toEpochDay()))
                .isEqualTo(reached.toEpochDay() - other.toEpochDay());
        assertThat(PeriodEnd.startDay(start, period)).isEqualTo(start.minus(period).toEpochDay());
    }

    @Provide
    Arbitrary<SessionSchedule> schedules() {
        Arbitrary<Set<DayOfWeek>> days = Arbitraries.of(DayOfWeek.class).set().ofMinSize(1).ofMaxSize(7);
        return Combinators.combine(days, Arbitraries.integers().between(1, 5), Arbitraries.integers().between(0, 60),
                Arbitraries.integers().between(0, 90)).as((d, interval, start, span) -> new SessionSchedule(d,
                        Duration.ofHours(1), interval, EPOCH.plusDays(start), EPOCH.plusDays(start + span)));
    }

    // random plans only: the edge cases of the combined arbitraries outnumber the tries and would crowd them out
    @Property(tries = 1000, seed = "20261122", edgeCases = EdgeCasesMode.NONE)
    void unrecordedSessionsEqualTheDayByDayCount(@ForAll("schedules") SessionSchedule a,
            @ForAll("schedules") SessionSchedule b, @ForAll @IntRange(min = -10, max = 150) int fromOffset,
            @ForAll @IntRange(min = 0, max = 40) int length, @ForAll @IntRange(min = 1, max = 4) int everyNth) {
        AftercarePlan plan = AftercarePlan.builder().patient(PlanFixtures.adult())
                .placement(CarePlacement.of(AsamLevel.V3_2_1, CareSetting.OUTPATIENT, EPOCH, EPOCH.plusDays(160)))
                .services(List.of(PlannedService.inPerson(Modality.GROUP_THERAPY, a),
                        PlannedService.inPerson(Modality.COGNITIVE_BEHAVIOURAL_THERAPY, b)))
                .continuingCare(EPOCH, EPOCH.plusDays(160)).build();
        List<AttendanceRecord> records = new ArrayList<>();
        int n = 0;
        for (int s = 0; s < 2; s++) {
            for (LocalDate d : ((SessionSchedule) plan.services().get(s).schedule()).sessionDates()) {
                if (n++ % everyNth == 0) {
                    records.add(AttendanceRecord.of(s, d, AttendanceStatus.ATTENDED));
                }
            }
        }
        LocalDate from = EPOCH.plusDays(fromOffset);
        LocalDate to = from.plusDays(length);
        int plain = 0;
        for (int s = 0; s < 2; s++) {
            SessionSchedule schedule = (SessionSchedule) plan.services().get(s).schedule();
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                if (schedule.isSessionDate(d) && !records.contains(AttendanceRecord.of(s, d, AttendanceStatus.ATTENDED))) {
                    plain++;
                }
            }
        }
        long[] keys = new long[records.size()];
        int k = 0;
        for (AttendanceRecord r : records) {
            long day = r.date().toEpochDay();
            if (day >= from.toEpochDay() && day <= to.toEpochDay()) {
                keys[k++] = AttendanceRule.sessionKey(r.service(), day - from.toEpochDay());
            }
        }
        Arrays.sort(keys, 0, k);
        assertThat(AttendanceRule.unrecordedSessions(plan, ScheduleDays.of(plan), from.toEpochDay(), to.toEpochDay(), keys, k)).isEqualTo(plain);
    }

    @Property(tries = 1000, seed = "20261122")
    void theAdherenceRateTestEqualsTheDecimalOne(@ForAll @IntRange(min = 1, max = 1_000_000_000) int unscaled,
            @ForAll @IntRange(min = 0, max = 12) int scale, @ForAll @IntRange(min = 0, max = 1000) int attended,
            @ForAll @IntRange(min = 0, max = 1000) int extra) {
        BigDecimal rate = BigDecimal.valueOf(unscaled, scale);
        if (rate.compareTo(BigDecimal.ONE) > 0) {
            rate = BigDecimal.ONE.divide(rate, 12, java.math.RoundingMode.DOWN).max(new BigDecimal("1E-12"));
        }
        int counted = attended + extra;
        assertThat(AttendanceRule.belowRate(attended, counted, rate))
                .isEqualTo(BigDecimal.valueOf(attended).compareTo(rate.multiply(BigDecimal.valueOf(counted))) < 0);
    }
}
