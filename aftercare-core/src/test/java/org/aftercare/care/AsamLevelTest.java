package org.aftercare.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.aftercare.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AsamLevelTest {

    @ParameterizedTest
    @EnumSource(AsamLevel.class)
    void parseReadsBackToString(AsamLevel level) {
        assertThat(AsamLevel.parse(level.toString())).isSameAs(level);
        assertThat(AsamLevel.of(level.edition(), level.code())).isSameAs(level);
        assertThat(level.toString()).isEqualTo("asam" + level.edition().code() + ":" + level.code());
    }

    @Test
    void qualifiedCodesAreUnique() {
        assertThat(Arrays.stream(AsamLevel.values()).map(AsamLevel::toString)).doesNotHaveDuplicates().hasSize(25);
    }

    @Test
    void sameCodeInEachEditionIsADifferentLevel() {
        assertThat(AsamLevel.parse("asam3:2.1")).isEqualTo(AsamLevel.V3_2_1);
        assertThat(AsamLevel.parse("asam4:2.1")).isEqualTo(AsamLevel.V4_2_1);
        assertThat(AsamLevel.parse("asam3:3.2-WM")).isEqualTo(AsamLevel.V3_3_2_WM);
        assertThat(AsamLevel.of(AsamEdition.FOURTH, "1.7")).isEqualTo(AsamLevel.V4_1_7);
    }

    @Test
    void labelsAndFlags() {
        assertThat(AsamLevel.V3_2_1.label()).isEqualTo("ASAM 2.1 Intensive Outpatient Services (3rd ed.)");
        assertThat(AsamLevel.V4_1_7.label()).isEqualTo("ASAM 1.7 Medically Managed Outpatient (4th ed.)");
        assertThat(AsamLevel.V3_3_5.needsTwentyFourHourStructure()).isTrue();
        assertThat(AsamLevel.V3_2_5.needsTwentyFourHourStructure()).isFalse();
        assertThat(AsamLevel.V3_3_2_WM.isWithdrawalManagement()).isTrue();
        assertThat(AsamLevel.V3_3_2_WM.setting()).isEqualTo(CareSetting.RESIDENTIAL);
        assertThat(AsamLevel.V3_3_5.isWithdrawalManagement()).isFalse();
        assertThat(Arrays.stream(AsamLevel.values()).filter(AsamLevel::isWithdrawalManagement))
                .containsExactly(AsamLevel.V3_1_WM, AsamLevel.V3_2_WM, AsamLevel.V3_3_2_WM, AsamLevel.V3_3_7_WM,
                        AsamLevel.V3_4_WM);
    }

    @Test
    void unknownCodesAreRejected() {
        assertThatThrownBy(() -> AsamLevel.of(AsamEdition.FOURTH, "3.3"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("level.code must be an ASAM 4 edition level code: \"3.3\"");
        assertThatThrownBy(() -> AsamLevel.parse("asam3:2.1 "))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("level.code must be an ASAM 3 edition level code: \"2.1 \"");
        assertThatThrownBy(() -> AsamLevel.parse("asam5:1"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("level must be a qualified ASAM code such as asam3:2.1 or asam4:1.7: \"asam5:1\"");
        assertThatThrownBy(() -> AsamLevel.parse("2.1"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("level must be a qualified ASAM code such as asam3:2.1 or asam4:1.7: \"2.1\"");
        assertThatThrownBy(() -> AsamLevel.parse("ASAM3:2.1")).isInstanceOf(InvalidValueException.class);
    }
}
