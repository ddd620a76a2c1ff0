package org.aftercare.charts;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.WEDNESDAY;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.aftercare.Answer;
import org.aftercare.MoudStatus;
import org.aftercare.OudMedication;
import org.aftercare.PatientContext;
import org.aftercare.Policy;
import org.aftercare.care.AftercarePlan;
import org.aftercare.care.AsamLevel;
import org.aftercare.care.CarePlacement;
import org.aftercare.care.CareSetting;
import org.aftercare.care.Modality;
import org.aftercare.care.PlannedService;
import org.aftercare.care.Referral;
import org.aftercare.care.ResidentialStay;
import org.aftercare.care.SessionSchedule;
import org.aftercare.evaluation.StandardPolicies;
import org.aftercare.incentive.FundingPolicies;
import org.aftercare.incentive.IncentiveEvent;
import org.aftercare.incentive.IncentiveInstrument;
import org.aftercare.incentive.IncentiveLedger;
import org.aftercare.incentive.IncentivePreset;
import org.aftercare.incentive.IncentivePresets;
import org.aftercare.incentive.IncentiveProgram;
import org.aftercare.medication.MedicationPolicies;
import org.aftercare.screening.Analyte;
import org.aftercare.screening.AnalyteResult;
import org.aftercare.screening.DrugTest;
import org.aftercare.screening.Outcome;
import org.aftercare.screening.Specimen;

/** The real inputs the chart tests draw: shipped policies and presets, a plan like the examples' step-down. */
final class ChartsFixture {
    static final ZoneId ZONE = ZoneId.of("America/New_York");
    static final LocalDate AS_OF_2023 = LocalDate.of(2023, 6, 1);
    static final LocalDate AS_OF_2025 = LocalDate.of(2025, 6, 1);
    static final LocalDate AS_OF_2026 = LocalDate.of(2026, 1, 14);
    static final Instant LAST_USE = LocalDateTime.of(2026, 3, 1, 21, 0).atZone(ZONE).toInstant();

    private ChartsFixture() {
    }

    static Policy virginia() {
        return StandardPolicies.named(StandardPolicies.US_DEFAULT, List.of(MedicationPolicies.VIRGINIA));
    }

    static XyChart ladders() {
        return MedicationCharts.takeHomeLadders(List.of(
                new LadderVersion("2001 text", StandardPolicies.usDefault(), AS_OF_2023),
                new LadderVersion("2024 text", StandardPolicies.usDefault(), AS_OF_2025),
                new LadderVersion("2024 text + Virginia", virginia(), AS_OF_2026)));
    }

    static TimelineChart induction() {
        return MedicationCharts.inductionTimeline(StandardPolicies.usDefault(), LAST_USE, ZONE);
    }

    static IncentiveProgram program(IncentivePreset preset, IncentiveInstrument instrument) {
        return preset.toProgramBuilder().funding(FundingPolicies.policy(FundingPolicies.SAMHSA_GRANT))
                .instrument(instrument).setting(CareSetting.OUTPATIENT).startDate(LocalDate.of(2026, 1, 5)).zone(ZONE)
                .build();
    }

    /** CRA + vouchers, 36 samples Monday/Wednesday/Friday; sample 11 cocaine-positive, sample 21 missed. */
    static IncentiveLedger craLedger() {
        IncentiveProgram program = program(IncentivePresets.craVouchersHiggins1994(), IncentiveInstrument.VOUCHER);
        List<IncentiveEvent> events = new ArrayList<>();
        LocalDate start = program.startDate();
        for (int n = 0; n < 36; n++) {
            Instant at = start.plusWeeks(n / 3).plusDays(2L * (n % 3)).atTime(9, 30).atZone(ZONE).toInstant();
            events.add(new IncentiveEvent.SampleResult(n == 20 ? DrugTest.missed(Specimen.URINE, at)
                    : DrugTest.of(Specimen.URINE, at, List.of(AnalyteResult.of(Analyte.COCAINE,
                            n == 10 ? Outcome.POSITIVE : Outcome.NEGATIVE)))));
        }
        return IncentiveLedger.compute(program, events, 42L);
    }

    static IncentiveProgram prizeProgram() {
        return program(IncentivePresets.ctn0007PrizeBowl(), IncentiveInstrument.GOODS);
    }

    /** ASAM 2.1 for 12 weeks stepping down from 3.5: groups 3 a week, housing, a referral, weekly mutual help. */
    static AftercarePlan plan() {
        LocalDate start = LocalDate.of(2026, 3, 2);
        LocalDate end = LocalDate.of(2026, 5, 24);
        return AftercarePlan.builder()
                .patient(PatientContext.builder().ageYears(29).opioidUseDisorder(Answer.YES)
                        .coOccurringMentalHealthDisorder(Answer.NO).build())
                .placement(CarePlacement.of(AsamLevel.V3_2_1, CareSetting.OUTPATIENT, start, end))
                .steppingDownFrom(AsamLevel.V3_3_5)
                .service(PlannedService.inPerson(Modality.GROUP_THERAPY,
                        SessionSchedule.weekly(Duration.ofMinutes(160), start, end, MONDAY, WEDNESDAY)))
                .service(PlannedService.inPerson(Modality.RECOVERY_HOUSING, ResidentialStay.of(start, start.plusDays(89))))
                .service(PlannedService.inPerson(Modality.VOCATIONAL_REHABILITATION, Referral.on(start.plusDays(7))))
                .service(PlannedService.telehealth(Modality.MUTUAL_HELP,
                        SessionSchedule.weekly(Duration.ofMinutes(90), start, start.plusMonths(6).minusDays(1), THURSDAY)))
                .moud(MoudStatus.receiving(OudMedication.BUPRENORPHINE))
                .continuingCare(start, start.plusMonths(12).minusDays(1))
                .build();
    }
}
