package org.aftercare.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.aftercare.InvalidValueException;
import org.aftercare.SupportNeed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ModalityTest {

    @ParameterizedTest
    @EnumSource(Modality.class)
    void parseReadsBackTheCode(Modality m) {
        assertThat(Modality.parse(m.code())).isSameAs(m);
        assertThat(m.code()).matches("[a-z]+(-[a-z]+)*");
        assertThat(m.toString()).isEqualTo(m.code());
        assertThat(m.countsTowardClinicalHours()).isEqualTo(m.role() == ModalityRole.CLINICAL);
    }

    @Test
    void codesAreLowercaseHyphenated() {
        assertThat(Modality.MINDFULNESS_BASED_RELAPSE_PREVENTION.code()).isEqualTo("mindfulness-based-relapse-prevention");
        assertThat(Modality.TWELVE_STEP_FACILITATION.code()).isEqualTo("twelve-step-facilitation");
        assertThat(Arrays.stream(Modality.values()).map(Modality::code)).doesNotHaveDuplicates();
    }

    @Test
    void unknownCodesAreRejected() {
        assertThatThrownBy(() -> Modality.parse("TWELVE_STEP_FACILITATION"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("modality must be a modality code such as cognitive-behavioural-therapy: \"TWELVE_STEP_FACILITATION\"");
        assertThatThrownBy(() -> Modality.parse("")).isInstanceOf(InvalidValueException.class)
                .hasMessage("modality must be a modality code such as cognitive-behavioural-therapy: \"\"");
    }

    @Test
    void needsMetByModality() {
        assertThat(Modality.VOCATIONAL_REHABILITATION.meets())
                .containsExactlyInAnyOrder(SupportNeed.VOCATIONAL, SupportNeed.EMPLOYMENT);
        assertThat(Modality.RECOVERY_HOUSING.meets()).containsExactly(SupportNeed.HOUSING);
        assertThat(Modality.GROUP_THERAPY.meets()).isEmpty();
        assertThat(Modality.MENTAL_HEALTH_SERVICES.isMentalHealthService()).isTrue();
        assertThat(Arrays.stream(Modality.values()).filter(Modality::isMentalHealthService))
                .containsExactly(Modality.MENTAL_HEALTH_SERVICES);
        assertThat(Arrays.stream(Modality.values()).filter(m -> m.role() == ModalityRole.RESIDENCE))
                .containsExactly(Modality.RECOVERY_HOUSING, Modality.THERAPEUTIC_COMMUNITY);
    }
}
