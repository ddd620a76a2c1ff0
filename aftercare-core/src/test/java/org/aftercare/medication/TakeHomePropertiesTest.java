package org.aftercare.medication;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.aftercare.EvaluationContext;
import org.aftercare.OudMedication;
import org.aftercare.Policy;
import org.aftercare.PolicyLayer;
import org.aftercare.RuleContext;

/** Take-home allowances grow with time in treatment, and stacking layers never loosens any of them. */
class TakeHomePropertiesTest {

    @Provide
    Arbitrary<LocalDate> supplyDates() {
        return Arbitraries.of(LocalDate.of(2023, 6, 1), LocalDate.of(2024, 4, 1), LocalDate.of(2024, 4, 2),
                LocalDate.of(2026, 2, 1), LocalDate.of(2027, 1, 15));
    }

    @Provide
    Arbitrary<Policy> policies() {
        return Arbitraries.of(MedicationPolicies.usDefault(),
                MedicationPolicies.usDefault().withLayer(MedicationPolicies.virginia()),
                MedicationPolicies.usDefault().withLayer(MedicationPolicies.takeHome2024WholeWindow()),
                MedicationPolicies.usDefault().withLayer(MedicationPolicies.virginia())
                        .withLayer(MedicationPolicies.takeHome2024WholeWindow()));
    }

    private static int allowed(Policy policy, LocalDate firstDay, int treatmentDay, int closureDays) {
        Regimen regimen = Regimen.of(Formulation.METHADONE_ORAL_LIQUID, RegimenPhase.MAINTENANCE,
                firstDay.minusDays(treatmentDay - 1L));
        RuleContext ctx = RuleContext.of(EvaluationContext.of(Instant.parse("2027-06-01T12:00:00Z"), Timelines.CLINIC, policy));
        return TakeHomeAllowance.compute(regimen, firstDay, closureDays, List.of(), ctx).strictest().allowedSupplyDays();
    }

    @Property(tries = 1000, seed = "20261122")
    void maximumIsMonotoneInTreatmentDays(@ForAll("policies") Policy policy, @ForAll("supplyDates") LocalDate firstDay,
            @ForAll @IntRange(min = 1, max = 900) int day, @ForAll @IntRange(min = 1, max = 60) int later,
            @ForAll @IntRange(min = 0, max = 3) int closureDays) {
        assertThat(allowed(policy, firstDay, day + later, closureDays))
                .isGreaterThanOrEqualTo(allowed(policy, firstDay, day, closureDays));
    }

    @Property(tries = 1000, seed = "20261122")
    void strictestWinsNeverAllowsMoreThanAnySingleLayer(@ForAll("supplyDates") LocalDate firstDay,
            @ForAll @IntRange(min = 1, max = 900) int day, @ForAll @IntRange(min = 0, max = 3) int closureDays) {
        List<PolicyLayer> layers = List.of(MedicationPolicies.federalBaseline(), MedicationPolicies.virginia(),
                MedicationPolicies.takeHome2024WholeWindow());
        int combined = allowed(Policy.of("all", layers), firstDay, day, closureDays);
        for (PolicyLayer single : layers) {
            Policy alone = Policy.of("alone", List.of(single));
            Regimen regimen = Regimen.of(Formulation.METHADONE_ORAL_LIQUID, RegimenPhase.MAINTENANCE,
                    firstDay.minusDays(day - 1L));
            RuleContext ctx = RuleContext.of(EvaluationContext.of(Instant.parse("2027-06-01T12:00:00Z"),
                    Timelines.CLINIC, alone));
            TakeHomeAllowance a = TakeHomeAllowance.compute(regimen, firstDay, closureDays, List.of(), ctx);
            if (!a.isEmpty()) {
                assertThat(combined).isLessThanOrEqualTo(a.strictest().allowedSupplyDays());
            }
        }
    }

    @Property(tries = 1000, seed = "20261122")
    void theForecastStepIsTheFirstDayTheAllowanceRises(@ForAll("policies") Policy policy,
            @ForAll("supplyDates") LocalDate today, @ForAll @IntRange(min = 1, max = 800) int day) {
        LocalDate start = today.minusDays(day - 1L);
        MedicationRecord r = MedicationRecord.builder()
                .regimen(Regimen.of(Formulation.METHADONE_ORAL_LIQUID, RegimenPhase.MAINTENANCE, start)).build();
        RuleContext ctx = RuleContext.of(EvaluationContext.of(today.atTime(12, 0).atZone(Timelines.CLINIC).toInstant(),
                Timelines.CLINIC, policy));
        List<MedicationForecast> forecasts = MedicationForecasts.forecast(r, ctx);
        int now = allowed(policy, today, day, 0);
        if (forecasts.isEmpty()) {
            assertThat(allowed(policy, today.plusDays(1000), day + 1000, 0)).isLessThanOrEqualTo(now);
            return;
        }
        MedicationForecast.TakeHomeStep step = (MedicationForecast.TakeHomeStep) forecasts.get(0);
        assertThat(step.maxSupplyDays()).isGreaterThan(now)
                .isEqualTo(allowed(policy, step.date(), step.treatmentDay(), 0));
        assertThat(allowed(policy, step.date().minusDays(1), step.treatmentDay() - 1, 0)).isEqualTo(now);
    }

    @Property(tries = 1000, seed = "20261122")
    void aRequestOfExactlyTheAllowanceIsAccepted_andOneMoreIsNot(@ForAll("policies") Policy policy,
            @ForAll("supplyDates") LocalDate firstDay, @ForAll @IntRange(min = 1, max = 900) int day,
            @ForAll @IntRange(min = 0, max = 2) int closureDays) {
        int max = allowed(policy, firstDay, day, closureDays);
        LocalDate start = firstDay.minusDays(day - 1L);
        for (int supply : new int[] {max, max + 1}) {
            if (supply < Math.max(1, closureDays)) {
                continue;
            }
            MedicationRecord r = MedicationRecord.builder()
                    .regimen(Regimen.of(Formulation.METHADONE_ORAL_LIQUID, RegimenPhase.MAINTENANCE, start))
                    .takeHomeCriteriaAssessment(new TakeHomeCriteriaAssessment(start, 8))
                    .takeHomeRequest(TakeHomeRequest.of(OudMedication.METHADONE, firstDay, supply, closureDays))
                    .build();
            RuleContext ctx = RuleContext.of(EvaluationContext.of(Instant.parse("2027-06-01T12:00:00Z"),
                    Timelines.CLINIC, policy));
            MedicationReview.evaluate(r, Timelines.PATIENT, ctx);
            assertThat(ctx.toEvaluation().findings("medication.take-home.above-ladder"))
                    .hasSize(supply > max ? 1 : 0);
        }
    }
}
