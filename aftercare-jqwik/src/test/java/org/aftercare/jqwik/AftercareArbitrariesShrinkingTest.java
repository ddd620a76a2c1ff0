package org.aftercare.jqwik;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.aftercare.Answer;
import org.aftercare.MoudStatus;
import org.aftercare.PatientContext;
import org.aftercare.care.AftercarePlan;
import org.aftercare.care.SessionSchedule;
import org.aftercare.incentive.Money;
import org.aftercare.medication.CowsAssessment;
import org.aftercare.medication.Dose;
import net.jqwik.api.Example;

/** Failures shrink towards simple, readable cases. */
class AftercareArbitrariesShrinkingTest {

    @Example
    void patientsShrinkToAnUnknownAgeWithNoNeeds() {
        PatientContext p = GeneratorSupport.falsifyThenShrink(AftercareArbitraries.patients(), 1, x -> true);
        assertThat(p.ageYears()).isEmpty();
        assertThat(p.needs()).isEmpty();
        assertThat(p.opioidUseDisorder()).isEqualTo(Answer.YES);
    }

    @Example
    void patientsWithAnAgeShrinkToEighteen() {
        PatientContext p = GeneratorSupport.falsifyThenShrink(AftercareArbitraries.patients(), 1,
                x -> x.ageYears().isPresent());
        assertThat(p.ageYears().getAsInt()).isEqualTo(18);
        assertThat(p.needs()).isEmpty();
        assertThat(p.opioidUseDisorder()).isEqualTo(Answer.YES);
    }

    @Example
    void plansShrinkToTheEmptyPlan() {
        AftercarePlan plan = GeneratorSupport.falsifyThenShrink(AftercareArbitraries.plans(), 2, x -> true);
        assertThat(plan.services()).isEmpty();
        assertThat(plan.attendance()).isEmpty();
        assertThat(plan.relapses()).isEmpty();
        assertThat(plan.moud()).isEqualTo(MoudStatus.unknown());
    }

    @Example
    void aPlanFailingOnlyWithAttendanceShrinksToOneServiceAndOneRecord() {
        AftercarePlan plan = GeneratorSupport.falsifyThenShrink(AftercareArbitraries.plans(), 3,
                x -> !x.attendance().isEmpty());
        assertThat(plan.attendance()).hasSize(1);
        assertThat(plan.services()).hasSize(1);
        assertThat(plan.relapses()).isEmpty();
    }

    @Example
    void cowsShrinksToTheLowestFailingTotal() {
        CowsAssessment cows = GeneratorSupport.falsifyThenShrink(AftercareArbitraries.cowsAssessments(), 4,
                x -> x.total() >= 12);
        assertThat(cows.total()).isBetween(12, 14);
    }

    @Example
    void schedulesShrinkToOneHourOnOneDay() {
        SessionSchedule s = GeneratorSupport.falsifyThenShrink(AftercareArbitraries.sessionSchedules(), 5, x -> true);
        assertThat(s.days()).hasSize(1);
        assertThat(s.sessionLength()).isEqualTo(Duration.ofHours(1));
        assertThat(s.intervalWeeks()).isEqualTo(1);
    }

    @Example
    void moneyAndDosesShrinkTowardsTheBoundary() {
        assertThat(GeneratorSupport.falsifyThenShrink(AftercareArbitraries.money(), 6,
                m -> m.isGreaterThan(Money.of("75.00")))).isEqualTo(Money.of("75.01"));
        assertThat(GeneratorSupport.falsifyThenShrink(AftercareArbitraries.doses(), 7, d -> true))
                .isEqualTo(Dose.ofMilligrams("1.0"));
    }

    @Example
    void timelinesShrinkToTheFewestFailingWeeks() {
        Timeline t = GeneratorSupport.falsifyThenShrink(Timelines.timelines().weeks(1, 104), 8, x -> x.weeks() >= 10);
        assertThat(t.weeks()).isEqualTo(10);
    }
}
