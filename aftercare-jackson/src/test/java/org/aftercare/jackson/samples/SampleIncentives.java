package org.aftercare.jackson.samples;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.aftercare.Answer;
import org.aftercare.MoudStatus;
import org.aftercare.OudMedication;
import org.aftercare.PatientContext;
import org.aftercare.care.CareSetting;
import org.aftercare.evaluation.EvaluationRequest;
import org.aftercare.evaluation.StandardPolicies;
import org.aftercare.incentive.FundingPolicies;
import org.aftercare.incentive.IncentiveEvent;
import org.aftercare.incentive.IncentiveInstrument;
import org.aftercare.incentive.IncentivePresets;
import org.aftercare.incentive.IncentiveProgram;
import org.aftercare.screening.Analyte;
import org.aftercare.screening.AnalyteResult;
import org.aftercare.screening.DrugTest;
import org.aftercare.screening.Outcome;
import org.aftercare.screening.Specimen;

/**
 * Sample contingency-management requests, such as 12 weeks of CRA + vouchers for cocaine use by a
 * patient on methadone, with a reset after a positive sample, another after a missed one, and the
 * five-sample recoveries that follow.
 *
 * @since 0.1.0
 */
public final class SampleIncentives {
    private SampleIncentives() {
    }

    /**
     * A 38-year-old on methadone for OUD, with a stimulant use disorder, in CRA + vouchers
     * (Higgins 1994 parameters, which are unverified) funded by a SAMHSA grant: urine tests on
     * Monday, Wednesday and Friday for 12 weeks from 2026-01-05; sample 11 is cocaine-positive,
     * sample 21 is missed, and every sample is methadone- and EDDP-positive as prescribed.
     *
     * @return the sample, not null
     */
    public static Sample craVouchersOnMethadone() {
        LocalDate start = LocalDate.of(2026, 1, 5);
        IncentiveProgram program = IncentivePresets.craVouchersHiggins1994().toProgramBuilder()
                .funding(FundingPolicies.policy(FundingPolicies.SAMHSA_GRANT))
                .instrument(IncentiveInstrument.VOUCHER)
                .setting(CareSetting.OUTPATIENT)
                .startDate(start)
                .zone(SamplePlans.ZONE)
                .build();
        List<IncentiveEvent> events = new ArrayList<>();
        for (int n = 0; n < 36; n++) {
            LocalDate date = start.plusWeeks(n / 3).plusDays(2L * (n % 3));
            Instant at = date.atTime(9, 30).atZone(SamplePlans.ZONE).toInstant();
            DrugTest test = n == 20 ? DrugTest.missed(Specimen.URINE, at)
                    : DrugTest.of(Specimen.URINE, at, List.of(
                            AnalyteResult.of(Analyte.COCAINE, n == 10 ? Outcome.POSITIVE : Outcome.NEGATIVE),
                            AnalyteResult.of(Analyte.METHADONE, Outcome.POSITIVE),
                            AnalyteResult.of(Analyte.EDDP, Outcome.POSITIVE)));
            events.add(new IncentiveEvent.SampleResult(test));
        }
        PatientContext patient = PatientContext.builder().ageYears(38).opioidUseDisorder(Answer.YES)
                .stimulantUseDisorder(Answer.YES).coOccurringMentalHealthDisorder(Answer.NO).build();
        EvaluationRequest request = EvaluationRequest
                .builder(LocalDate.of(2026, 3, 30).atTime(9, 0).atZone(SamplePlans.ZONE).toInstant(), SamplePlans.ZONE)
                .policy(StandardPolicies.usDefault())
                .patient(patient)
                .moud(MoudStatus.receiving(OudMedication.METHADONE))
                .incentives(program, events)
                .drawSeed(42L)
                .build();
        return new Sample("cra-vouchers-on-methadone", "Contingency management: CRA + vouchers for cocaine, on methadone",
                request);
    }
}
