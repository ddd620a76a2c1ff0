package org.aftercare.incentive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/** Each step's value is the schedule's, kept in the shared table below its size and per instance above it. */
class StepValuesTest {

    private static EscalatingVoucherSchedule schedule(String start) {
        return EscalatingVoucherSchedule.builder(Money.of(start), Money.of("1.25"))
                .bonus(VoucherBonus.of(Money.of("10.00"), 3)).build();
    }

    @Test
    void valuesAtTheEdgesOfTheSharedTable_areTheSchedulesValues() {
        EscalatingVoucherSchedule schedule = schedule("2.51");
        StepValues values = new StepValues(schedule);
        for (int step : new int[] {0, 1, StepValues.SHARED_STEPS - 1, StepValues.SHARED_STEPS,
            StepValues.SHARED_STEPS + 1, 3 * StepValues.SHARED_STEPS}) {
            assertThat(values.at(step)).as("step %d", step).isEqualTo(schedule.valueAt(step));
            assertThat(values.withBonus(step)).as("step %d", step)
                    .isEqualTo(schedule.valueAt(step).plus(Money.of("10.00")));
        }
        assertThat(values.at(0)).isEqualTo(Money.of("2.51"));
        assertThat(values.withBonus(159)).isEqualTo(Money.of("211.26"));
        assertThat(values.at(160)).isEqualTo(Money.of("202.51"));
        assertThat(values.withBonus(161)).isEqualTo(Money.of("213.76"));
    }

    @Test
    void anEqualSchedule_getsEqualValues_andStepsBeyondTheTableAreKeptPerInstance() {
        // (whether two instances share a table depends on how many schedules the process has met: not asserted)
        StepValues first = new StepValues(schedule("2.52"));
        StepValues second = new StepValues(schedule("2.52"));
        assertThat(second.at(5)).isEqualTo(first.at(5)).isEqualTo(Money.of("8.77"));
        assertThat(second.withBonus(5)).isEqualTo(first.withBonus(5)).isEqualTo(Money.of("18.77"));
        Money beyond = first.at(StepValues.SHARED_STEPS + 3);
        assertThat(first.at(StepValues.SHARED_STEPS + 3)).isSameAs(beyond);
        Money beyondWithBonus = first.withBonus(StepValues.SHARED_STEPS + 40);
        assertThat(first.withBonus(StepValues.SHARED_STEPS + 40)).isSameAs(beyondWithBonus)
                .isEqualTo(Money.of("262.52"));
        assertThat(second.at(StepValues.SHARED_STEPS + 3)).isEqualTo(beyond).isEqualTo(Money.of("206.27"));
        assertThat(second.at(StepValues.SHARED_STEPS + 1)).isEqualTo(Money.of("203.77"));
        assertThat(second.at(StepValues.SHARED_STEPS + 2)).isEqualTo(Money.of("205.02"));
    }

    @Test
    void withoutARunBonus_thereIsNoValueWithBonus() {
        StepValues values = new StepValues(EscalatingVoucherSchedule.builder(Money.of("2.50"), Money.of("1.50"))
                .build());
        assertThat(values.at(2)).isEqualTo(Money.of("5.50"));
        assertThatThrownBy(() -> values.withBonus(2)).isInstanceOf(NoSuchElementException.class)
                .hasMessage("the schedule has no run bonus");
        assertThatThrownBy(() -> values.withBonus(StepValues.SHARED_STEPS + 1))
                .isInstanceOf(NoSuchElementException.class);
    }
}
