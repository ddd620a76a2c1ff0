package org.aftercare.examples;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import org.aftercare.Answer;
import org.aftercare.Citation;
import org.aftercare.MoudStatus;
import org.aftercare.OudMedication;
import org.aftercare.PatientContext;
import org.aftercare.PolicyLayer;
import org.aftercare.SupportNeed;
import org.aftercare.care.AdherenceThreshold;
import org.aftercare.care.AftercarePlan;
import org.aftercare.care.AsamLevel;
import org.aftercare.care.AttendanceRecord;
import org.aftercare.care.AttendanceStatus;
import org.aftercare.care.CarePlacement;
import org.aftercare.care.CarePolicyKeys;
import org.aftercare.care.CareSetting;
import org.aftercare.care.Modality;
import org.aftercare.care.PlannedService;
import org.aftercare.care.Referral;
import org.aftercare.care.Relapse;
import org.aftercare.care.RelapseSubstance;
import org.aftercare.care.ResidentialStay;
import org.aftercare.care.SessionSchedule;
import org.aftercare.evaluation.EvaluationRequest;
import org.aftercare.evaluation.StandardPolicies;

/**
 * Realistic sample aftercare plans, such as a step-down from ASAM 3.5 residential care to 2.1
 * intensive outpatient care. {@code ./aftercare demo} evaluates them; tests assert their exact findings.
 *
 * @since 0.1.0
 */
public final class SamplePlans {
    /** The clinic zone of every sample. */
    public static final ZoneId ZONE = ZoneId.of("America/New_York");

    private SamplePlans() {
    }

    /**
     * Returns every sample plan, in demo order.
     *
     * @return the samples, not null
     */
    public static List<Sample> all() {
        return List.of(stepDownResidentialToIop(), adolescentOutpatient(), adultLeaving37WithCoOccurringDisorder());
    }

    /**
     * Returns every sample the demo shows: plans, then medication and incentive scenarios.
     *
     * @return the samples
     */
    public static List<Sample> demo() {
        List<Sample> samples = new java.util.ArrayList<>(all());
        samples.addAll(SampleMedications.all());
        samples.add(SampleIncentives.craVouchersOnMethadone());
        return List.copyOf(samples);
    }

    /**
     * A 29-year-old adult with OUD on buprenorphine steps down from 3.5 residential care to 2.1 IOP
     * for 12 weeks (group therapy 3 x 2 h 40 min plus weekly MBRP 1 h = 9 h a week), tapering the
     * groups in the last two weeks, with 90 days of recovery housing, vocational rehabilitation for
     * an employment need, and 12 months of continuing care. Evaluated on the day before it starts.
     *
     * @return the sample, not null
     */
    public static Sample stepDownResidentialToIop() {
        LocalDate start = LocalDate.of(2026, 3, 2);
        LocalDate iopEnd = LocalDate.of(2026, 5, 24);
        PatientContext patient = PatientContext.builder().ageYears(29).opioidUseDisorder(Answer.YES)
                .coOccurringMentalHealthDisorder(Answer.NO).pregnant(Answer.NO)
                .needs(SupportNeed.HOUSING, SupportNeed.EMPLOYMENT).build();
        AftercarePlan plan = AftercarePlan.builder()
                .patient(patient)
                .placement(CarePlacement.of(AsamLevel.V3_2_1, CareSetting.OUTPATIENT, start, iopEnd))
                .steppingDownFrom(AsamLevel.V3_3_5)
                .service(PlannedService.inPerson(Modality.GROUP_THERAPY,
                        SessionSchedule.weekly(Duration.ofMinutes(160), start, iopEnd.minusWeeks(2), MONDAY, WEDNESDAY, FRIDAY)))
                .service(PlannedService.inPerson(Modality.MINDFULNESS_BASED_RELAPSE_PREVENTION,
                        SessionSchedule.weekly(Duration.ofHours(1), start, start.plusWeeks(8).minusDays(1), TUESDAY)))
                .service(PlannedService.inPerson(Modality.INDIVIDUAL_COUNSELLING,
                        SessionSchedule.weekly(Duration.ofHours(1), start.plusWeeks(8), iopEnd, TUESDAY)))
                .service(PlannedService.inPerson(Modality.RECOVERY_HOUSING, ResidentialStay.of(start, start.plusDays(89))))
                .service(PlannedService.inPerson(Modality.VOCATIONAL_REHABILITATION, Referral.on(start)))
                .service(PlannedService.inPerson(Modality.MUTUAL_HELP,
                        SessionSchedule.weekly(Duration.ofMinutes(90), start, start.plusMonths(12).minusDays(1), THURSDAY)))
                .moud(MoudStatus.receiving(OudMedication.BUPRENORPHINE))
                .continuingCare(start, start.plusMonths(12).minusDays(1))
                .build();
        return new Sample("step-down-3.5-to-2.1", "Adult stepping down from residential care (3.5) to IOP (2.1)",
                EvaluationRequest.builder(at(LocalDate.of(2026, 3, 1)), ZONE).policy(StandardPolicies.usDefault())
                        .plan(plan).build());
    }

