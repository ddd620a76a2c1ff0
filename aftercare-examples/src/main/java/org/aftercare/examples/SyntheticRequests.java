package org.aftercare.examples;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
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
import org.aftercare.care.Referral;
import org.aftercare.care.SessionSchedule;
import org.aftercare.evaluation.EvaluationRequest;
import org.aftercare.evaluation.StandardPolicies;
import org.aftercare.incentive.FundingPolicies;
import org.aftercare.incentive.IncentiveEvent;
import org.aftercare.incentive.IncentiveInstrument;
import org.aftercare.incentive.IncentivePresets;
import org.aftercare.incentive.IncentiveProgram;
import org.aftercare.medication.Formulation;
import org.aftercare.medication.MedicationRecord;
import org.aftercare.medication.Regimen;
import org.aftercare.medication.RegimenPhase;
import org.aftercare.medication.TakeHomeCriteriaAssessment;
import org.aftercare.medication.TakeHomeRequest;
import org.aftercare.screening.Analyte;
import org.aftercare.screening.AnalyteResult;
import org.aftercare.screening.DrugTest;
import org.aftercare.screening.Outcome;
import org.aftercare.screening.Specimen;

/**
 * Synthetic evaluation requests for load tests, built from the public API: request {@code n} of seed
 * {@code s} is always the same. The mix: half a plan only, three in ten a plan and a methadone take-home
 * request, two in ten a plan, the take-home request and CRA + vouchers with up to four weeks of samples.
 * Plans are 2.1 IOP step-downs of 8 to 16 weeks starting on a day of 2026, evaluated one to four weeks in,
 * with the sessions so far recorded (some missed) and, now and then, a relapse. {@code ./aftercare generate} writes
 * them as JSON lines; the benchmarks measure the batch's stages on them.
 *
 * <pre>{@code
 * EvaluationRequest request = SyntheticRequests.request(42, 0);   // the first line of --seed 42
 * }</pre>
 *
 * @since 0.1.0
 */
public final class SyntheticRequests {
    private static final LocalDate FIRST = LocalDate.of(2026, 1, 5);

    private SyntheticRequests() {
    }

