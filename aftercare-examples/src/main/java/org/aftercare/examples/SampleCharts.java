package org.aftercare.examples;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.aftercare.charts.Chart;
import org.aftercare.charts.IncentiveCharts;
import org.aftercare.charts.LadderVersion;
import org.aftercare.charts.MedicationCharts;
import org.aftercare.charts.PlanCharts;
import org.aftercare.evaluation.EvaluationRequest;
import org.aftercare.evaluation.StandardPolicies;
import org.aftercare.incentive.FundingPolicies;
import org.aftercare.incentive.IncentiveInstrument;
import org.aftercare.incentive.IncentiveLedger;
import org.aftercare.incentive.IncentivePresets;
import org.aftercare.incentive.IncentiveProgram;
import org.aftercare.care.CareSetting;
import org.aftercare.medication.MedicationPolicies;

/**
 * The charts {@code ./aftercare chart} draws and docs/charts holds, such as the take-home ladders of 42 CFR
 * 8.12 as of 2023 and 2025 and with the Virginia overlay. Every chart is built from the library's own policies,
 * presets, forecasts and sample requests.
 *
 * @since 0.1.0
 */
public final class SampleCharts {
    /** The chart kinds, in the order {@code all} writes them. */
    public static final List<String> KINDS = List.of("ladder", "vouchers", "prizes", "induction", "plan");

    private SampleCharts() {
    }

    /**
     * Returns every chart, in {@link #KINDS} order.
     *
     * @return the charts, not null
     */
    public static List<Chart> all() {
        return KINDS.stream().map(k -> of(k).orElseThrow()).toList();
    }

    /**
     * Returns one chart by kind.
     *
     * @param kind  one of {@link #KINDS}
     * @return the chart, or empty for an unknown kind
     */
    public static Optional<Chart> of(String kind) {
        switch (kind) {
            case "ladder":
                return Optional.of(ladders());
            case "vouchers":
                return Optional.of(vouchers());
            case "prizes":
                return Optional.of(prizes());
            case "induction":
                return Optional.of(MedicationCharts.inductionTimeline(StandardPolicies.usDefault(),
                        LocalDateTime.of(2026, 3, 1, 21, 0).atZone(SamplePlans.ZONE).toInstant(), SamplePlans.ZONE));
            case "plan":
                return Optional.of(PlanCharts.planTimeline(SamplePlans.stepDownResidentialToIop().request().plan()
                        .orElseThrow()));
            default:
                return Optional.empty();
        }
    }

    /**
     * The take-home ladders of the default policy as of 2023-06-01 (2001 text) and 2025-06-01 (2024 text), and of
     * the default policy with the Virginia overlay as of 2026-01-14 (the overlay is assumed in force from
     * 2025-12-01).
     *
     * @return the chart, not null
     */
    static Chart ladders() {
        LocalDate in2023 = LocalDate.of(2023, 6, 1);
        LocalDate in2025 = LocalDate.of(2025, 6, 1);
        LocalDate in2026 = LocalDate.of(2026, 1, 14);
        return MedicationCharts.takeHomeLadders(List.of(
                new LadderVersion("42 CFR 8.12, 2001 text (as of " + in2023 + ")", StandardPolicies.usDefault(), in2023),
                new LadderVersion("42 CFR 8.12, 2024 text (as of " + in2025 + ")", StandardPolicies.usDefault(), in2025),
                new LadderVersion("2024 text + Virginia 12VAC35-105-990, strictest (as of " + in2026 + ")",
                        StandardPolicies.named(StandardPolicies.US_DEFAULT, List.of(MedicationPolicies.VIRGINIA)), in2026)));
    }

    /**
     * The ledger of the CRA + vouchers sample (preset {@code cra-vouchers-higgins-1994}: a positive sample, a missed
     * one, the recoveries after them), computed with the sample's draw seed.
     *
     * @return the chart, not null
     */
    static Chart vouchers() {
        EvaluationRequest request = SampleIncentives.craVouchersOnMethadone().request();
        IncentiveLedger ledger = IncentiveLedger.compute(request.incentiveProgram().orElseThrow(),
                request.incentiveEvents(), request.drawSeed());
        return IncentiveCharts.voucherEarnings(ledger);
    }

    /**
     * The CTN-0007 prize bowl preset as a SAMHSA-funded programme from 2026-01-05.
     *
     * @return the chart, not null
     */
    static Chart prizes() {
        IncentiveProgram program = IncentivePresets.ctn0007PrizeBowl().toProgramBuilder()
                .funding(FundingPolicies.policy(FundingPolicies.SAMHSA_GRANT))
                .instrument(IncentiveInstrument.GOODS)
                .setting(CareSetting.OUTPATIENT)
                .startDate(LocalDate.of(2026, 1, 5))
                .zone(SamplePlans.ZONE)
                .build();
        return IncentiveCharts.prizeExpectedValue(program);
    }
}
