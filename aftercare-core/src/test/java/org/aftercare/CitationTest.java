package org.aftercare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CitationTest {

    @Test
    void toStringIncludesSectionEditionAndTag() {
        assertThat(Citation.of("42 CFR 8.12", "(i)(3)", "2024 final rule, 89 FR 7528", VerificationStatus.SECONDARY))
                .hasToString("42 CFR 8.12 (i)(3), 2024 final rule, 89 FR 7528 [S]");
    }

    @Test
    void emptySectionIsLeftOut() {
        assertThat(Citation.of("NIDA Principles", "", "3rd ed.", VerificationStatus.VERIFIED))
                .hasToString("NIDA Principles, 3rd ed. [V]");
    }

    @Test
    void localCitationHasStatusLocal() {
        Citation c = Citation.local("Sunrise Clinic aftercare protocol", "4.2", "2026-01");
        assertThat(c.status()).isEqualTo(VerificationStatus.LOCAL);
        assertThat(c).hasToString("Sunrise Clinic aftercare protocol 4.2, 2026-01 [L]");
        assertThat(c.isUnverified()).isFalse();
    }

    @Test
    void onlyUnverifiedIsUnverified() {
        for (VerificationStatus s : VerificationStatus.values()) {
            assertThat(Citation.of("d", "", "e", s).isUnverified()).isEqualTo(s == VerificationStatus.UNVERIFIED);
        }
    }

    @Test
    void tagsAreOneLetter() {
        assertThat(VerificationStatus.values()).extracting(VerificationStatus::tag).containsExactly("V", "S", "U", "L");
    }

    @Test
    void invalidFieldsAreRejected() {
        assertThatThrownBy(() -> Citation.of(" ", "", "e", VerificationStatus.VERIFIED))
                .isInstanceOf(InvalidValueException.class).hasMessage("citation.document must not be blank: \" \"");
        assertThatThrownBy(() -> Citation.of("d", "", "", VerificationStatus.VERIFIED))
                .isInstanceOf(InvalidValueException.class).hasMessage("citation.edition must not be blank: \"\"");
        assertThatThrownBy(() -> Citation.of("d", null, "e", VerificationStatus.VERIFIED))
                .isInstanceOf(NullPointerException.class).hasMessage("citation.section");
        assertThatThrownBy(() -> Citation.of("d", "", "e", null))
                .isInstanceOf(NullPointerException.class).hasMessage("citation.status");
    }
}
