package org.aftercare.incentive;

import static org.aftercare.incentive.TestPrograms.mwf;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.aftercare.Answer;
import org.aftercare.Evaluation;
import org.aftercare.EvaluationContext;
import org.aftercare.Finding;
import org.aftercare.MoudStatus;
import org.aftercare.OudMedication;
import org.aftercare.PatientContext;
import org.aftercare.Policy;
import org.aftercare.RuleContext;
import org.aftercare.RuleDescriptor;
import org.aftercare.Severity;
import org.aftercare.VerificationStatus;
import org.aftercare.care.CareSetting;
import org.aftercare.screening.Analyte;
import org.aftercare.screening.AnalyteResult;
import org.aftercare.screening.DrugTest;
import org.aftercare.screening.Outcome;
import org.aftercare.screening.Specimen;
import org.junit.jupiter.api.Test;

class IncentiveReviewTest {
    private static final PatientContext OUD = PatientContext.builder().opioidUseDisorder(Answer.YES).build();
    private static final MoudStatus ON_METHADONE = MoudStatus.receiving(OudMedication.METHADONE);

    private static Evaluation review(IncentiveProgram program, List<IncentiveEvent> events, PatientContext patient,
            MoudStatus moud) {
        return review(program, events, patient, moud, TestPrograms.ZONE);
    }

    private static Evaluation review(IncentiveProgram program, List<IncentiveEvent> events, PatientContext patient,
            MoudStatus moud, ZoneId zone) {
        RuleContext ctx = RuleContext.of(EvaluationContext.of(Instant.parse("2026-04-01T15:00:00Z"), zone,
                Policy.of("ctx", List.of(FundingPolicies.layer(FundingPolicies.SAMHSA_GRANT)))));
        IncentiveReview.evaluate(program, events, patient, moud, ctx);
        return ctx.toEvaluation();
    }

    private static Finding only(Evaluation evaluation, RuleDescriptor rule) {
        List<Finding> found = evaluation.findings(rule.code());
        assertThat(found).as(rule.code()).hasSize(1);
        return found.get(0);
    }

    @Test
    void craUnderSamhsa2025_reportsMaximumUnverifiedAmountsAndCapExcess() {
        Evaluation result = review(TestPrograms.cra(FundingPolicies.policy(FundingPolicies.SAMHSA_GRANT)),
                EscalatingVoucherLedgerTest.craEvents(), OUD, ON_METHADONE);

        Finding max = only(result, IncentiveRules.SCHEDULE_MAXIMUM);
        assertThat(max.severity()).isEqualTo(Severity.INFO);
        assertThat(max.path()).isEqualTo("incentive.schedule");
        assertThat(max.message()).isEqualTo("Programme cra-vouchers-higgins-1994: at most $997.50 over 36 incentivized "
                + "samples, of which $120.00 in run bonuses; largest item $46.25");
        assertThat(max.citation().status()).isEqualTo(VerificationStatus.UNVERIFIED);

        Finding unverified = only(result, IncentiveRules.SCHEDULE_UNVERIFIED_PARAMETERS);
        assertThat(unverified.severity()).isEqualTo(Severity.WARNING);
        assertThat(unverified.message()).contains("failurePolicy.excusedAbsence, schedule.bonus, schedule.startValue, "
                + "schedule.step");

        Finding exceed = only(result, IncentiveRules.CAP_SCHEDULE_CAN_EXCEED);
        assertThat(exceed.severity()).isEqualTo(Severity.WARNING);
        assertThat(exceed.message()).isEqualTo("The schedule can earn $997.50 over 36 incentivized samples, above "
                + "incentive.cap.annual at most $750.00 counted per calendar year (funding samhsa-grant, layer samhsa-grant); the excess $247.50 "
                + "would be withheld");
        assertThat(exceed.citation().document()).isEqualTo("SAMHSA contingency management guidance for grantees");
        assertThat(exceed.restsOnUnverifiedSource()).isTrue();

        Finding dilute = only(result, IncentiveRules.SAMPLE_NOT_ASSESSED);
        assertThat(dilute.path()).isEqualTo("incentive.events[17]");
        assertThat(result.findings(IncentiveRules.TARGET_OPIOID_ABSTINENCE_WITHOUT_MOUD.code())).isEmpty();
        assertThat(result.findings(IncentiveRules.CAP_WITHHELD.code())).isEmpty(); // 173.75 paid, below 750.00
        assertThat(result.hasErrors()).isFalse();
    }

