package org.aftercare.care;

import static java.time.DayOfWeek.MONDAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The schedule days a validation converts once: each session schedule's first and last day, by service index. */
class ScheduleDaysTest {
    private static final LocalDate START = LocalDate.of(2026, 3, 2);

    @Test
    void holdsEachSessionScheduleFirstAndLastDayByServiceIndexAndZeroForAStay() {
        SessionSchedule groups = SessionSchedule.weekly(Set.of(MONDAY), Duration.ofHours(3), START, START.plusWeeks(12));
        SessionSchedule later = SessionSchedule.weekly(Set.of(MONDAY), Duration.ofHours(1), START.plusDays(14),
                START.plusDays(100));
        AftercarePlan plan = AftercarePlan.builder().patient(PlanFixtures.adult())
                .placement(CarePlacement.of(AsamLevel.V3_2_1, CareSetting.OUTPATIENT, START, START.plusWeeks(12)))
                .services(List.of(PlannedService.inPerson(Modality.GROUP_THERAPY, groups),
                        PlannedService.inPerson(Modality.RECOVERY_HOUSING, ResidentialStay.of(START, START.plusMonths(6))),
                        PlannedService.inPerson(Modality.INDIVIDUAL_COUNSELLING, later)))
                .continuingCare(START, START.plusWeeks(12)).build();

        ScheduleDays days = ScheduleDays.of(plan);

        assertThat(days.start(0)).isEqualTo(START.toEpochDay());
        assertThat(days.end(0)).isEqualTo(START.plusWeeks(12).toEpochDay());
        assertThat(days.start(1)).isZero();
        assertThat(days.end(1)).isZero();
        assertThat(days.start(2)).isEqualTo(START.plusDays(14).toEpochDay());
        assertThat(days.end(2)).isEqualTo(START.plusDays(100).toEpochDay());
    }
}
