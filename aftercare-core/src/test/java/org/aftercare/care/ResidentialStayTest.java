package org.aftercare.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.aftercare.InvalidValueException;
import org.junit.jupiter.api.Test;

class ResidentialStayTest {

    @Test
    void daysCountBothEnds() {
        LocalDate d = LocalDate.of(2026, 3, 2);
        assertThat(ResidentialStay.of(d, d).days()).isEqualTo(1);
        assertThat(ResidentialStay.of(d, d.plusDays(1)).days()).isEqualTo(2);
        assertThat(ResidentialStay.of(d, LocalDate.of(2026, 8, 31)).days()).isEqualTo(183);
        assertThat(ResidentialStay.of(LocalDate.of(2028, 2, 1), LocalDate.of(2028, 2, 29)).days()).isEqualTo(29);
        assertThat(ResidentialStay.of(d, d).start()).isEqualTo(d);
    }

    @Test
    void endBeforeStartIsRejected() {
        assertThatThrownBy(() -> ResidentialStay.of(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 1)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("stay.end must not be before stay.start 2026-03-02: 2026-03-01");
        assertThatThrownBy(() -> ResidentialStay.of(null, LocalDate.of(2026, 3, 1)))
                .isInstanceOf(NullPointerException.class).hasMessage("stay.start");
    }

    @Test
    void referralNeedsADate() {
        assertThat(Referral.on(LocalDate.of(2026, 3, 2)).start()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThatThrownBy(() -> Referral.on(null)).isInstanceOf(NullPointerException.class).hasMessage("referral.start");
    }
}
