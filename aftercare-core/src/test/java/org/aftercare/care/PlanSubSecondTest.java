package org.aftercare.care;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanSubSecondTest {
    @Test
    void nineteenHoursAndNineTenthsOfASecondIsAboveTheIopMaximum() {
        AftercarePlan plan = PlanFixtures.baseline().services(List.of(PlanFixtures.cbt(),
                PlanFixtures.group(Duration.ofHours(6).plusMillis(300)))).build(); // 1 h + 3 x 6 h 0.3 s
        assertThat(PlanFixtures.codes(PlanFixtures.validate(plan))).containsExactly("care.intensity.above-level-maximum");
    }
}
