package org.aftercare.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Period;
import org.aftercare.InvalidValueException;
import org.junit.jupiter.api.Test;

class AdherenceThresholdTest {

    @Test
    void toStringShowsPercentAndWindow() {
        assertThat(AdherenceThreshold.of(Period.ofDays(28), new BigDecimal("0.75"))).hasToString("75% over P28D");
        assertThat(AdherenceThreshold.of(Period.ofWeeks(4), new BigDecimal("0.875"))).hasToString("87.5% over P28D");
        assertThat(AdherenceThreshold.of(Period.ofMonths(1), BigDecimal.ONE)).hasToString("100% over P1M");
    }

    @Test
    void rateJustAboveZeroAndExactlyOneAreAccepted() {
        assertThat(AdherenceThreshold.of(Period.ofDays(1), new BigDecimal("0.01")).minimumRate())
                .isEqualByComparingTo("0.01");
        assertThat(AdherenceThreshold.of(Period.ofDays(1), new BigDecimal("1.00")).minimumRate())
                .isEqualByComparingTo("1");
    }

    @Test
    void invalidThresholdsAreRejected() {
        assertThatThrownBy(() -> AdherenceThreshold.of(Period.ofDays(28), BigDecimal.ZERO))
                .isInstanceOf(InvalidValueException.class).hasMessage("adherence.minimumRate must be above 0 and at most 1: 0");
        assertThatThrownBy(() -> AdherenceThreshold.of(Period.ofDays(28), new BigDecimal("1.01")))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("adherence.minimumRate must be above 0 and at most 1: 1.01");
        assertThatThrownBy(() -> AdherenceThreshold.of(Period.ZERO, new BigDecimal("0.5")))
                .isInstanceOf(InvalidValueException.class).hasMessage("adherence.window must be positive: P0D");
        assertThatThrownBy(() -> AdherenceThreshold.of(Period.ofDays(-7), new BigDecimal("0.5")))
                .isInstanceOf(InvalidValueException.class).hasMessage("adherence.window must be positive: P-7D");
    }
}
