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
     * Returns a valid 2.1 IOP plan of {@code 12 * scale} weeks: group therapy three times a week, weekly relapse
     * prevention (MBRP) and mutual help, 90 days of recovery housing, every session up to the as-of date
     * recorded as attended (a missed session every fifth week). Evaluated in its last week.
     *
     * @param scale  1, 10, 100: how many times the sample's 12 weeks
     * @return the request, not null
     */
    public static EvaluationRequest plan(int scale) {
        int weeks = 12 * scale;
        LocalDate end = START.plusWeeks(weeks).minusDays(1);
        PatientContext patient = PatientContext.builder().ageYears(29).opioidUseDisorder(Answer.YES)
                .stimulantUseDisorder(Answer.YES).coOccurringMentalHealthDisorder(Answer.NO).pregnant(Answer.NO)
                .needs(SupportNeed.HOUSING).build();
        AftercarePlan.Builder plan = AftercarePlan.builder()
                .patient(patient)
                .placement(CarePlacement.of(AsamLevel.V3_2_1, CareSetting.OUTPATIENT, START, end))
                .steppingDownFrom(AsamLevel.V3_3_5)
                .service(PlannedService.inPerson(Modality.GROUP_THERAPY,
                        SessionSchedule.weekly(Duration.ofHours(3), START, end, MONDAY, WEDNESDAY, FRIDAY)))
                .service(PlannedService.inPerson(Modality.MINDFULNESS_BASED_RELAPSE_PREVENTION,
                        SessionSchedule.weekly(Duration.ofHours(1), START, end, TUESDAY)))
                .service(PlannedService.inPerson(Modality.RECOVERY_HOUSING, ResidentialStay.of(START, START.plusDays(89))))
                .service(PlannedService.inPerson(Modality.MUTUAL_HELP,
                        SessionSchedule.weekly(Duration.ofMinutes(90), START, end, THURSDAY)))
                .moud(MoudStatus.receiving(OudMedication.METHADONE))
                .continuingCare(START, START.plusMonths(12).minusDays(1));
        LocalDate asOf = end.minusDays(3);
        for (int week = 0; START.plusWeeks(week).isBefore(asOf.minusDays(6)); week++) {
            LocalDate monday = START.plusWeeks(week);
            AttendanceStatus status = week % 5 == 4 ? AttendanceStatus.MISSED : AttendanceStatus.ATTENDED;
            plan.attendance(AttendanceRecord.of(0, monday, status));
            plan.attendance(AttendanceRecord.of(0, monday.plusDays(2), AttendanceStatus.ATTENDED));
            plan.attendance(AttendanceRecord.of(0, monday.plusDays(4), AttendanceStatus.ATTENDED));
            plan.attendance(AttendanceRecord.of(1, monday.plusDays(1), AttendanceStatus.ATTENDED));
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
        List<IncentiveEvent> events = new ArrayList<>(weeks * 3);
        for (int n = 0; n < weeks * 3; n++) {
            LocalDate date = START.plusWeeks(n / 3).plusDays(2L * (n % 3));
            Instant at = date.atTime(9, 30).atZone(ZONE).toInstant();
            DrugTest test = n % 29 == 28 ? DrugTest.missed(Specimen.URINE, at)
                    : DrugTest.of(Specimen.URINE, at, List.of(
                            AnalyteResult.of(Analyte.COCAINE, n % 17 == 16 ? Outcome.POSITIVE : Outcome.NEGATIVE),
                            AnalyteResult.of(Analyte.METHADONE, Outcome.POSITIVE)));
            events.add(new IncentiveEvent.SampleResult(test));
        }
        return List.copyOf(events);
    }

    /**
     * Returns a full request: the plan of {@link #plan(int)}, methadone, and the voucher programme with
     * {@code 12 * scale} weeks of samples.
     *
     * @param scale  1, 10, 100
     * @return the request, not null
     */
    public static EvaluationRequest full(int scale) {
        EvaluationRequest plan = plan(scale);
        int weeks = 12 * scale;
        return EvaluationRequest.builder(plan.context().asOf(), ZONE)
                .policy(StandardPolicies.usDefault())
                .plan(plan.plan().orElseThrow())
                .incentives(voucherProgram(weeks), samples(weeks))
                .drawSeed(42L)
                .build();
    }

    private static Instant at(LocalDate date) {
        return date.atTime(9, 0).atZone(ZONE).toInstant();
    }
}
