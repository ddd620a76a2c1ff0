package org.aftercare.care;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class HourBoundsSubSecondTest {

    @Test
    void durationJustAboveAnInclusiveMaximumIsAbove() {
        HourBounds iop = HourBounds.between(BigDecimal.valueOf(9), BigDecimal.valueOf(19));
        Duration justAbove = Duration.ofHours(19).plusMillis(500);
        assertThat(iop.isAbove(justAbove)).isTrue();
        assertThat(iop.contains(justAbove)).isFalse();
    }

    @Test
    void durationAboveAFractionalMinimumIsNotBelow() {
        HourBounds b = HourBounds.between(new BigDecimal("0.0001"), BigDecimal.ONE); // minimum 0.36 s
        assertThat(b.isBelow(Duration.ofMillis(500))).isFalse();
    }
}
