package org.aftercare.care;

import static java.time.DayOfWeek.MONDAY;
import static org.aftercare.care.PlanFixtures.END;
import static org.aftercare.care.PlanFixtures.START;
import static org.aftercare.care.PlanFixtures.baseline;
import static org.aftercare.care.PlanFixtures.codes;
import static org.aftercare.care.PlanFixtures.validate;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import org.aftercare.Answer;
import org.aftercare.Citation;
import org.aftercare.Evaluation;
import org.aftercare.Finding;
import org.aftercare.MoudStatus;
import org.aftercare.PolicyLayer;
import org.aftercare.Severity;
import org.aftercare.SupportNeed;
import org.aftercare.VerificationStatus;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PlanValidationTest {

    private static Finding only(Evaluation e) {
        assertThat(e.findings()).hasSize(1);
        return e.findings().get(0);
    }

    @Test
    void baselinePlanHasNoFindings() {
        Evaluation e = validate(baseline().build());
        assertThat(e.findings()).isEmpty();
        assertThat(e.appliedThresholds()).extracting(a -> a.key()).contains("care.weekly-hours.asam3.2-1.adult",
                "care.continuing-care.minimum-duration", "care.population.adult-age");
    }

    @Nested
    class Intensity {
        private AftercarePlan withGroupMinutes(int minutes) {
            return baseline().services(java.util.List.of(PlanFixtures.cbt(), PlanFixtures.group(Duration.ofMinutes(minutes))))
                    .build();
        }

        @Test
        void nineHoursIsOnTheAdultIopMinimum() {
            assertThat(validate(withGroupMinutes(160)).findings()).isEmpty();
        }

        @Test
        void oneMinuteShortOfNineHoursIsBelowTheMinimumEveryWeek() {
            Finding f = only(validate(withGroupMinutes(159)));
            // 1 h CBT + 3 x 2 h 39 min = 8 h 57 min
            assertThat(f.code()).isEqualTo("care.intensity.below-level-minimum");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.path()).isEqualTo("plan.services");
            assertThat(f.message()).isEqualTo("Weeks 1-12 (2026-03-02 to 2026-05-24): 8.95 h/week of clinical sessions "
                    + "scheduled, below the minimum of ASAM 2.1 Intensive Outpatient Services (3rd ed.) for adults (9-19 h/week)");
            assertThat(f.citation()).isEqualTo(CareSources.ILLINOIS_77_IAC_2060_410);
        }

        @Test
        void nineteenHoursIsOnTheMaximumAndNineteenPlusIsAbove() {
            assertThat(validate(withGroupMinutes(360)).findings()).isEmpty(); // 1 + 3 x 6 = 19 h
            Finding f = only(validate(withGroupMinutes(361)));
            assertThat(f.code()).isEqualTo("care.intensity.above-level-maximum");
            assertThat(f.message()).startsWith("Weeks 1-12 (2026-03-02 to 2026-05-24): 19.05 h/week");
        }

        @Test
        void twentyHourCeilingIsOneLayerAway() {
            PolicyLayer alt = CarePolicies.byName(CarePolicies.IOP_CEILING_20_HOURS).orElseThrow();
            assertThat(validate(withGroupMinutes(380), alt).findings()).isEmpty(); // 20 h
            Finding f = only(validate(withGroupMinutes(381), alt));
            assertThat(f.code()).isEqualTo("care.intensity.above-level-maximum");
            assertThat(f.citation().status()).isEqualTo(VerificationStatus.SECONDARY);
            assertThat(f.message()).endsWith("for adults (9-20 h/week)");
        }

        @Test
        void adolescentBoundsStartAtSixHours() {
            AftercarePlan plan = baseline()
                    .patient(PlanFixtures.adult().toBuilder().ageYears(17).build())
                    .services(java.util.List.of(PlanFixtures.cbt(), PlanFixtures.group(Duration.ofMinutes(100))))
                    .build(); // 1 + 3 x 1 h 40 = 6 h
            assertThat(validate(plan).findings()).isEmpty();
            Finding f = only(validate(plan.toBuilder()
                    .services(java.util.List.of(PlanFixtures.cbt(), PlanFixtures.group(Duration.ofMinutes(99)))).build()));
            assertThat(f.message()).contains("5.95 h/week").endsWith("for adolescents (6-19 h/week)");
        }

        @Test
        void eighteenIsAnAdultUnderTheDefaultAdultAge() {
            AftercarePlan plan = baseline().patient(PlanFixtures.adult().toBuilder().ageYears(18).build())
                    .services(java.util.List.of(PlanFixtures.cbt(), PlanFixtures.group(Duration.ofMinutes(100)))).build();
            assertThat(only(validate(plan)).message()).endsWith("for adults (9-19 h/week)");
        }

        @Test
        void lastTwoWeeksMayTaperAsAStepDown() {
            AftercarePlan plan = baseline().services(java.util.List.of(PlanFixtures.cbt(),
                    PlanFixtures.group(Duration.ofMinutes(160), START, END.minusWeeks(2)))).build();
            Finding f = only(validate(plan));
            assertThat(f.code()).isEqualTo("care.intensity.step-down-taper");
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.message()).startsWith("Weeks 11-12 (2026-05-11 to 2026-05-24): 1 h/week")
                    .endsWith("within the allowance of P14D");
            assertThat(f.citations()).containsExactly(CareSources.AETNA_ASAM_TAPER, CareSources.ILLINOIS_77_IAC_2060_410);
        }

        @Test
        void threeLowWeeksAtTheEndAreBeyondTheTaperAllowance() {
            AftercarePlan plan = baseline().services(java.util.List.of(PlanFixtures.cbt(),
                    PlanFixtures.group(Duration.ofMinutes(160), START, END.minusWeeks(3)))).build();
            Finding f = only(validate(plan));
            assertThat(f.code()).isEqualTo("care.intensity.below-level-minimum");
            assertThat(f.message()).startsWith("Weeks 10-12 (2026-05-04 to 2026-05-24): 1 h/week");
        }

        @Test
        void lowWeeksInTheMiddleAreNeverATaper() {
            AftercarePlan plan = baseline().services(java.util.List.of(PlanFixtures.cbt(),
                    PlanFixtures.group(Duration.ofMinutes(160), START, START.plusWeeks(4).minusDays(1)),
                    PlanFixtures.group(Duration.ofMinutes(160), START.plusWeeks(6), END))).build();
            Finding f = only(validate(plan));
            assertThat(f.code()).isEqualTo("care.intensity.below-level-minimum");
            assertThat(f.message()).startsWith("Weeks 5-6 (2026-03-30 to 2026-04-12): 1 h/week");
        }

        @Test
        void unknownAgeIsReportedNotGuessed() {
            AftercarePlan plan = baseline().patient(org.aftercare.PatientContext.builder().opioidUseDisorder(Answer.YES)
                    .coOccurringMentalHealthDisorder(Answer.NO).build()).build();
            Finding f = only(validate(plan));
            assertThat(f.code()).isEqualTo("care.patient.age-unknown");
            assertThat(f.path()).isEqualTo("plan.patient.ageYears");
            assertThat(f.message()).isEqualTo("Age not documented: adult or adolescent weekly-hour bounds of ASAM 2.1 "
                    + "Intensive Outpatient Services (3rd ed.) could not be chosen");
        }

        @Test
        void fourthEditionLevelsHaveNoHourBoundsUntilConfigured() {
            AftercarePlan plan = baseline().placement(CarePlacement.of(AsamLevel.V4_2_1, CareSetting.OUTPATIENT, START, END))
                    .build();
            Finding f = only(validate(plan));
            assertThat(f.code()).isEqualTo("policy.threshold.not-in-force");
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.message()).startsWith("No threshold 'care.weekly-hours.asam4.2-1.adult'");
            PolicyLayer alt = CarePolicies.byName(CarePolicies.ASAM4_HOURS_FROM_THIRD_EDITION).orElseThrow();
            Evaluation withAlt = validate(plan, alt);
            assertThat(withAlt.findings()).isEmpty();
            assertThat(withAlt.appliedThresholds()).anySatisfy(a -> {
                assertThat(a.key()).isEqualTo("care.weekly-hours.asam4.2-1.adult");
                assertThat(a.citation().status()).isEqualTo(VerificationStatus.UNVERIFIED);
            });
        }

        @Test
        void aPlacementShorterThanAWeekCannotBeJudged() {
            AftercarePlan plan = baseline().placement(CarePlacement.of(AsamLevel.V3_2_1, CareSetting.OUTPATIENT, START,
                    START.plusDays(5))).build();
            Finding f = only(validate(plan));
            assertThat(f.code()).isEqualTo("care.intensity.not-assessable");
            assertThat(f.message()).isEqualTo("Placement 2026-03-02 to 2026-03-07 has no full treatment week, so weekly "
                    + "hours of ASAM 2.1 Intensive Outpatient Services (3rd ed.) could not be judged");
        }
    }

    @Test
    void residentialLevelInAnOutpatientSettingIsAnError() {
        AftercarePlan plan = baseline().placement(CarePlacement.of(AsamLevel.V3_3_5, CareSetting.OUTPATIENT, START, END))
                .build();
        Finding f = only(validate(plan));
        assertThat(f.code()).isEqualTo("care.setting.requires-24-hour");
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.path()).isEqualTo("plan.placement.setting");
        assertThat(f.message()).isEqualTo("ASAM 3.5 Clinically Managed High-Intensity Residential Services (3rd ed.) needs "
                + "a 24-hour setting (RESIDENTIAL); planned setting is OUTPATIENT");
        assertThat(validate(plan.toBuilder().placement(CarePlacement.of(AsamLevel.V3_3_5, CareSetting.RESIDENTIAL, START,
                END)).build()).findings()).isEmpty();
    }

    @Nested
    class Modalities {
        private AftercarePlan withMdft(int age) {
            return baseline().patient(PlanFixtures.adult().toBuilder().ageYears(age).build())
                    .service(PlannedService.inPerson(Modality.MULTIDIMENSIONAL_FAMILY_THERAPY,
                            SessionSchedule.weekly(Duration.ofMinutes(90), START, START.plusWeeks(16).minusDays(1), MONDAY)))
                    .build();
        }

        @Test
        void mdftIsForAgesElevenToEighteen() {
            assertThat(codes(validate(withMdft(18)))).doesNotContain("care.modality.outside-population");
            Finding f = validate(withMdft(19)).findings("care.modality.outside-population").get(0);
            assertThat(f.path()).isEqualTo("plan.services[2].modality");
            assertThat(f.message()).isEqualTo("Multidimensional family therapy (MDFT) is intended for ages 11-18 years; "
                    + "the patient is 19");
            assertThat(f.citation()).isEqualTo(CareSources.MDFT_DEVELOPER);
        }

        @Test
        void mdftThirteenToEighteenIsOneLayerAway() {
            PolicyLayer alt = CarePolicies.byName(CarePolicies.MDFT_AGES_13_TO_18).orElseThrow();
            assertThat(codes(validate(withMdft(12)))).doesNotContain("care.modality.outside-population");
            Finding f = validate(withMdft(12), alt).findings("care.modality.outside-population").get(0);
            assertThat(f.message()).contains("ages 13-18 years; the patient is 12");
            assertThat(f.citation()).isEqualTo(CareSources.MDFT_FOUNDATIONS);
        }

        private AftercarePlan withTsfSessions(int sessions) {
            return baseline().service(PlannedService.inPerson(Modality.TWELVE_STEP_FACILITATION,
                    SessionSchedule.weekly(Duration.ofHours(1), START, START.plusWeeks(sessions).minusDays(1),
                            java.time.DayOfWeek.FRIDAY))).build();
        }

        @Test
        void tsfUsualDoseIsTwelveToFifteenSessions() {
            // Fridays from Monday 2026-03-02: n weeks hold n Fridays. TSF hours also count toward IOP hours (max 19).
            assertThat(codes(validate(withTsfSessions(12)))).isEmpty();
            assertThat(codes(validate(withTsfSessions(15)))).isEmpty();
            Finding below = only(validate(withTsfSessions(11)));
            assertThat(below.code()).isEqualTo("care.modality.dose-below-usual");
            assertThat(below.severity()).isEqualTo(Severity.WARNING);
            assertThat(below.path()).isEqualTo("plan.services[2].schedule");
            assertThat(below.message()).isEqualTo("Twelve-step facilitation (TSF) is planned as 11 sessions over 11 weeks; "
                    + "usual dose is 12-15 sessions");
            Finding above = only(validate(withTsfSessions(16)));
            assertThat(above.code()).isEqualTo("care.modality.dose-above-usual");
            assertThat(above.severity()).isEqualTo(Severity.INFO);
        }

        @Test
        void noRelapsePreventionComponentIsAWarning() {
            AftercarePlan plan = baseline().services(java.util.List.of(PlanFixtures.group(Duration.ofMinutes(180)))).build();
            Finding f = only(validate(plan));
            assertThat(f.code()).isEqualTo("care.plan.no-relapse-prevention");
            assertThat(f.message()).isEqualTo("None of the 1 planned services is a relapse-prevention component");
        }
    }

    @Nested
    class WholePerson {
        @Test
        void oudWithMoudNotOfferedIsAnError() {
            Finding f = only(validate(baseline().moud(MoudStatus.notOffered()).build()));
            assertThat(f.code()).isEqualTo("care.moud.not-offered");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.path()).isEqualTo("plan.moud");
        }

        @Test
        void moudDeclinedIsDocumentedAndPasses() {
            assertThat(validate(baseline().moud(MoudStatus.offeredDeclined()).build()).findings()).isEmpty();
        }

        @Test
        void moudNotDocumentedIsAWarning() {
            assertThat(only(validate(baseline().moud(MoudStatus.unknown()).build())).code())
                    .isEqualTo("care.moud.not-documented");
        }

        @Test
        void oudDiagnosisUnknownIsReported() {
            AftercarePlan plan = baseline().patient(PlanFixtures.adult().toBuilder().opioidUseDisorder(Answer.UNKNOWN).build())
                    .moud(MoudStatus.notOffered()).build();
            Finding f = only(validate(plan));
            assertThat(f.code()).isEqualTo("care.patient.oud-diagnosis-unknown");
            assertThat(f.severity()).isEqualTo(Severity.INFO);
        }

        @Test
        void coOccurringDisorderNeedsAMentalHealthService() {
            AftercarePlan plan = baseline()
                    .patient(PlanFixtures.adult().toBuilder().coOccurringMentalHealthDisorder(Answer.YES).build()).build();
            Finding f = only(validate(plan));
            assertThat(f.code()).isEqualTo("care.co-occurring.no-mental-health-service");
            AftercarePlan served = plan.toBuilder().service(PlannedService.telehealth(Modality.MENTAL_HEALTH_SERVICES,
                    Referral.on(START))).build();
            assertThat(validate(served).findings()).isEmpty();
        }

        @Test
        void coOccurringUnknownIsReported() {
            AftercarePlan plan = baseline()
                    .patient(PlanFixtures.adult().toBuilder().coOccurringMentalHealthDisorder(Answer.UNKNOWN).build()).build();
            assertThat(only(validate(plan)).code()).isEqualTo("care.co-occurring.not-documented");
        }

        @Test
        void eachUnmetNeedIsAWarning() {
            AftercarePlan plan = baseline()
                    .patient(PlanFixtures.adult().toBuilder().needs(SupportNeed.EMPLOYMENT, SupportNeed.HOUSING).build())
                    .service(PlannedService.inPerson(Modality.VOCATIONAL_REHABILITATION, Referral.on(START))).build();
            Finding f = only(validate(plan));
            assertThat(f.code()).isEqualTo("care.wrap-around.unmet-need");
            assertThat(f.message()).isEqualTo("Documented need HOUSING has no matching service in the plan (for example "
                    + "recovery-housing or therapeutic-community or housing-support)");
        }
    }

    @Nested
    class Durations {
        @Test
        void threeMonthsOfContinuingCareIsTheDefaultMinimum() {
            assertThat(validate(baseline().continuingCare(START, LocalDate.of(2026, 6, 1)).build()).findings()).isEmpty();
            Finding f = only(validate(baseline().continuingCare(START, LocalDate.of(2026, 5, 31)).build()));
            assertThat(f.code()).isEqualTo("care.continuing-care.below-minimum");
            assertThat(f.path()).isEqualTo("plan.continuingCare.end");
            assertThat(f.message()).startsWith("Continuing care is planned from 2026-03-02 to 2026-05-31 (91 days), shorter "
                    + "than the policy minimum of P3M");
            assertThat(f.citations()).containsExactly(CareSources.NIDA_PRINCIPLE_5, CareSources.MCKAY_2009,
                    CareSources.BLODGETT_2014);
        }

        @Test
        void twelveMonthMinimumIsUnverifiedAndSaysSo() {
            PolicyLayer alt = CarePolicies.byName(CarePolicies.CONTINUING_CARE_12_MONTHS).orElseThrow();
            assertThat(validate(baseline().build(), alt).findings()).isEmpty(); // exactly 12 months
            Finding f = only(validate(baseline().continuingCare(START, START.plusMonths(12).minusDays(2)).build(), alt));
            assertThat(f.citation().status()).isEqualTo(VerificationStatus.UNVERIFIED);
            assertThat(f.restsOnUnverifiedSource()).isTrue();
        }

        @Test
        void clinicOverrideIsCitedInTheFinding() {
            Citation clinic = Citation.local("Sunrise Clinic aftercare protocol", "4.2", "2026-01");
            PolicyLayer override = PolicyLayer.builder("clinic:sunrise", "Sunrise overrides")
                    .set(CarePolicyKeys.CONTINUING_CARE_MINIMUM, Period.ofMonths(18), clinic).build();
            Evaluation e = validate(baseline().build(), override);
            Finding f = only(e);
            assertThat(f.citation()).isEqualTo(clinic);
            assertThat(f.message()).contains("policy minimum of P18M");
            assertThat(e.appliedLayers()).contains("clinic:sunrise", CarePolicies.EVIDENCE_DEFAULTS);
        }

        private AftercarePlan withHousingDays(LocalDate lastDay) {
            return baseline().service(PlannedService.inPerson(Modality.RECOVERY_HOUSING, ResidentialStay.of(START, lastDay)))
                    .build();
        }

        @Test
        void recoveryHousingOfSixMonthsOrMoreMatchesTheEvidence() {
            assertThat(validate(withHousingDays(LocalDate.of(2026, 9, 1))).findings()).isEmpty();
            Finding f = only(validate(withHousingDays(LocalDate.of(2026, 8, 31))));
            assertThat(f.code()).isEqualTo("care.recovery-housing.stay-below-evidence");
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.message()).isEqualTo("Recovery housing / sober living stay is planned for 183 days (2026-03-02 to "
                    + "2026-08-31); the evidence supports at least P6M");
        }

        @Test
        void therapeuticCommunityOfNinetyDaysMatchesTheEvidence() {
            AftercarePlan ok = baseline().service(PlannedService.inPerson(Modality.THERAPEUTIC_COMMUNITY,
                    ResidentialStay.of(START, START.plusDays(89)))).build();
            assertThat(validate(ok).findings()).isEmpty();
            AftercarePlan shortStay = baseline().service(PlannedService.inPerson(Modality.THERAPEUTIC_COMMUNITY,
                    ResidentialStay.of(START, START.plusDays(88)))).build();
            assertThat(only(validate(shortStay)).code()).isEqualTo("care.therapeutic-community.stay-below-evidence");
        }
    }

    @Nested
    class AttendanceAndRelapse {
        private final PolicyLayer clinic = PolicyLayer.builder("clinic:sunrise", "Sunrise overrides")
                .set(CarePolicyKeys.MINIMUM_ADHERENCE, AdherenceThreshold.of(Period.ofDays(14), new BigDecimal("0.75")),
                        Citation.local("Sunrise Clinic aftercare protocol", "6.1", "2026-01"))
                .build();
        // As of Sunday 2026-03-15: the 14-day window 2026-03-02..15 holds 2 CBT + 6 group sessions.
        private final LocalDate asOf = LocalDate.of(2026, 3, 15);

        private AftercarePlan withAttendance(int missed) {
            AftercarePlan.Builder b = baseline();
            int n = 0;
            for (int s = 0; s < 2; s++) {
                for (LocalDate d : ((SessionSchedule) baseline().build().services().get(s).schedule())
                        .sessionDatesBetween(START, asOf)) {
                    b.attendance(AttendanceRecord.of(s, d, n++ < missed ? AttendanceStatus.MISSED : AttendanceStatus.ATTENDED));
                }
            }
            return b.build();
        }

        @Test
        void withoutAThresholdAdherenceIsReportedAsUnconfigured() {
            Finding f = only(validate(withAttendance(0), asOf));
            assertThat(f.code()).isEqualTo("policy.threshold.not-in-force");
            assertThat(f.path()).isEqualTo("plan.attendance");
            assertThat(f.severity()).isEqualTo(Severity.INFO);
        }

        @Test
        void sixOfEightIsSeventyFivePercentAndPasses() {
            assertThat(validate(withAttendance(2), asOf, clinic).findings()).isEmpty();
        }

        @Test
        void fiveOfEightIsBelowSeventyFivePercent() {
            Finding f = only(validate(withAttendance(3), asOf, clinic));
            assertThat(f.code()).isEqualTo("care.attendance.below-threshold");
            assertThat(f.message()).isEqualTo("Attended 5 of 8 sessions (62%) from 2026-03-02 to 2026-03-15, below the "
                    + "policy minimum of 75% over P14D: re-engage and consider a step-up in level of care");
            assertThat(f.citation().status()).isEqualTo(VerificationStatus.LOCAL);
        }

        @Test
        void excusedAbsencesDoNotCountAgainstAdherence() {
            AftercarePlan.Builder b = baseline();
            SessionSchedule group = (SessionSchedule) baseline().build().services().get(1).schedule();
            b.attendance(AttendanceRecord.of(0, START, AttendanceStatus.ATTENDED));
            b.attendance(AttendanceRecord.of(0, START.plusWeeks(1), AttendanceStatus.ATTENDED));
            for (LocalDate d : group.sessionDatesBetween(START, asOf)) {
                b.attendance(AttendanceRecord.of(1, d, AttendanceStatus.EXCUSED));
            }
            assertThat(validate(b.build(), asOf, clinic).findings()).isEmpty();
        }

        @Test
        void unrecordedSessionsAreReportedNotAssumedAttended() {
            Finding f = only(validate(baseline().attendance(AttendanceRecord.of(0, START, AttendanceStatus.ATTENDED)).build(),
                    asOf, clinic));
            assertThat(f.code()).isEqualTo("care.attendance.not-recorded");
            assertThat(f.message()).isEqualTo("7 of 8 sessions scheduled from 2026-03-02 to 2026-03-15 have no attendance record");
        }

        @Test
        void opioidRelapseYieldsReEngagementAndOverdosePromptsNeverFailure() {
            AftercarePlan plan = withAttendance(0).toBuilder()
                    .relapse(Relapse.of(LocalDate.of(2026, 2, 20), RelapseSubstance.OPIOID))
                    .relapse(Relapse.of(LocalDate.of(2026, 3, 3), RelapseSubstance.OPIOID))
                    .relapse(Relapse.of(LocalDate.of(2026, 3, 10), RelapseSubstance.ALCOHOL))
                    .relapse(Relapse.of(LocalDate.of(2026, 3, 16), RelapseSubstance.OPIOID)).build();
            Evaluation e = validate(plan, asOf, clinic);
            assertThat(e.findings()).extracting(Finding::code, Finding::path).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("care.relapse.overdose-risk", "plan.relapses[1]"),
                    org.assertj.core.groups.Tuple.tuple("care.relapse.re-engagement", "plan.relapses[1]"),
                    org.assertj.core.groups.Tuple.tuple("care.relapse.re-engagement", "plan.relapses[2]"));
            assertThat(e.findings()).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
            assertThat(e.findings().get(0).message()).isEqualTo("Relapse (OPIOID) on 2026-03-03 after a period of reduced "
                    + "use: tolerance may be lost; offer naloxone and overdose education, and medication for OUD");
        }
    }
}
