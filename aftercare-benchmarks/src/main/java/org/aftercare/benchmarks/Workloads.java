package org.aftercare.benchmarks;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.aftercare.Answer;
import org.aftercare.MoudStatus;
import org.aftercare.OudMedication;
import org.aftercare.PatientContext;
import org.aftercare.SupportNeed;
import org.aftercare.care.AftercarePlan;
import org.aftercare.care.AsamLevel;
import org.aftercare.care.AttendanceRecord;
import org.aftercare.care.AttendanceStatus;
import org.aftercare.care.CarePlacement;
import org.aftercare.care.CareSetting;
import org.aftercare.care.Modality;
import org.aftercare.care.PlannedService;
import org.aftercare.care.ResidentialStay;
import org.aftercare.care.SessionSchedule;
import org.aftercare.evaluation.EvaluationRequest;
import org.aftercare.evaluation.StandardPolicies;
import org.aftercare.incentive.FundingPolicies;
import org.aftercare.incentive.IncentiveEvent;
import org.aftercare.incentive.IncentiveInstrument;
import org.aftercare.incentive.IncentivePresets;
import org.aftercare.incentive.IncentiveProgram;
import org.aftercare.incentive.ProgramPhase;
import org.aftercare.screening.Analyte;
import org.aftercare.screening.AnalyteResult;
import org.aftercare.screening.DrugTest;
import org.aftercare.screening.Outcome;
import org.aftercare.screening.Specimen;

/**
 * The inputs the benchmarks measure, built from the public API: a step-down plan whose length (and so its
 * sessions and attendance records) grows with a scale factor, and a CRA + vouchers programme of any number
 * of weeks at three samples a week with resets.
 */
public final class Workloads {
    /** The clinic zone of every workload. */
    public static final ZoneId ZONE = ZoneId.of("America/New_York");
    /** The first day of every workload. */
    public static final LocalDate START = LocalDate.of(2026, 1, 5);

    private Workloads() {
    }

    /**
     * Returns a 12-week 2.1 IOP plan whose size grows with {@code scale}: {@code scale} group-therapy services
     * three times a week (3 h at scale 1; shorter as the scale grows, so the weekly hours stay plausible), weekly
     * relapse prevention (MBRP) and mutual help, 90 days of recovery housing, and every group session up to the
     * as-of date recorded (a missed session every fifth week). At scale 1 the plan is valid (no ERROR or WARNING
     * finding). Evaluated in its last week.
     *
     * @param scale  1, 10, 100: how many group services, and so how many sessions and attendance records
     * @return the request, not null
     */
    public static EvaluationRequest plan(int scale) {
        LocalDate end = START.plusWeeks(12).minusDays(1);
        PatientContext patient = PatientContext.builder().ageYears(29).opioidUseDisorder(Answer.YES)
                .stimulantUseDisorder(Answer.YES).coOccurringMentalHealthDisorder(Answer.NO).pregnant(Answer.NO)
                .needs(SupportNeed.HOUSING).build();
        AftercarePlan.Builder plan = AftercarePlan.builder()
                .patient(patient)
                .placement(CarePlacement.of(AsamLevel.V3_2_1, CareSetting.OUTPATIENT, START, end))
                .steppingDownFrom(AsamLevel.V3_3_5);
        Duration group = scale == 1 ? Duration.ofHours(3) : Duration.ofMinutes(Math.max(1, 180 / scale));
        for (int i = 0; i < scale; i++) {
            plan.service(PlannedService.inPerson(Modality.GROUP_THERAPY,
                    SessionSchedule.weekly(group, START, end, MONDAY, WEDNESDAY, FRIDAY)));
        }
        plan.service(PlannedService.inPerson(Modality.MINDFULNESS_BASED_RELAPSE_PREVENTION,
                        SessionSchedule.weekly(Duration.ofHours(1), START, end, TUESDAY)))
                .service(PlannedService.inPerson(Modality.RECOVERY_HOUSING, ResidentialStay.of(START, START.plusDays(89))))
                .service(PlannedService.inPerson(Modality.MUTUAL_HELP,
                        SessionSchedule.weekly(Duration.ofMinutes(90), START, end, THURSDAY)))
                .moud(MoudStatus.receiving(OudMedication.METHADONE))
                .continuingCare(START, START.plusMonths(12).minusDays(1));
        LocalDate asOf = end.minusDays(3);
        for (int week = 0; START.plusWeeks(week).isBefore(asOf.minusDays(6)); week++) {
            LocalDate monday = START.plusWeeks(week);
            for (int i = 0; i < scale; i++) {
                AttendanceStatus status = week % 5 == 4 && i == 0 ? AttendanceStatus.MISSED : AttendanceStatus.ATTENDED;
                plan.attendance(AttendanceRecord.of(i, monday, status));
                plan.attendance(AttendanceRecord.of(i, monday.plusDays(2), AttendanceStatus.ATTENDED));
                plan.attendance(AttendanceRecord.of(i, monday.plusDays(4), AttendanceStatus.ATTENDED));
            }
            plan.attendance(AttendanceRecord.of(scale, monday.plusDays(1), AttendanceStatus.ATTENDED));
        }
        return EvaluationRequest.builder(at(asOf), ZONE).policy(StandardPolicies.usDefault())
                .plan(plan.build()).build();
    }

