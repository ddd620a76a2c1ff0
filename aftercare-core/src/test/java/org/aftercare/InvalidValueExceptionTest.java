package org.aftercare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class InvalidValueExceptionTest {

    @Test
    void messageIsFieldMustRuleColonValue() {
        InvalidValueException e = new InvalidValueException("schedule.sessionLength", "be positive", Duration.ZERO);
        assertThat(e).hasMessage("schedule.sessionLength must be positive: PT0S");
        assertThat(e.field()).isEqualTo("schedule.sessionLength");
        assertThat(e.rejectedValue()).isEqualTo("PT0S");
        assertThat(e).isInstanceOf(AftercareException.class).isInstanceOf(RuntimeException.class);
        assertThat(e.getCause()).isNull();
    }

    @Test
    void nullRejectedValueIsShownAsNull() {
        InvalidValueException e = new InvalidValueException("x.y", "not be null", null);
        assertThat(e).hasMessage("x.y must not be null: null");
        assertThat(e.rejectedValue()).isEqualTo("null");
    }

    @Test
    void fieldAndRuleAreRequired() {
        assertThatThrownBy(() -> new InvalidValueException(null, "r", 1)).isInstanceOf(NullPointerException.class)
                .hasMessage("field");
        assertThatThrownBy(() -> new InvalidValueException("f", null, 1)).isInstanceOf(NullPointerException.class)
                .hasMessage("rule");
    }

    @Test
    void aftercareExceptionKeepsItsCause() {
        IllegalStateException cause = new IllegalStateException("inner");
        AftercareException e = new AftercareException("outer", cause);
        assertThat(e).hasMessage("outer").hasCause(cause);
    }
}
