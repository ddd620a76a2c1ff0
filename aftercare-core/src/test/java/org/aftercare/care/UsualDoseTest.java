package org.aftercare.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.aftercare.InvalidValueException;
import org.junit.jupiter.api.Test;

class UsualDoseTest {

    @Test
    void toStringForms() {
        assertThat(UsualDose.sessions(12, 15)).hasToString("12-15 sessions");
        assertThat(UsualDose.weeks(13, 26)).hasToString("13-26 weeks");
        assertThat(new UsualDose(8, 8, 8, 8)).hasToString("8 sessions over 8 weeks");
        assertThat(new UsualDose(4, 4, null, 12)).hasToString("4 sessions over at most 12 weeks");
        assertThat(new UsualDose(8, null, 104, null)).hasToString("at least 8 sessions over at least 104 weeks");
        assertThat(new UsualDose(15, 20, 26, 52)).hasToString("15-20 sessions over 26-52 weeks");
    }

    @Test
    void accessorsAndCopy() {
        UsualDose d = UsualDose.sessions(12, 15);
        assertThat(d.sessionsMinimum()).contains(12);
        assertThat(d.sessionsMaximum()).contains(15);
        UsualDose withWeeks = d.withWeeks(null, 12);
        assertThat(withWeeks).isEqualTo(new UsualDose(12, 15, null, 12));
        assertThat(d).isEqualTo(new UsualDose(12, 15, null, null));
        assertThat(UsualDose.weeks(13, 26).sessionsMinimum()).isEmpty();
    }

    @Test
    void equalMinimumAndMaximumAreAccepted() {
        assertThat(UsualDose.sessions(1, 1)).hasToString("1 sessions");
    }

    @Test
    void invalidDosesAreRejected() {
        assertThatThrownBy(() -> new UsualDose(null, null, null, null)).isInstanceOf(InvalidValueException.class)
                .hasMessage("usualDose must have at least one bound: none");
        assertThatThrownBy(() -> UsualDose.sessions(0, 5)).isInstanceOf(InvalidValueException.class)
                .hasMessage("usualDose.minimumSessions must be positive: 0");
        assertThatThrownBy(() -> new UsualDose(null, -1, null, null)).isInstanceOf(InvalidValueException.class)
                .hasMessage("usualDose.maximumSessions must be positive: -1");
        assertThatThrownBy(() -> UsualDose.sessions(5, 4)).isInstanceOf(InvalidValueException.class)
                .hasMessage("usualDose.maximumSessions must not be below the minimum 5: 4");
        assertThatThrownBy(() -> UsualDose.weeks(3, 2)).isInstanceOf(InvalidValueException.class)
                .hasMessage("usualDose.maximumWeeks must not be below the minimum 3: 2");
        assertThatThrownBy(() -> UsualDose.weeks(0, 2)).isInstanceOf(InvalidValueException.class)
                .hasMessage("usualDose.minimumWeeks must be positive: 0");
        assertThatThrownBy(() -> UsualDose.sessions(1, 2).withWeeks(4, 3)).isInstanceOf(InvalidValueException.class)
                .hasMessage("usualDose.maximumWeeks must not be below the minimum 4: 3");
    }
}
