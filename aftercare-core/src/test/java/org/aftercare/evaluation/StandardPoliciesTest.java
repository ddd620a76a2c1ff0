package org.aftercare.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.aftercare.InvalidValueException;
import org.aftercare.Policy;
import org.aftercare.PolicyLayer;
import org.aftercare.medication.MedicationPolicies;
import org.junit.jupiter.api.Test;

class StandardPoliciesTest {

    @Test
    void theDefaultPolicyIsBuiltOnceAndShared() {
        assertThat(StandardPolicies.usDefault()).isSameAs(StandardPolicies.usDefault());
        assertThat(StandardPolicies.usDefault().name()).isEqualTo("us-default");
        assertThat(StandardPolicies.usDefault().layers()).extracting(PolicyLayer::name)
                .containsExactly("care-evidence-defaults", MedicationPolicies.FEDERAL_BASELINE);
        assertThat(StandardPolicies.named("us-default", List.of())).isSameAs(StandardPolicies.usDefault());
    }

    @Test
    void aStackOfOverlaysIsBuiltOnceAndStacksInTheOrderNamed() {
        Policy virginia = StandardPolicies.named("us-default", List.of(MedicationPolicies.virginia().name()));
        assertThat(StandardPolicies.named("us-default", List.of(MedicationPolicies.virginia().name())))
                .isSameAs(virginia);
        assertThat(virginia.name()).isEqualTo("us-default+" + MedicationPolicies.virginia().name());
        assertThat(virginia.layers()).last().extracting(PolicyLayer::name).isEqualTo(MedicationPolicies.virginia().name());
        String ontario = MedicationPolicies.missedDosesOntario().name();
        Policy both = StandardPolicies.named("us-default", List.of(MedicationPolicies.virginia().name(), ontario));
        Policy reversed = StandardPolicies.named("us-default", List.of(ontario, MedicationPolicies.virginia().name()));
        assertThat(both.layers()).extracting(PolicyLayer::name).endsWith(MedicationPolicies.virginia().name(), ontario);
        assertThat(reversed.layers()).extracting(PolicyLayer::name).endsWith(ontario, MedicationPolicies.virginia().name());
    }

    @Test
    void unknownNamesAreRejectedEveryTimeNamingTheValue() {
        for (int attempt = 0; attempt < 2; attempt++) {
            assertThatThrownBy(() -> StandardPolicies.named("us-default", List.of("no-such-layer")))
                    .isInstanceOf(InvalidValueException.class).hasMessageContaining("policy.layers")
                    .hasMessageContaining("\"no-such-layer\"");
            assertThatThrownBy(() -> StandardPolicies.named("eu-default", List.of()))
                    .isInstanceOf(InvalidValueException.class).hasMessageContaining("\"eu-default\"");
        }
    }
}
