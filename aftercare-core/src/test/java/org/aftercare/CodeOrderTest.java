package org.aftercare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CodeOrderTest {
    private static int sign(int c) {
        return Integer.signum(c);
    }

    private static int compare(String a, String b) {
        return sign(CodeOrder.compare(CodeOrder.of(a), CodeOrder.of(b)));
    }

    @Test
    void codesThatDifferInTheirFirstTenCharactersAreOrderedAsText() {
        assertThat(compare("care.attendance.below-threshold", "care.intensity.below-level-minimum")).isEqualTo(-1);
        assertThat(compare("medication.take-home.x", "care.z")).isEqualTo(1);
        assertThat(CodeOrder.of("care.a").first()).isNotEqualTo(CodeOrder.NONE);
    }

    @Test
    void codesThatDifferInCharactersTenToNineteenAreOrderedBySecondNumber() {
        CodeOrder dose = CodeOrder.of("care.modality.twelve-step.usual-dose");
        CodeOrder other = CodeOrder.of("care.modality.motivational.usual-dose");
        assertThat(dose.first()).isEqualTo(other.first());
        assertThat(dose.second()).isGreaterThan(other.second());
        assertThat(CodeOrder.compare(dose, other)).isPositive();
        assertThat(CodeOrder.compare(other, dose)).isNegative();
    }

    @Test
    void codesAlikeInTheirFirstTwentyCharactersAreComparedAsText() {
        // both numbers tie: "care.modality.twelve" is the first 20 characters of each
        CodeOrder usualDose = CodeOrder.of("care.modality.twelve-step.usual-dose");
        CodeOrder ageRange = CodeOrder.of("care.modality.twelve-step.age-range");
        assertThat(usualDose.first()).isEqualTo(ageRange.first());
        assertThat(usualDose.second()).isEqualTo(ageRange.second());
        assertThat(CodeOrder.compare(usualDose, ageRange)).isPositive();
        assertThat(CodeOrder.compare(ageRange, usualDose)).isNegative();
        assertThat(CodeOrder.compare(usualDose, CodeOrder.of("care.modality.twelve-step.usual-dose"))).isZero();
    }

    @Test
    void aCodeSortsBeforeTheLongerCodesItBegins() {
        assertThat(compare("care.a", "care.a-b")).isEqualTo(-1);
        assertThat(compare("care.a-b", "care.a")).isEqualTo(1);
        assertThat(compare("care.modality.twelve", "care.modality.twelve-step")).isEqualTo(-1);
        assertThat(compare("care.a", "care.a")).isZero();
    }

    @Test
    void theAlphabetIsRankedAsAscii() {
        // '-' < '.' < '0'..'9' < 'a'..'z'
        List<String> codes = List.of("a.-", "a..", "a.0", "a.9", "a.a", "a.z");
        for (int i = 0; i + 1 < codes.size(); i++) {
            assertThat(compare(codes.get(i), codes.get(i + 1))).as("%s < %s", codes.get(i), codes.get(i + 1))
                    .isEqualTo(-1);
            assertThat(codes.get(i).compareTo(codes.get(i + 1))).isNegative();
        }
    }

    @Test
    void textThatIsNotADottedCodeHasNoNumbersAndIsComparedAsText() {
        CodeOrder upper = CodeOrder.of("Care.B");
        assertThat(upper.first()).isEqualTo(CodeOrder.NONE);
        assertThat(upper.second()).isEqualTo(CodeOrder.NONE);
        assertThat(CodeOrder.of("care_b").first()).isEqualTo(CodeOrder.NONE);
        assertThat(CodeOrder.of("care.b\u00e9").first()).isEqualTo(CodeOrder.NONE);
        assertThat(compare("Care.B", "care.a")).isEqualTo(sign("Care.B".compareTo("care.a")));
        assertThat(compare("care.a", "Care.B")).isEqualTo(sign("care.a".compareTo("Care.B")));
        assertThat(compare("care a", "care a")).isZero();
    }

    @Test
    void packingTakesSixBitsACharacterTenToANumber() {
        // "-" ranks 1: ten of them are 1 in each 6-bit place; the empty places past the end are 0
        assertThat(CodeOrder.of("----------").first()).isEqualTo(0x041041041041041L);
        assertThat(CodeOrder.of("----------").second()).isZero();
        assertThat(CodeOrder.of("z").first()).isEqualTo(38L << 54);
        assertThat(CodeOrder.of("0123456789-").second()).isEqualTo(1L << 54);
    }

    @Test
    void aTextMetAgainIsTheKnownEntryAndAnEqualTextGivesAnEqualOrder() {
        String code = "care.known.entry";
        assertThat(CodeOrder.of(code)).isSameAs(CodeOrder.of(code));
        String copy = new String(code.toCharArray());
        assertThat(CodeOrder.compare(CodeOrder.of(copy), CodeOrder.of(code))).isZero();
        assertThat(CodeOrder.of(code)).hasToString("CodeOrder[care.known.entry]");
    }

    @Test
    void manyTextsSharingSlotsStillCompareAsText() {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            codes.add("care.slot-" + i + ".x");
        }
        for (int i = 0; i + 1 < codes.size(); i++) {
            String a = codes.get(i);
            String b = codes.get(i + 1);
            assertThat(compare(a, b)).as("%s vs %s", a, b).isEqualTo(sign(a.compareTo(b)));
        }
    }
}
