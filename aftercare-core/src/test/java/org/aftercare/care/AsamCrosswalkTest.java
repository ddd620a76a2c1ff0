package org.aftercare.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.aftercare.Citation;
import org.aftercare.InvalidValueException;
import org.aftercare.VerificationStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AsamCrosswalkTest {
    /** Many-to-one mappings: the 3rd-edition WM sublevels merge into a 4th-edition level that maps back to another level. */
    private static final Set<AsamLevel> MERGED = EnumSet.of(AsamLevel.V3_3_7_WM, AsamLevel.V3_4_WM);

    @ParameterizedTest
    @EnumSource(AsamLevel.class)
    void everyLevelHasAnEntryIntoTheOtherEdition(AsamLevel level) {
        CrosswalkEntry e = AsamCrosswalk.map(level);
        assertThat(e).isNotNull();
        assertThat(e.from()).isEqualTo(level);
        assertThat(e.note()).isNotBlank();
        assertThat(e.source()).isNotNull();
        assertThat(e.hasEquivalent()).isEqualTo(e.equivalent().isPresent());
        e.equivalent().ifPresent(to -> assertThat(to.edition()).isNotEqualTo(level.edition()));
    }

    @Test
    void levelsWithoutEquivalentAreExactlyThese() {
        assertThat(Arrays.stream(AsamLevel.values()).filter(l -> !AsamCrosswalk.map(l).hasEquivalent()))
                .containsExactly(AsamLevel.V3_0_5, AsamLevel.V3_OTS, AsamLevel.V3_3_3, AsamLevel.V3_3_2_WM,
                        AsamLevel.V4_1_0, AsamLevel.V4_1_7, AsamLevel.V4_2_7);
    }

    @Test
    void droppedThirdEditionLevels() {
        assertThat(AsamCrosswalk.map(AsamLevel.V3_3_3).equivalent()).isEmpty();
        assertThat(AsamCrosswalk.map(AsamLevel.V3_3_3).note()).isEqualTo("3.3 is dropped in the 4th edition");
        assertThat(AsamCrosswalk.map(AsamLevel.V3_3_2_WM).equivalent()).isEmpty();
        assertThat(AsamCrosswalk.map(AsamLevel.V3_3_2_WM).source().status()).isEqualTo(VerificationStatus.VERIFIED);
    }

    @Test
    void knownMappings() {
        assertThat(AsamCrosswalk.map(AsamLevel.V3_1_WM).equivalent()).contains(AsamLevel.V4_1_7);
        assertThat(AsamCrosswalk.map(AsamLevel.V3_2_5).equivalent()).contains(AsamLevel.V4_2_5);
        assertThat(AsamCrosswalk.map(AsamLevel.V4_2_5).equivalent()).contains(AsamLevel.V3_2_5);
        assertThat(AsamCrosswalk.map(AsamLevel.V3_1).equivalent()).contains(AsamLevel.V4_1_5);
        assertThat(AsamCrosswalk.map(AsamLevel.V3_2_WM).equivalent()).contains(AsamLevel.V4_2_7);
        assertThat(AsamCrosswalk.map(AsamLevel.V3_3_7_WM).equivalent()).contains(AsamLevel.V4_3_7);
        assertThat(AsamCrosswalk.map(AsamLevel.V3_4_WM).equivalent()).contains(AsamLevel.V4_4);
    }

    @ParameterizedTest
    @EnumSource(AsamLevel.class)
    void mappingRoundTripsWhereBothDirectionsHaveEquivalents(AsamLevel level) {
        AsamCrosswalk.map(level).equivalent().ifPresent(to -> {
            CrosswalkEntry back = AsamCrosswalk.map(to);
            if (back.hasEquivalent()) {
                if (MERGED.contains(level)) {
                    assertThat(back.equivalent()).contains(AsamLevel.of(AsamEdition.THIRD, level.code().replace("-WM", "")));
                } else {
                    assertThat(back.equivalent()).contains(level);
                }
            }
        });
    }

    @Test
    void fourthEditionMapsBackAndForthWithoutExceptions() {
        for (AsamLevel l : AsamLevel.values()) {
            if (l.edition() == AsamEdition.FOURTH && AsamCrosswalk.map(l).hasEquivalent()) {
                AsamLevel third = AsamCrosswalk.map(l).equivalent().orElseThrow();
                assertThat(AsamCrosswalk.map(third).equivalent()).as("%s -> %s -> back", l, third).contains(l);
            }
        }
    }

    @Test
    void entryRejectsTheSameEdition() {
        Citation c = Citation.of("d", "", "e", VerificationStatus.VERIFIED);
        assertThatThrownBy(() -> new CrosswalkEntry(AsamLevel.V3_1, AsamLevel.V3_2_1, "x", c))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("crosswalk.to must belong to the other edition than asam3:1: asam3:2.1");
        assertThatThrownBy(() -> new CrosswalkEntry(AsamLevel.V3_1, null, " ", c))
                .isInstanceOf(InvalidValueException.class).hasMessage("note must not be blank: \" \"");
        assertThatThrownBy(() -> AsamCrosswalk.map(null)).isInstanceOf(NullPointerException.class).hasMessage("level");
    }
}
