package org.aftercare.care;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.aftercare.Answer;
import org.aftercare.Citation;
import org.aftercare.EvaluationContext;
import org.aftercare.Finding;
import org.aftercare.PatientContext;
import org.aftercare.PolicyLayer;
import org.aftercare.RuleContext;
import org.aftercare.SupportNeed;
import org.junit.jupiter.api.Test;

/**
 * The plan rules' fast paths at their edges, each against the plain computation it replaces (example tests:
 * the mutation run does not run the property tests): sessions of schedules repeating every few weeks visited one
 * by one, periods of days compared in epoch days, attendance windows visited session by session, and the shared
 * population answers.
 */
class RuleFastPathTest {
    private static final LocalDate MONDAY_START = LocalDate.of(2026, 3, 2);
    private static final int[] MASKS = {0b0000001, 0b0010101, 0b1000001, 0b1111111, 0b0100000};

    private static AftercarePlan plan(LocalDate start, LocalDate end, List<PlannedService> services) {
        return AftercarePlan.builder().patient(PlanFixtures.adult())
                .placement(CarePlacement.of(AsamLevel.V3_2_1, CareSetting.OUTPATIENT, start, end))
                .services(services).continuingCare(start, end).build();
    }

    private static Set<DayOfWeek> days(int mask) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (DayOfWeek d : DayOfWeek.values()) {
            if ((mask >>> d.ordinal() & 1) != 0) {
                days.add(d);
            }
        }
        return days;
    }

    /** Each week's time as the plain path gives it: the schedule's time between the week's first and last day. */
    private static void assertWeeksEqualPlainTime(AftercarePlan plan) {
        TreatmentWeeks weeks = TreatmentWeeks.of(plan);
        for (int w = 0; w < weeks.count(); w++) {
            LocalDate s = plan.placement().start().plusWeeks(w);
            Duration time = Duration.ZERO;
            for (PlannedService service : plan.services()) {
                if (service.modality().countsTowardClinicalHours() && service.schedule() instanceof SessionSchedule ss) {
                    time = time.plus(ss.timeBetween(s, s.plusDays(6)));
                }
            }
            assertThat(weeks.clinicalTime(w)).as("week %d of %s", w, plan.services()).isEqualTo(time);
            assertThat(weeks.endDay(w)).isEqualTo(s.plusDays(6).toEpochDay());
        }
    }

    @Test
    void everyOtherWeekScheduleStartingBeforeThePlacementAddsOneSessionToEachWeek() {
        // every 2 weeks from Thursday 2026-02-19: Thu 02-19, Mon 02-23, Thu 03-05, Mon 03-09, Thu 03-19, Mon 03-23,
        // Thu 04-02 (the last in the placement), Mon 04-06 (after it)
        Duration length = Duration.ofHours(1).plusMillis(500);
        AftercarePlan plan = plan(MONDAY_START, LocalDate.of(2026, 4, 5), List.of(PlannedService.inPerson(
                Modality.GROUP_THERAPY, new SessionSchedule(EnumSet.of(MONDAY, THURSDAY), length, 2,
                        LocalDate.of(2026, 2, 19), LocalDate.of(2026, 4, 30)))));
        TreatmentWeeks weeks = TreatmentWeeks.of(plan);
        assertThat(weeks.count()).isEqualTo(5);
        for (int w = 0; w < 5; w++) {
            assertThat(weeks.seconds(w)).isEqualTo(3600);
            assertThat(weeks.nanos(w)).isEqualTo(500_000_000);
        }
    }

    @Test
    void everyThirdWeekSubSecondSessionsCarryIntoSeconds() {
        // every third week from a Monday, Monday and Thursday: two sessions of 0.75 s in weeks 1 and 4
        Duration length = Duration.ofMillis(750);
        AftercarePlan plan = plan(MONDAY_START, MONDAY_START.plusDays(27), List.of(PlannedService.inPerson(
                Modality.GROUP_THERAPY, new SessionSchedule(EnumSet.of(MONDAY, THURSDAY), length, 3, MONDAY_START,
                        MONDAY_START.plusDays(27)))));
        TreatmentWeeks weeks = TreatmentWeeks.of(plan);
        assertThat(weeks.seconds(0)).isEqualTo(1);
        assertThat(weeks.nanos(0)).isEqualTo(500_000_000);
        assertThat(weeks.clinicalTime(1)).isZero();
        assertThat(weeks.clinicalTime(2)).isZero();
        assertThat(weeks.clinicalTime(3)).isEqualTo(Duration.ofMillis(1500));
    }

    @Test
    void scheduleOutsideThePlacementAddsNothing() {
        AftercarePlan after = plan(MONDAY_START, MONDAY_START.plusDays(13), List.of(PlannedService.inPerson(
                Modality.GROUP_THERAPY, new SessionSchedule(EnumSet.of(MONDAY), Duration.ofHours(1), 2,
                        MONDAY_START.plusDays(14), MONDAY_START.plusDays(40)))));
        AftercarePlan before = plan(MONDAY_START, MONDAY_START.plusDays(13), List.of(PlannedService.inPerson(
                Modality.GROUP_THERAPY, new SessionSchedule(EnumSet.of(MONDAY), Duration.ofHours(1), 2,
                        MONDAY_START.minusDays(30), MONDAY_START.minusDays(1)))));
        for (AftercarePlan p : List.of(after, before)) {
            TreatmentWeeks weeks = TreatmentWeeks.of(p);
            assertThat(weeks.count()).isEqualTo(2);
            assertThat(weeks.clinicalTime(0)).isZero();
            assertThat(weeks.clinicalTime(1)).isZero();
        }
    }

    @Test
    void weeklyAndEveryFewWeeksSchedulesEqualThePlainWeekTimeForEveryStartAndLength() {
        int cases = 0;
        LocalDate placementStart = MONDAY_START.plusDays(2); // a Wednesday: weeks run Wednesday to Tuesday
        for (int mask : MASKS) {
            for (int interval = 1; interval <= 3; interval++) {
                for (int shift = -16; shift <= 20; shift++) {
                    for (int span : new int[] {0, 6, 13, 30, 60}) {
                        LocalDate s = placementStart.plusDays(shift);
                        PlannedService subSecond = PlannedService.inPerson(Modality.GROUP_THERAPY,
                                new SessionSchedule(days(mask), Duration.ofNanos(2_700_000_001L), interval, s,
                                        s.plusDays(span)));
                        PlannedService whole = PlannedService.inPerson(Modality.COGNITIVE_BEHAVIOURAL_THERAPY,
                                new SessionSchedule(days(mask), Duration.ofMinutes(50), interval, s.plusDays(3),
                                        s.plusDays(3 + span)));
                        assertWeeksEqualPlainTime(plan(placementStart, placementStart.plusDays(36), List.of(whole)));
                        assertWeeksEqualPlainTime(plan(placementStart, placementStart.plusDays(36),
                                List.of(subSecond, whole)));
                        cases++;
                    }
                }
            }
        }
        assertThat(cases).isEqualTo(5 * 3 * 37 * 5);
    }

    @Test
    void aPeriodOfDaysIsComparedInEpochDays() {
        LocalDate d = LocalDate.of(2026, 1, 31);
        assertThat(PeriodEnd.compare(d, Period.ofWeeks(2), LocalDate.of(2026, 2, 14).toEpochDay())).isZero();
        assertThat(PeriodEnd.compare(d, Period.ofDays(14), LocalDate.of(2026, 2, 15).toEpochDay())).isEqualTo(-1);
        assertThat(PeriodEnd.compare(d, Period.ofDays(-3), LocalDate.of(2026, 1, 27).toEpochDay())).isEqualTo(1);
        assertThat(PeriodEnd.startDay(d, Period.ofDays(14))).isEqualTo(LocalDate.of(2026, 1, 17).toEpochDay());
        assertThat(PeriodEnd.startDay(d, Period.ZERO)).isEqualTo(d.toEpochDay());
        // from a start given as an epoch day: the same answers
        assertThat(PeriodEnd.compareFromDay(d.toEpochDay(), Period.ofWeeks(2), LocalDate.of(2026, 2, 14).toEpochDay()))
                .isZero();
        assertThat(PeriodEnd.compareFromDay(d.toEpochDay(), Period.ofDays(14), LocalDate.of(2026, 2, 15).toEpochDay()))
                .isEqualTo(-1);
        assertThat(PeriodEnd.compareFromDay(d.toEpochDay(), Period.ofDays(-3), LocalDate.of(2026, 1, 27).toEpochDay()))
                .isEqualTo(1);
    }

    @Test
    void aPeriodWithMonthsOrYearsFollowsTheCalendar() {
        LocalDate d = LocalDate.of(2026, 1, 31);
        // one month after 31 January is 28 February (the last valid day), not 3 March
        assertThat(PeriodEnd.compare(d, Period.ofMonths(1), LocalDate.of(2026, 2, 28).toEpochDay())).isZero();
        assertThat(PeriodEnd.compare(d, Period.of(0, 1, 2), LocalDate.of(2026, 3, 1).toEpochDay())).isEqualTo(1);
        assertThat(PeriodEnd.compare(LocalDate.of(2024, 2, 29), Period.ofYears(1),
                LocalDate.of(2025, 2, 28).toEpochDay())).isZero();
        assertThat(PeriodEnd.startDay(LocalDate.of(2026, 3, 31), Period.ofMonths(1)))
                .isEqualTo(LocalDate.of(2026, 2, 28).toEpochDay());
        assertThat(PeriodEnd.startDay(LocalDate.of(2025, 2, 28), Period.ofYears(1)))
                .isEqualTo(LocalDate.of(2024, 2, 28).toEpochDay());
        assertThat(PeriodEnd.compareFromDay(d.toEpochDay(), Period.ofMonths(1), LocalDate.of(2026, 2, 28).toEpochDay()))
                .isZero();
        assertThat(PeriodEnd.compareFromDay(d.toEpochDay(), Period.of(0, 1, 2), LocalDate.of(2026, 3, 1).toEpochDay()))
                .isEqualTo(1);
        assertThat(PeriodEnd.compareFromDay(LocalDate.of(2024, 2, 29).toEpochDay(), Period.ofYears(1),
                LocalDate.of(2025, 2, 28).toEpochDay())).isZero();
    }

    /** The plain count: every day of the window, checked with the public session-day test and a list search. */
    private static int unrecordedDayByDay(AftercarePlan plan, LocalDate from, LocalDate to,
            List<AttendanceRecord> records) {
        int n = 0;
        for (int i = 0; i < plan.services().size(); i++) {
            if (plan.services().get(i).schedule() instanceof SessionSchedule schedule) {
                for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                    int service = i;
                    LocalDate day = d;
                    if (schedule.isSessionDate(d)
                            && records.stream().noneMatch(r -> r.service() == service && r.date().equals(day))) {
                        n++;
                    }
                }
            }
        }
        return n;
    }

    private static int unrecordedFast(AftercarePlan plan, LocalDate from, LocalDate to, List<AttendanceRecord> records) {
        long fromDay = from.toEpochDay();
        long[] keys = new long[records.size()];
        int k = 0;
        for (AttendanceRecord r : records) {
            long day = r.date().toEpochDay();
            if (day >= fromDay && day <= to.toEpochDay()) {
                keys[k++] = AttendanceRule.sessionKey(r.service(), day - fromDay);
            }
        }
        Arrays.sort(keys, 0, k);
        return AttendanceRule.unrecordedSessions(plan, ScheduleDays.of(plan), fromDay, to.toEpochDay(), keys, k);
    }

    @Test
    void unrecordedSessionsEqualTheDayByDayCountForEveryWindow() {
        int cases = 0;
        for (int mask : MASKS) {
            for (int interval = 1; interval <= 3; interval++) {
                for (int shift = 0; shift < 3; shift++) {
                    LocalDate s = MONDAY_START.plusDays(shift);
                    SessionSchedule a = new SessionSchedule(days(mask), Duration.ofHours(1), interval, s, s.plusDays(33));
                    SessionSchedule b = new SessionSchedule(days(0b0001010), Duration.ofHours(1), 1, s.plusDays(5),
                            s.plusDays(20));
                    AftercarePlan plan = plan(MONDAY_START, MONDAY_START.plusDays(40), List.of(
                            PlannedService.inPerson(Modality.GROUP_THERAPY, a),
                            PlannedService.inPerson(Modality.PRIMARY_CARE, Referral.on(s)),
                            PlannedService.inPerson(Modality.COGNITIVE_BEHAVIOURAL_THERAPY, b)));
                    // a record on every third session of each schedule, one on a day without a session, one for a
                    // service that is a referral
                    List<AttendanceRecord> records = new ArrayList<>();
                    List<LocalDate> aDates = a.sessionDates();
                    for (int n = 0; n < aDates.size(); n += 3) {
                        records.add(AttendanceRecord.of(0, aDates.get(n), AttendanceStatus.ATTENDED));
                    }
                    List<LocalDate> bDates = b.sessionDates();
                    for (int n = 1; n < bDates.size(); n += 3) {
                        records.add(AttendanceRecord.of(2, bDates.get(n), AttendanceStatus.MISSED));
                    }
                    records.add(AttendanceRecord.of(1, s, AttendanceStatus.ATTENDED));
                    for (LocalDate from = s.minusDays(3); from.isBefore(s.plusDays(36)); from = from.plusDays(1)) {
                        for (int length = 0; length <= 16; length++) {
                            LocalDate to = from.plusDays(length);
                            assertThat(unrecordedFast(plan, from, to, records))
                                    .as("mask %s every %d weeks, window %s..%s", Integer.toBinaryString(mask), interval,
                                            from, to)
                                    .isEqualTo(unrecordedDayByDay(plan, from, to, records));
                            cases++;
                        }
                    }
                }
            }
        }
        assertThat(cases).isEqualTo(5 * 3 * 3 * 39 * 17);
    }

    @Test
    void anEveryOtherWeekScheduleHasItsUnrecordedSessionsReported() {
        // every 2 weeks on Monday and Thursday from Monday 2026-03-02: 03-02, 03-05, 03-16, 03-19, 03-30, 04-02
        AftercarePlan plan = PlanFixtures.baseline().services(List.of(PlannedService.inPerson(Modality.GROUP_THERAPY,
                        new SessionSchedule(EnumSet.of(MONDAY, THURSDAY), Duration.ofHours(3), 2, MONDAY_START,
                                LocalDate.of(2026, 5, 24)))))
                .attendance(AttendanceRecord.of(0, LocalDate.of(2026, 3, 16), AttendanceStatus.ATTENDED))
                .attendance(AttendanceRecord.of(0, LocalDate.of(2026, 3, 17), AttendanceStatus.ATTENDED))
                .build();
        PolicyLayer clinic = PolicyLayer.builder("clinic:test", "Test clinic")
                .set(CarePolicyKeys.MINIMUM_ADHERENCE, AdherenceThreshold.of(Period.ofDays(14), new java.math.BigDecimal("0.5")),
                        Citation.local("Test clinic protocol", "1", "2026-01"))
                .build();
        // as of Thursday 2026-04-02: the window 03-20..04-02 holds 03-30 and 04-02, neither recorded
        List<Finding> findings = PlanFixtures.validate(plan, LocalDate.of(2026, 4, 2), clinic).findings().stream()
                .filter(f -> f.code().startsWith("care.attendance")).toList();
        assertThat(findings).extracting(Finding::message).containsExactly(
                "2 of 2 sessions scheduled from 2026-03-20 to 2026-04-02 have no attendance record");
        // as of Sunday 2026-03-22: the window 03-09..03-22 holds 03-16 (recorded) and 03-19
        findings = PlanFixtures.validate(plan, LocalDate.of(2026, 3, 22), clinic).findings().stream()
                .filter(f -> f.code().startsWith("care.attendance")).toList();
        assertThat(findings).extracting(Finding::message).containsExactly(
                "1 of 2 sessions scheduled from 2026-03-09 to 2026-03-22 have no attendance record");
    }

    @Test
    void populationAnswersAreTheSharedAdultAndAdolescentOnes() {
        EvaluationContext context = EvaluationContext.of(MONDAY_START.atStartOfDay(PlanFixtures.ZONE).toInstant(),
                PlanFixtures.ZONE, PlanFixtures.policy());
        int adultAge = 18; // the evidence defaults' adult age
        Optional<Population> adult = PatientPopulation.of(PlanFixtures.adult().toBuilder().ageYears(adultAge).build(),
                RuleContext.of(context));
        Optional<Population> adolescent = PatientPopulation.of(
                PlanFixtures.adult().toBuilder().ageYears(adultAge - 1).build(), RuleContext.of(context));
        assertThat(adult).contains(Population.ADULT);
        assertThat(adolescent).contains(Population.ADOLESCENT);
        assertThat(PatientPopulation.of(PlanFixtures.adult().toBuilder().ageYears(adultAge + 1).build(),
                RuleContext.of(context))).isSameAs(adult);
        AftercarePlan unknownAge = PlanFixtures.baseline().patient(PatientContext.builder().opioidUseDisorder(Answer.YES)
                .coOccurringMentalHealthDisorder(Answer.NO).pregnant(Answer.NO).build()).build();
        assertThat(PatientPopulation.of(unknownAge.patient(), RuleContext.of(context))).isEmpty();
    }

    @Test
    void theAdherenceRateIsComparedExactlyAtItsEdges() {
        BigDecimal threeQuarters = new BigDecimal("0.75");
        assertThat(AttendanceRule.belowRate(3, 4, threeQuarters)).isFalse(); // exactly the rate passes
        assertThat(AttendanceRule.belowRate(2, 3, threeQuarters)).isTrue();
        assertThat(AttendanceRule.belowRate(6, 8, new BigDecimal("0.750000000"))).isFalse(); // scale 9: longs
        assertThat(AttendanceRule.belowRate(5, 8, new BigDecimal("0.750000000"))).isTrue();
        assertThat(AttendanceRule.belowRate(7, 7, BigDecimal.ONE)).isFalse();
        assertThat(AttendanceRule.belowRate(6, 7, BigDecimal.ONE)).isTrue();
        // ten decimal places: compared as decimals; 2 of 3 is below 0.6666666667 and not below 0.6666666666
        assertThat(AttendanceRule.belowRate(2, 3, new BigDecimal("0.6666666667"))).isTrue();
        assertThat(AttendanceRule.belowRate(2, 3, new BigDecimal("0.6666666666"))).isFalse();
        // the largest counts do not overflow: 10^9 * (2^31 - 1) and 999999999 * (2^31 - 1)
        BigDecimal nines = new BigDecimal("0.999999999");
        assertThat(AttendanceRule.belowRate(Integer.MAX_VALUE, Integer.MAX_VALUE, nines)).isFalse();
        // 0.999999999 * 2147483647 = 2147483644.852516353: 2147483645 is not below it, 2147483644 is
        assertThat(AttendanceRule.belowRate(Integer.MAX_VALUE - 2, Integer.MAX_VALUE, nines)).isFalse();
        assertThat(AttendanceRule.belowRate(Integer.MAX_VALUE - 3, Integer.MAX_VALUE, nines)).isTrue();
        assertThat(AttendanceRule.belowRate(Integer.MAX_VALUE - 3, Integer.MAX_VALUE, BigDecimal.ONE)).isTrue();
        // 1E-9 of 2147483647 is 2.147483647; of 2000000000 exactly 2
        assertThat(AttendanceRule.belowRate(2, Integer.MAX_VALUE, new BigDecimal("1E-9"))).isTrue();
        assertThat(AttendanceRule.belowRate(3, Integer.MAX_VALUE, new BigDecimal("1E-9"))).isFalse();
        assertThat(AttendanceRule.belowRate(1, 2_000_000_000, new BigDecimal("1E-9"))).isTrue();
        assertThat(AttendanceRule.belowRate(2, 2_000_000_000, new BigDecimal("1E-9"))).isFalse();
    }

    @Test
    void needsAreMetByAnyServiceMeetingThemAndEachUnmetOneIsReportedOnce() {
        AftercarePlan none = PlanFixtures.baseline().build();
        assertThat(PlanFixtures.validate(none).findings()).isEmpty();
        AftercarePlan plan = PlanFixtures.baseline()
                .patient(PlanFixtures.adult().toBuilder()
                        .needs(SupportNeed.HOUSING, SupportNeed.LEGAL, SupportNeed.EMPLOYMENT, SupportNeed.PARENTING)
                        .build())
                .service(PlannedService.inPerson(Modality.RECOVERY_HOUSING, ResidentialStay.of(PlanFixtures.START,
                        PlanFixtures.START.plusMonths(7))))
                .service(PlannedService.inPerson(Modality.VOCATIONAL_REHABILITATION, Referral.on(PlanFixtures.START)))
                .build();
        assertThat(PlanFixtures.validate(plan).findings()).extracting(Finding::message).containsExactly(
                "Documented need LEGAL has no matching service in the plan (for example legal-services)",
                "Documented need PARENTING has no matching service in the plan (for example parenting-support)");
    }
}
