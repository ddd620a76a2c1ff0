package org.aftercare.medication;

import static org.assertj.core.api.Assertions.assertThat;

import org.aftercare.PolicyLayer;
import org.aftercare.Threshold;
import org.junit.jupiter.api.Test;

class TakeHomeLadderThresholdsTest {

    @Test
    void federalBaselineHasTheLadderOf2001AndThatOf2024InLayerOrder() {
        PolicyLayer federal = MedicationPolicies.federalBaseline();
        assertThat(TakeHomeLadderThresholds.of(federal))
                .extracting(t -> t.key().name() + " " + t.period() + " " + t.citation().document())
                .containsExactlyElementsOf(federal.thresholds().stream()
                        .filter(t -> t.key().equals(MedicationPolicyKeys.TAKE_HOME_LADDER))
                        .map(t -> t.key().name() + " " + t.period() + " " + t.citation().document()).toList())
                .hasSize(2);
    }

    @Test
    void aLayerIsScannedOnceAndItsLaddersAreTheSameObjects() {
        PolicyLayer federal = MedicationPolicies.federalBaseline();
        assertThat(TakeHomeLadderThresholds.of(federal)).isSameAs(TakeHomeLadderThresholds.of(federal));
        for (Threshold<?> t : TakeHomeLadderThresholds.of(federal)) {
            assertThat(federal.thresholds()).anyMatch(u -> u == t);
        }
    }

    @Test
    void aLayerWithoutALadderHasNone() {
        assertThat(TakeHomeLadderThresholds.of(MedicationPolicies.clonidineZeroPointEight())).isEmpty();
    }
}