    /**
     * A 16-year-old with OUD in ASAM 1 outpatient care: weekly MDFT (90 min) and individual
     * counselling (1 h) for 16 weeks, four sessions of MET, six months of continuing care. Nothing
     * is documented about medication for OUD or co-occurring disorders, and the plan has no
     * relapse-prevention component.
     *
     * @return the sample, not null
     */
    public static Sample adolescentOutpatient() {
        LocalDate start = LocalDate.of(2026, 4, 6);
        LocalDate end = start.plusWeeks(16).minusDays(1);
        PatientContext patient = PatientContext.builder().ageYears(16).opioidUseDisorder(Answer.YES)
                .pregnant(Answer.NO).needs(SupportNeed.PARENTING).build();
        AftercarePlan plan = AftercarePlan.builder()
                .patient(patient)
                .placement(CarePlacement.of(AsamLevel.V3_1, CareSetting.OUTPATIENT, start, end))
                .service(PlannedService.inPerson(Modality.MULTIDIMENSIONAL_FAMILY_THERAPY,
                        SessionSchedule.weekly(Duration.ofMinutes(90), start, end, WEDNESDAY)))
                .service(PlannedService.telehealth(Modality.INDIVIDUAL_COUNSELLING,
                        SessionSchedule.weekly(Duration.ofHours(1), start, end, MONDAY)))
                .service(PlannedService.inPerson(Modality.MOTIVATIONAL_ENHANCEMENT,
                        SessionSchedule.everyWeeks(3, FRIDAY, Duration.ofHours(1), start, start.plusWeeks(12).minusDays(1))))
                .service(PlannedService.inPerson(Modality.PARENTING_SUPPORT, Referral.on(start)))
                .continuingCare(start, start.plusMonths(6).minusDays(1))
                .build();
        return new Sample("adolescent-outpatient", "Adolescent (16) in outpatient care (ASAM 1) with MDFT",
                EvaluationRequest.builder(at(start.minusDays(3)), ZONE).policy(StandardPolicies.usDefault())
                        .plan(plan).build());
    }

    /**
     * A 45-year-old with OUD on methadone and major depression leaves 3.7 inpatient care for 2.1
     * IOP: telehealth CBT plus group therapy, primary care, 60 days of continuing care. Housing is a
     * documented need with no service. The clinic's own policy asks for 75% attendance over 14
     * days. Evaluated three weeks in, after a missed week and an opioid relapse.
     *
     * @return the sample, not null
     */
    public static Sample adultLeaving37WithCoOccurringDisorder() {
        LocalDate start = LocalDate.of(2026, 1, 5);
        LocalDate end = start.plusWeeks(8).minusDays(1);
        PatientContext patient = PatientContext.builder().ageYears(45).opioidUseDisorder(Answer.YES)
                .coOccurringMentalHealthDisorder(Answer.YES).pregnant(Answer.NO)
                .needs(SupportNeed.HOUSING, SupportNeed.PRIMARY_CARE).build();
        AftercarePlan.Builder plan = AftercarePlan.builder()
                .patient(patient)
                .placement(CarePlacement.of(AsamLevel.V3_2_1, CareSetting.OUTPATIENT, start, end))
                .steppingDownFrom(AsamLevel.V3_3_7)
                .service(PlannedService.telehealth(Modality.COGNITIVE_BEHAVIOURAL_THERAPY,
                        SessionSchedule.weekly(Duration.ofHours(1), start, start.plusWeeks(12).minusDays(1), MONDAY)))
                .service(PlannedService.inPerson(Modality.GROUP_THERAPY,
                        SessionSchedule.weekly(Duration.ofMinutes(160), start, end, TUESDAY, WEDNESDAY, THURSDAY)))
                .service(PlannedService.inPerson(Modality.PRIMARY_CARE, Referral.on(start)))
                .moud(MoudStatus.receiving(OudMedication.METHADONE))
                .continuingCare(start, start.plusDays(59))
                .relapse(Relapse.of(LocalDate.of(2026, 1, 17), RelapseSubstance.OPIOID));
        LocalDate asOf = LocalDate.of(2026, 1, 25);
        for (int week = 0; week < 3; week++) {
            boolean missedWeek = week == 1;
            LocalDate monday = start.plusWeeks(week);
            AttendanceStatus status = missedWeek ? AttendanceStatus.MISSED : AttendanceStatus.ATTENDED;
            plan.attendance(AttendanceRecord.of(0, monday, status));
            for (int day = 1; day <= 3; day++) {
                plan.attendance(AttendanceRecord.of(1, monday.plusDays(day), status));
            }
        }
        PolicyLayer clinic = PolicyLayer.builder("clinic:riverside", "Riverside Recovery Center overrides")
                .set(CarePolicyKeys.MINIMUM_ADHERENCE, AdherenceThreshold.of(Period.ofDays(14), new BigDecimal("0.75")),
                        Citation.local("Riverside Recovery Center continuing-care protocol", "section 6.1", "version 2026-01"))
                .build();
        return new Sample("leaving-3.7-co-occurring", "Adult leaving inpatient care (3.7) with a co-occurring disorder",
                EvaluationRequest.builder(at(asOf), ZONE).policy(StandardPolicies.usDefault().withLayer(clinic))
                        .plan(plan.build()).build());
    }

    private static java.time.Instant at(LocalDate date) {
        return date.atTime(LocalTime.of(9, 0)).atZone(ZONE).toInstant();
    }
}