    /**
     * Returns CRA + vouchers (Higgins 1994 amounts) funded by a SAMHSA grant, incentivized for {@code weeks}
     * weeks at three samples a week, from {@link #START}.
     *
     * @param weeks  the weeks of the programme
     * @return the programme, not null
     */
    public static IncentiveProgram voucherProgram(int weeks) {
        return IncentivePresets.craVouchersHiggins1994().toProgramBuilder()
                .phases(List.of(ProgramPhase.incentivized("vouchers", weeks, 3)))
                .funding(FundingPolicies.policy(FundingPolicies.SAMHSA_GRANT))
                .instrument(IncentiveInstrument.VOUCHER)
                .setting(CareSetting.OUTPATIENT)
                .startDate(START)
                .zone(ZONE)
                .build();
    }

    /**
     * Returns three urine samples a week (Monday, Wednesday, Friday) for {@code weeks} weeks: every 17th
     * is cocaine-positive and every 29th missed (each a reset), the rest negative; all methadone-positive.
     *
     * @param weeks  the weeks
     * @return the events, in chronological order, not null
     */
    public static List<IncentiveEvent> samples(int weeks) {
        return samples(weeks, 1);
    }

    /**
     * Returns {@link #samples(int)} with {@code perDay} samples on each sample day, a minute apart.
     *
     * @param weeks  the weeks
     * @param perDay  samples per sample day
     * @return the events, in chronological order, not null
     */
    public static List<IncentiveEvent> samples(int weeks, int perDay) {
        List<IncentiveEvent> events = new ArrayList<>(weeks * 3 * perDay);
        for (int n = 0; n < weeks * 3 * perDay; n++) {
            int day = n / perDay;
            LocalDate date = START.plusWeeks(day / 3).plusDays(2L * (day % 3));
            Instant at = date.atTime(9, 30).plusMinutes(n % perDay).atZone(ZONE).toInstant();
            DrugTest test = n % 29 == 28 ? DrugTest.missed(Specimen.URINE, at)
                    : DrugTest.of(Specimen.URINE, at, List.of(
                            AnalyteResult.of(Analyte.COCAINE, n % 17 == 16 ? Outcome.POSITIVE : Outcome.NEGATIVE),
                            AnalyteResult.of(Analyte.METHADONE, Outcome.POSITIVE)));
            events.add(new IncentiveEvent.SampleResult(test));
        }
        return List.copyOf(events);
    }

    /**
     * Returns a full request: the plan of {@link #plan(int)}, methadone, and 12 weeks of the voucher programme
     * with {@code 36 * scale} samples ({@code scale} on each sample day).
     *
     * @param scale  1, 10, 100
     * @return the request, not null
     */
    public static EvaluationRequest full(int scale) {
        EvaluationRequest plan = plan(scale);
        return EvaluationRequest.builder(plan.context().asOf(), ZONE)
                .policy(StandardPolicies.usDefault())
                .plan(plan.plan().orElseThrow())
                .incentives(voucherProgram(12), samples(12, scale).stream()
                        .filter(e -> e.dateIn(ZONE).isBefore(plan.context().asOfDate())).toList())
                .drawSeed(42L)
                .build();
    }

    private static Instant at(LocalDate date) {
        return date.atTime(9, 0).atZone(ZONE).toInstant();
    }
}
