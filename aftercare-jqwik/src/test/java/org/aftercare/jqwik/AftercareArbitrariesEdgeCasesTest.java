package org.aftercare.jqwik;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.aftercare.care.AftercarePlan;
import org.aftercare.care.SessionSchedule;
import org.aftercare.incentive.Money;
import org.aftercare.medication.CowsAssessment;
import org.aftercare.medication.Regimen;
import org.aftercare.medication.RegimenPhase;
import org.aftercare.medication.Formulation;
import org.junit.jupiter.api.Test;

/** The edge cases are the clinical boundaries, chosen on purpose. */
class AftercareArbitrariesEdgeCasesTest {

    @Test
    void plansIncludeTheIntensiveOutpatientHourBoundaries() {
        List<Long> weeklyHours = GeneratorSupport.edgeCases(AftercareArbitraries.plans()).stream()
                .map(AftercareArbitrariesEdgeCasesTest::weeklyHours).toList();
        assertThat(weeklyHours).contains(9L, 19L, 20L);
    }

    private static long weeklyHours(AftercarePlan plan) {
        return plan.services().stream().filter(s -> s.schedule() instanceof SessionSchedule)
                .map(s -> ((SessionSchedule) s.schedule()).averageWeeklyTime()).reduce(Duration.ZERO, Duration::plus)
                .toHours();
    }

    @Test
    void iopPlansHaveExactlyTheRequestedWeeklyTime() {
        for (int h : List.of(9, 19, 20)) {
            AftercarePlan plan = AftercareArbitraries.iopPlan(h);
            SessionSchedule s = (SessionSchedule) plan.services().get(0).schedule();
            assertThat(s.averageWeeklyTime()).isEqualTo(Duration.ofHours(h));
        }
    }

    @Test
    void patientsIncludeTheAdultBoundary() {
        assertThat(GeneratorSupport.edgeCases(AftercareArbitraries.patients()))
                .extracting(p -> p.ageYears().orElse(-1)).contains(17, 18, -1);
        assertThat(GeneratorSupport.edgeCases(AftercareArbitraries.adults()))
                .extracting(p -> p.ageYears().getAsInt()).contains(18, 130);
        assertThat(GeneratorSupport.edgeCases(AftercareArbitraries.adolescents()))
                .extracting(p -> p.ageYears().getAsInt()).contains(17, 12);
    }

    @Test
    void cowsIncludesTheRangeEndsAndTheStartThresholdNeighbours() {
        assertThat(GeneratorSupport.edgeCases(AftercareArbitraries.cowsAssessments()))
                .extracting(CowsAssessment::total).contains(0, 7, 8, 11, 12, 13, 48);
    }

    @Test
    void everyCowsTotalFrom0To48IsReachableWithAllowedAnchors() {
        for (int t = 0; t <= 48; t++) {
            assertThat(AftercareArbitraries.cowsWithTotal(AftercareArbitraries.REFERENCE_INSTANT, t).total()).isEqualTo(t);
        }
    }

    @Test
    void takeHomeRequestsIncludeTheTierBoundaryTreatmentDays() {
        Regimen regimen = Regimen.of(Formulation.METHADONE_ORAL_LIQUID, RegimenPhase.MAINTENANCE,
                AftercareArbitraries.REFERENCE_DATE);
        assertThat(GeneratorSupport.edgeCases(AftercareArbitraries.takeHomeRequests()))
                .extracting(r -> regimen.treatmentDay(r.firstDay())).contains(14, 15, 30, 31);
    }

    @Test
    void exposuresIncludeTheNaltrexoneWeekBoundary() {
        assertThat(GeneratorSupport.edgeCases(AftercareArbitraries.opioidExposures()))
                .filteredOn(e -> e.lastUseInstant().isPresent())
                .extracting(e -> ChronoUnit.HOURS.between(e.lastUseInstant().get(), AftercareArbitraries.REFERENCE_INSTANT))
                .contains(12L, 24L, 72L, 6 * 24L, 7 * 24L);
        assertThat(GeneratorSupport.edgeCases(AftercareArbitraries.opioidExposures()))
                .anyMatch(e -> e.lastUseInstant().isEmpty());
    }

    @Test
    void moneyIncludesTheCapsAndTheirNeighbours() {
        assertThat(GeneratorSupport.edgeCases(AftercareArbitraries.money())).extracting(Money::toString)
                .contains("0.00", "0.01", "75.00", "75.01", "200.00", "599.00", "599.01", "750.00");
    }

    @Test
    void timelinesIncludeTheShortestAndLongest() {
        assertThat(GeneratorSupport.edgeCases(Timelines.timelines().weeks(4, 104))).extracting(Timeline::weeks)
                .contains(4, 104);
    }
}