    /**
     * Returns request {@code n} of the stream of {@code seed}, the same on every call.
     *
     * @param seed  the seed of the stream
     * @param n  the request's number in the stream, from 0
     * @return the request, not null
     */
    public static EvaluationRequest request(long seed, long n) {
        SplittableRandom random = new SplittableRandom(seed ^ (n * 0x9E3779B97F4A7C15L));
        LocalDate start = FIRST.plusWeeks(random.nextInt(40));
        int weeks = 8 + random.nextInt(9);
        int elapsed = 1 + random.nextInt(4);
        LocalDate end = start.plusWeeks(weeks).minusDays(1);
        LocalDate asOf = start.plusWeeks(elapsed).plusDays(random.nextInt(5));
        int kind = random.nextInt(10);
        boolean methadone = kind >= 5 || random.nextBoolean();
        OudMedication medication = methadone ? OudMedication.METHADONE : OudMedication.BUPRENORPHINE;
        PatientContext patient = PatientContext.builder().ageYears(18 + random.nextInt(50)).opioidUseDisorder(Answer.YES)
                .stimulantUseDisorder(kind >= 8 ? Answer.YES : Answer.NO)
                .coOccurringMentalHealthDisorder(random.nextInt(4) == 0 ? Answer.YES : Answer.NO)
                .pregnant(Answer.NO).needs(random.nextBoolean() ? new SupportNeed[] {SupportNeed.HOUSING} : new SupportNeed[0]).build();
        AftercarePlan.Builder plan = AftercarePlan.builder()
                .patient(patient)
                .placement(CarePlacement.of(AsamLevel.V3_2_1, CareSetting.OUTPATIENT, start, end))
                .steppingDownFrom(random.nextBoolean() ? AsamLevel.V3_3_5 : AsamLevel.V3_3_7)
                .service(PlannedService.inPerson(Modality.GROUP_THERAPY,
                        SessionSchedule.weekly(Duration.ofMinutes(150 + 10 * random.nextInt(4)), start, end,
                                MONDAY, WEDNESDAY, FRIDAY)))
                .service(PlannedService.inPerson(Modality.MINDFULNESS_BASED_RELAPSE_PREVENTION,
                        SessionSchedule.weekly(Duration.ofHours(1), start, end, TUESDAY)))
                .service(PlannedService.inPerson(Modality.MUTUAL_HELP,
                        SessionSchedule.weekly(Duration.ofMinutes(90), start, start.plusMonths(6).minusDays(1), THURSDAY)))
                .moud(MoudStatus.receiving(medication))
                .continuingCare(start, start.plusMonths(6 + random.nextInt(7)).minusDays(1));
        if (random.nextInt(3) == 0) {
            plan.service(PlannedService.inPerson(Modality.PRIMARY_CARE, Referral.on(start)));
        }
        for (int week = 0; week < elapsed; week++) {
            LocalDate monday = start.plusWeeks(week);
            for (int day : new int[] {0, 2, 4}) {
                if (monday.plusDays(day).isBefore(asOf)) {
                    plan.attendance(AttendanceRecord.of(0, monday.plusDays(day),
                            random.nextInt(8) == 0 ? AttendanceStatus.MISSED : AttendanceStatus.ATTENDED));
                }
            }
        }
        EvaluationRequest.Builder request = EvaluationRequest.builder(at(asOf, 9), SamplePlans.ZONE)
                .policy(StandardPolicies.usDefault())
                .plan(plan.build());
        if (kind >= 5 && methadone) {
            request.medication(MedicationRecord.builder()
                    .regimen(Regimen.of(Formulation.METHADONE_ORAL_LIQUID, RegimenPhase.MAINTENANCE, start))
                    .takeHomeCriteriaAssessment(new TakeHomeCriteriaAssessment(asOf.minusDays(1), 4 + random.nextInt(5)))
                    .takeHomeRequest(TakeHomeRequest.of(OudMedication.METHADONE, asOf, 1 + random.nextInt(7), 0))
                    .build());
        }
        if (kind >= 8) {
            request.incentives(program(start), samples(random, start, asOf)).drawSeed(n);
        }
        return request.build();
    }

    private static IncentiveProgram program(LocalDate start) {
        return IncentivePresets.craVouchersHiggins1994().toProgramBuilder()
                .funding(FundingPolicies.policy(FundingPolicies.SAMHSA_GRANT))
                .instrument(IncentiveInstrument.VOUCHER)
                .setting(CareSetting.OUTPATIENT)
                .startDate(start)
                .zone(SamplePlans.ZONE)
                .build();
    }

    private static List<IncentiveEvent> samples(SplittableRandom random, LocalDate start, LocalDate asOf) {
        List<IncentiveEvent> events = new ArrayList<>();
        for (int n = 0; ; n++) {
            LocalDate date = start.plusWeeks(n / 3).plusDays(2L * (n % 3));
            if (!date.isBefore(asOf)) {
                return events;
            }
            Instant collected = at(date, 10);
            DrugTest test = random.nextInt(15) == 0 ? DrugTest.missed(Specimen.URINE, collected)
                    : DrugTest.of(Specimen.URINE, collected, List.of(
                            AnalyteResult.of(Analyte.COCAINE, random.nextInt(6) == 0 ? Outcome.POSITIVE : Outcome.NEGATIVE),
                            AnalyteResult.of(Analyte.METHADONE, Outcome.POSITIVE)));
            events.add(new IncentiveEvent.SampleResult(test));
        }
    }

    private static Instant at(LocalDate date, int hour) {
        return date.atTime(hour, 0).atZone(SamplePlans.ZONE).toInstant();
    }
}
