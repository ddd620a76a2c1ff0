package org.aftercare.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.aftercare.InvalidValueException;
import org.junit.jupiter.api.Test;

class AgeRangeTest {

    @Test
    void containsBothEnds() {
        AgeRange mdft = AgeRange.of(11, 18);
        assertThat(mdft.contains(10)).isFalse();
        assertThat(mdft.contains(11)).isTrue();
        assertThat(mdft.contains(18)).isTrue();
        assertThat(mdft.contains(19)).isFalse();
        assertThat(mdft).hasToString("11-18 years");
    }

    @Test
    void singleAgeAndFullRangeAreAccepted() {
        assertThat(AgeRange.of(18, 18).contains(18)).isTrue();
        assertThat(AgeRange.of(18, 18).contains(17)).isFalse();
        assertThat(AgeRange.of(0, 130)).isEqualTo(new AgeRange(0, 130));
    }

    @Test
    void outOfRangeAndReversedAreRejected() {
        assertThatThrownBy(() -> AgeRange.of(-1, 18)).isInstanceOf(InvalidValueException.class)
                .hasMessage("ageRange.minimum must be between 0 and 130: -1");
        assertThatThrownBy(() -> AgeRange.of(0, 131)).isInstanceOf(InvalidValueException.class)
                .hasMessage("ageRange.maximum must be between 0 and 130: 131");
        assertThatThrownBy(() -> AgeRange.of(18, 17)).isInstanceOf(InvalidValueException.class)
                .hasMessage("ageRange.maximum must not be below the minimum 18: 17");
    }
}