    @Test
    void cashUnderSamhsa_isAnError() {
        IncentiveProgram cash = TestPrograms.program(IncentivePresets.craVouchersHiggins1994(),
                FundingPolicies.policy(FundingPolicies.SAMHSA_GRANT)).instrument(IncentiveInstrument.CASH).build();
        Finding f = only(review(cash, List.of(), OUD, ON_METHADONE), IncentiveRules.INSTRUMENT_NOT_ALLOWED);
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.path()).isEqualTo("incentive.instrument");
        assertThat(f.message()).isEqualTo("Incentive form CASH is not allowed under funding samhsa-grant on 2026-01-05; "
                + "allowed: [GOODS, VOUCHER, GIFT_CARD]");
    }

    @Test
    void californiaInResidentialCare_isAnError_andItsCapIsExceeded() {
        IncentiveProgram residential = TestPrograms.program(IncentivePresets.californiaRecoveryIncentives(),
                FundingPolicies.policy(FundingPolicies.CALIFORNIA_RECOVERY_INCENTIVES))
                .instrument(IncentiveInstrument.GIFT_CARD).setting(CareSetting.RESIDENTIAL).build();
        Evaluation result = review(residential, List.of(), OUD, ON_METHADONE);
        Finding setting = only(result, IncentiveRules.SETTING_OUTPATIENT_ONLY);
        assertThat(setting.severity()).isEqualTo(Severity.ERROR);
        assertThat(setting.path()).isEqualTo("incentive.setting");
        assertThat(only(result, IncentiveRules.CAP_SCHEDULE_CAN_EXCEED).message()).contains("$855.00")
                .contains("incentive.cap.annual at most $599.00").contains("the excess $256.00 would be withheld");
        assertThat(result.findings(IncentiveRules.INSTRUMENT_NOT_ALLOWED.code())).isEmpty();
        Finding eligibility = only(result, IncentiveRules.ELIGIBILITY_STIMULANT_USE_DISORDER);
        assertThat(eligibility.path()).isEqualTo("patient.stimulantUseDisorder");
        assertThat(eligibility.message()).isEqualTo("Funding california-recovery-incentives pays incentives only for a "
                + "stimulant use disorder; the patient's is not documented");
        PatientContext withSud = PatientContext.builder().opioidUseDisorder(Answer.YES)
                .stimulantUseDisorder(Answer.YES).build();
        assertThat(review(residential, List.of(), withSud, ON_METHADONE)
                .findings(IncentiveRules.ELIGIBILITY_STIMULANT_USE_DISORDER.code())).isEmpty();
    }

    @Test
    void advisoryOpinion2204_isRequestorOnly_itemsTooLarge_voucherNotAllowed() {
        Evaluation result = review(TestPrograms.cra(FundingPolicies.policy(FundingPolicies.OIG_AO_22_04)), List.of(), OUD,
                ON_METHADONE);
        assertThat(only(result, IncentiveRules.FUNDING_REQUESTOR_ONLY).severity()).isEqualTo(Severity.WARNING);
        assertThat(only(result, IncentiveRules.CAP_ITEM_CAN_EXCEED).message()).isEqualTo("One item can be worth "
                + "$46.25, above the per-item cap below $5.00 (funding oig-ao-22-04)");
        assertThat(only(result, IncentiveRules.INSTRUMENT_NOT_ALLOWED).message()).contains("VOUCHER")
                .contains("[RESTRICTED_DEBIT_CARD]");
    }

    @Test
    void monthlyCap_isCheckedAtDesignTimeOverTheWeeksTouchingEachMonth() {
        // AO 22-04, $200 a month. CRA from 2026-01-05: March touches weeks 8-13 (week 13 has no vouchers):
        // steps 21..35 = 15 x 2.50 + 1.25 x 420 = 562.50, plus 5 bonuses (runs of 24, 27, 30, 33, 36) = 612.50
        Evaluation result = review(TestPrograms.program(IncentivePresets.craVouchersHiggins1994(),
                FundingPolicies.policy(FundingPolicies.OIG_AO_22_04)).instrument(IncentiveInstrument.RESTRICTED_DEBIT_CARD)
                .build(), List.of(), OUD, ON_METHADONE);
        assertThat(result.findings(IncentiveRules.CAP_SCHEDULE_CAN_EXCEED.code())).extracting(Finding::message)
                .containsExactlyInAnyOrder(
                        "The schedule can earn $612.50 over 15 incentivized samples in 2026-03 (programme weeks 8-13), "
                                + "above incentive.cap.per-month at most $200.00 (funding oig-ao-22-04, layer oig-ao-22-04); "
                                + "the excess $412.50 would be withheld",
                        "The schedule can earn $997.50 over 36 incentivized samples, above incentive.cap.annual at most "
                                + "$599.00 counted per calendar year (funding oig-ao-22-04, layer oig-ao-22-04); the excess "
                                + "$398.50 would be withheld");
    }

    @Test
    void calendarYearCap_isCheckedPerYear_whenTheProgrammeSpansNewYear() {
        // OIG $75 per calendar year; CRA starting 2026-11-30: 2026 touches weeks 1-5 (15 samples, steps 0..14:
        // 37.50 + 1.25 x 105 = 168.75, plus 5 bonuses = 218.75); 2027 touches weeks 5-24 (24 samples, steps 12..35:
        // 60 + 1.25 x 564 = 765, plus 8 bonuses = 845.00; weeks 13-24 pay no vouchers)
        Evaluation result = review(TestPrograms.program(IncentivePresets.craVouchersHiggins1994(),
                FundingPolicies.policy(FundingPolicies.OIG_NOMINAL_VALUE)).startDate(java.time.LocalDate.of(2026, 11, 30))
                .build(), List.of(), OUD, ON_METHADONE);
        assertThat(only(result, IncentiveRules.CAP_SCHEDULE_CAN_EXCEED).message()).isEqualTo("The schedule can earn "
                + "$845.00 over 24 incentivized samples in calendar year 2027 (programme weeks 5-24), above "
                + "incentive.cap.annual at most $75.00 counted per calendar year (funding oig-nominal-value, layer "
                + "oig-nominal-value); the excess $770.00 would be withheld");
    }

    @Test
    void capReachedAtRunTime_reportsWithheldAmountAtTheEventPath() {
        Evaluation result = review(TestPrograms.cra(FundingPolicies.policy(FundingPolicies.OIG_NOMINAL_VALUE)),
                EscalatingVoucherLedgerTest.craEvents(), OUD, ON_METHADONE);
        List<Finding> withheld = result.findings(IncentiveRules.CAP_WITHHELD.code());
        assertThat(withheld).extracting(Finding::path).containsExactlyInAnyOrder("incentive.events[10]",
                "incentive.events[11]", "incentive.events[12]", "incentive.events[13]", "incentive.events[15]",
                "incentive.events[16]", "incentive.events[18]", "incentive.events[20]");
        Finding first = withheld.stream().filter(f -> f.path().equals("incentive.events[10]")).findFirst().orElseThrow();
        assertThat(first.severity()).isEqualTo(Severity.WARNING);
        assertThat(first.message()).isEqualTo("On 2026-01-28 $15.00 was earned, $5.00 paid and $10.00 withheld: "
                + "incentive.cap.annual at most $75.00 in calendar year 2026, $70.00 already paid");
        assertThat(first.citation().document()).isEqualTo("HHS-OIG policy statement on nominal value");
        assertThat(first.restsOnUnverifiedSource()).isTrue(); // the amounts come from [U] Higgins parameters
    }

    @Test
    void withheldUnderAnAssumedCalendarYear_citesTheUnverifiedBasis() {
        IncentiveProgram local = TestPrograms.program(IncentivePresets.craVouchersHiggins1994(),
                FundingPolicies.policy(FundingPolicies.OIG_NOMINAL_VALUE))
                .parameterSources(Map.of("schedule", TestPrograms.TEST_SOURCE)).build();
        Evaluation result = review(local, EscalatingVoucherLedgerTest.craEvents(), OUD, ON_METHADONE);
        Finding withheld = result.findings(IncentiveRules.CAP_WITHHELD.code()).get(0);
        assertThat(withheld.citations()).extracting(c -> c.status()).containsExactly(VerificationStatus.VERIFIED,
                VerificationStatus.UNVERIFIED);
        assertThat(withheld.citations().get(1).section()).isEqualTo("annual aggregate");
        assertThat(result.findings(IncentiveRules.SCHEDULE_UNVERIFIED_PARAMETERS.code())).isEmpty();
    }

    @Test
    void opioidAbstinenceTarget_withoutMoud_warns() {
        IncentiveProgram opioid = TestPrograms.program(IncentivePresets.craVouchersHiggins1994(),
                FundingPolicies.policy(FundingPolicies.SAMHSA_GRANT))
                .target(IncentiveTarget.Abstinence.from(Analyte.OPIATES, Analyte.FENTANYL)).build();
        Finding declined = only(review(opioid, List.of(), OUD, MoudStatus.offeredDeclined()),
                IncentiveRules.TARGET_OPIOID_ABSTINENCE_WITHOUT_MOUD);
        assertThat(declined.severity()).isEqualTo(Severity.WARNING);
        assertThat(declined.path()).isEqualTo("incentive.target");
        assertThat(declined.message()).isEqualTo("The programme reinforces abstinence from fentanyl, opiates for a "
                + "patient with OUD whose MOUD status is OFFERED_DECLINED; loss of tolerance raises overdose risk, and "
                + "MOUD is the standard of care");
        assertThat(declined.citation().status()).isEqualTo(VerificationStatus.SECONDARY);

        Finding unknownOud = only(review(opioid, List.of(), PatientContext.builder().build(), MoudStatus.unknown()),
                IncentiveRules.TARGET_OPIOID_ABSTINENCE_WITHOUT_MOUD);
        assertThat(unknownOud.message()).contains("OUD status is not documented");

        assertThat(review(opioid, List.of(), OUD, MoudStatus.receiving(OudMedication.BUPRENORPHINE))
                .findings(IncentiveRules.TARGET_OPIOID_ABSTINENCE_WITHOUT_MOUD.code())).isEmpty();
        assertThat(review(opioid, List.of(), PatientContext.builder().opioidUseDisorder(Answer.NO).build(),
                MoudStatus.notOffered()).findings(IncentiveRules.TARGET_OPIOID_ABSTINENCE_WITHOUT_MOUD.code())).isEmpty();
    }

    @Test
    void ctnBonusOpiateTarget_withoutMoud_warns_andPrizeCapsAreJudgedOnExpectedValue() {
        IncentiveProgram samhsa = TestPrograms.program(IncentivePresets.ctn0007PrizeBowl(),
                FundingPolicies.policy(FundingPolicies.SAMHSA_GRANT)).build();
        Evaluation result = review(samhsa, List.of(), OUD, MoudStatus.notOffered());
        assertThat(only(result, IncentiveRules.TARGET_OPIOID_ABSTINENCE_WITHOUT_MOUD).message()).contains("opiates");
        assertThat(only(result, IncentiveRules.SCHEDULE_MAXIMUM).message()).isEqualTo("Programme ctn-0007-prize-bowl: "
                + "204 draws at most (156 base + 48 bonus) over 24 incentivized samples; expected value 2.2180 per draw, "
                + "about $452.47 in all; every draw winning the top prize would pay $20400.00");
        Finding canExceed = only(result, IncentiveRules.CAP_SCHEDULE_CAN_EXCEED);
        assertThat(canExceed.severity()).isEqualTo(Severity.INFO);
        assertThat(result.findings(IncentiveRules.CAP_EXPECTED_EXCEEDS.code())).isEmpty();

        IncentiveProgram oig = TestPrograms.program(IncentivePresets.ctn0007PrizeBowl(),
                FundingPolicies.policy(FundingPolicies.OIG_NOMINAL_VALUE)).build();
        Finding expected = only(review(oig, List.of(), OUD, ON_METHADONE), IncentiveRules.CAP_EXPECTED_EXCEEDS);
        assertThat(expected.severity()).isEqualTo(Severity.WARNING);
        assertThat(expected.message()).isEqualTo("The expected prize value of 204 draws is about $452.47, above "
                + "incentive.cap.annual at most $75.00 counted per calendar year (funding oig-nominal-value, layer oig-nominal-value)");
    }

    @Test
    void prescribedMoudMarkers_excludedAutomatically_withAnInfoFinding() {
        IncentiveProgram program = TestPrograms.program(IncentivePresets.craVouchersHiggins1994(), TestPrograms.noCaps())
                .target(IncentiveTarget.Abstinence.from(Analyte.COCAINE, Analyte.METHADONE, Analyte.EDDP)).build();
        IncentiveEvent sample = new IncentiveEvent.SampleResult(DrugTest.of(Specimen.URINE, TestPrograms.at(mwf(0)),
                List.of(AnalyteResult.of(Analyte.COCAINE, Outcome.NEGATIVE),
                        AnalyteResult.of(Analyte.METHADONE, Outcome.POSITIVE),
                        AnalyteResult.of(Analyte.EDDP, Outcome.POSITIVE))));
        RuleContext ctx = RuleContext.of(EvaluationContext.of(Instant.parse("2026-04-01T15:00:00Z"), TestPrograms.ZONE,
                TestPrograms.noCaps()));
        IncentiveReport report = IncentiveReview.evaluate(program, List.of(sample), OUD, ON_METHADONE, ctx);
        assertThat(report.ledger().entries().get(0).outcome()).isEqualTo(EntryOutcome.SUCCESS);
        Finding info = only(ctx.toEvaluation(), IncentiveRules.TARGET_MOUD_MARKER_EXCLUDED);
        assertThat(info.severity()).isEqualTo(Severity.INFO);
        assertThat(info.path()).isEqualTo("incentive.events[0]");
        assertThat(info.message()).isEqualTo("Sample of 2026-01-05 positive for methadone, eddp, markers of prescribed "
                + "[METHADONE]; not counted against the target");
        assertThat(report.fundingThresholds()).extracting(a -> a.key()).contains("incentive.cap.annual");
    }

    @Test
    void fundingNotInForce_isReported_notPassed() {
        IncentiveProgram early = TestPrograms.program(IncentivePresets.craVouchersHiggins1994(),
                FundingPolicies.policy(FundingPolicies.SAMHSA_GRANT)).startDate(LocalDate.of(2024, 6, 3)).build();
        Evaluation result = review(early, List.of(TestPrograms.cocaineNegative(LocalDate.of(2024, 6, 3))), OUD,
                ON_METHADONE);
        List<Finding> missing = result.findings("policy.threshold.not-in-force");
        // Caps missing on an event's date are reported at the funding policy, not at whichever same-day event
        // happens to come first, so the report does not depend on the order of events within a day.
        assertThat(missing).extracting(Finding::path).contains("incentive.funding", "incentive.instrument")
                .doesNotContain("incentive.events[0]");
        assertThat(missing).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
        assertThat(missing).anySatisfy(f -> assertThat(f.message()).contains("incentive.cap.per-item")
                .contains("2024-06-03").contains("samhsa-grant"));
    }

    @Test
    void eventsOutsideTheIncentivePeriod_andZoneMismatch_areReported() {
        Evaluation result = review(TestPrograms.cra(TestPrograms.noCaps()),
                List.of(TestPrograms.cocaineNegative(TestPrograms.START.plusWeeks(13))), OUD, ON_METHADONE,
                ZoneId.of("Pacific/Chatham"));
        Finding outside = only(result, IncentiveRules.EVENT_OUTSIDE_INCENTIVE_PERIOD);
        assertThat(outside.path()).isEqualTo("incentive.events[0]");
        assertThat(outside.message()).isEqualTo("Event of 2026-04-06 earned nothing: phase 'weeks 13-24, lottery "
                + "tickets not modelled' pays no incentives");
        assertThat(only(result, IncentiveRules.PROGRAM_ZONE_DIFFERS).message())
                .isEqualTo("The programme's clinic zone America/New_York differs from the evaluation zone "
                        + "Pacific/Chatham; treatment days of samples follow the programme's zone");
    }

    @Test
    void catalog_hasUniqueIncentiveCodes_withMeaningAndSources() {
        List<RuleDescriptor> all = IncentiveRules.all();
        assertThat(all).hasSize(15);
        assertThat(all).extracting(RuleDescriptor::code).doesNotHaveDuplicates()
                .allSatisfy(code -> assertThat(code).startsWith("incentive.").matches("[a-z0-9.-]+"));
        assertThat(all).allSatisfy(d -> assertThat(d.sources()).isNotEmpty());
    }

    @Test
    void everyPreset_citesEverySource_andFlagsUnverifiedAmounts() {
        for (IncentivePreset preset : IncentivePresets.all()) {
            IncentiveProgram program = TestPrograms.program(preset, TestPrograms.noCaps()).build();
            assertThat(program.parameterSources()).as(preset.name()).isNotEmpty();
        }
        assertThat(TestPrograms.cra(TestPrograms.noCaps()).unverifiedParameters()).containsKeys("schedule.startValue",
                "schedule.step", "schedule.bonus");
        assertThat(TestPrograms.cra(TestPrograms.noCaps()).unverifiedParameters()).doesNotContainKey("schedule.recovery");
        assertThat(FundingPolicies.names()).containsExactly("oig-nominal-value", "oig-ao-22-04", "samhsa-grant",
                "california-recovery-incentives");
    }
}
