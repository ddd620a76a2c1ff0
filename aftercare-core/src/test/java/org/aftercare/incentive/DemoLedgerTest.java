package org.aftercare.incentive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.aftercare.Answer;
import org.aftercare.Evaluation;
import org.aftercare.EvaluationContext;
import org.aftercare.MoudStatus;
import org.aftercare.OudMedication;
import org.aftercare.PatientContext;
import org.aftercare.RuleContext;
import org.aftercare.care.CareSetting;
import org.aftercare.screening.Analyte;
import org.aftercare.screening.AnalyteResult;
import org.aftercare.screening.DrugTest;
import org.aftercare.screening.Outcome;
import org.aftercare.screening.Specimen;
import org.junit.jupiter.api.Test;

/** The demo the examples module can show: 12 weeks of CRA + Vouchers with a reset and a recovery, twice. */
class DemoLedgerTest {

    @Test
    void twelveWeekCraLedger_withResetsAndRecoveries() {
        ZoneId zone = ZoneId.of("America/New_York");
        LocalDate start = LocalDate.of(2026, 1, 5);                       // a Monday
        IncentiveProgram program = IncentivePresets.craVouchersHiggins1994().toProgramBuilder()
                .funding(FundingPolicies.policy(FundingPolicies.SAMHSA_GRANT))
                .instrument(IncentiveInstrument.VOUCHER)
                .setting(CareSetting.OUTPATIENT)
                .startDate(start)
                .zone(zone)
                .build();

        List<IncentiveEvent> events = new ArrayList<>();
        for (int n = 0; n < 36; n++) {                                     // Monday, Wednesday, Friday for 12 weeks
            LocalDate date = start.plusWeeks(n / 3).plusDays(2L * (n % 3));
            Instant at = date.atTime(9, 30).atZone(zone).toInstant();
            DrugTest test = n == 20 ? DrugTest.missed(Specimen.URINE, at)   // a missed sample counts as positive
                    : DrugTest.of(Specimen.URINE, at, List.of(AnalyteResult.of(Analyte.COCAINE,
                            n == 10 ? Outcome.POSITIVE : Outcome.NEGATIVE)));
            events.add(new IncentiveEvent.SampleResult(test));
        }

        IncentiveLedger ledger = IncentiveLedger.compute(program, events, 42L);
        String text = ledger.toText();

        RuleContext ctx = RuleContext.of(EvaluationContext.of(Instant.parse("2026-04-01T15:00:00Z"), zone,
                FundingPolicies.policy(FundingPolicies.SAMHSA_GRANT)));
        IncentiveReport report = IncentiveReview.evaluate(program, events,
                PatientContext.builder().opioidUseDisorder(Answer.YES).build(),
                MoudStatus.receiving(OudMedication.METHADONE), ctx);
        Evaluation evaluation = ctx.toEvaluation();

        // run 1: steps 0..9 = 81.25 + 3 bonuses = 111.25; positive (step 10 remembered)
        // run 2: steps 0..4 then, after the 5-sample recovery, 10..13 = 92.50 + 3 bonuses = 122.50; missed (14 remembered)
        // run 3: steps 0..4, then 14..23 = 281.25 + 5 bonuses = 331.25; total 565.00, within SAMHSA's 750.00
        assertThat(ledger.total()).isEqualTo(Money.of("565.00"));
        assertThat(ledger.entries()).filteredOn(LedgerEntry::reset).hasSize(2);
        assertThat(ledger.entries()).filteredOn(LedgerEntry::recovered).extracting(LedgerEntry::date)
                .containsExactly(LocalDate.of(2026, 2, 9), LocalDate.of(2026, 3, 4));
        assertThat(report.ledger().total()).isEqualTo(ledger.total()); // the review's ledger also excludes MOUD markers
        assertThat(text).contains("2026-02-11  w6   SUCCESS                  step 10  earned 25.00 (bonus 10.00)  paid 25.00");
        assertThat(evaluation.findings()).extracting(f -> f.code()).contains("incentive.schedule.maximum",
                "incentive.schedule.unverified-parameters", "incentive.cap.schedule-can-exceed");
        assertThat(evaluation.hasErrors()).isFalse();
    }
}
