package org.aftercare;

import java.util.Objects;

/**
 * Thrown when a constructor or factory is given a value that cannot be valid, such as negative
 * session hours or an end date before a start date.
 *
 * <p>The message has the form {@code "<field> must <rule>: <value>"}, for example
 * {@code "schedule.sessionLength must be positive: PT0S"}. The field and the rejected value are
 * also available as properties, so adapters (JSON, FHIR) can map them to their own paths.
 *
 * @since 0.1.0
 */
public final class InvalidValueException extends AftercareException {
    private static final long serialVersionUID = 1L;

    private final String field;
    private final String rejectedValue;

    /**
     * Creates an exception naming the field, the rule it breaks and the rejected value.
     *
     * @param field  the name of the field, not null
     * @param rule  what the value must satisfy, phrased after "must", not null
     * @param rejectedValue  the rejected value, may be null
     */
    public InvalidValueException(String field, String rule, Object rejectedValue) {
        super(Objects.requireNonNull(field, "field") + " must " + Objects.requireNonNull(rule, "rule")
                + ": " + rejectedValue);
        this.field = field;
        this.rejectedValue = String.valueOf(rejectedValue);
    }

    /**
     * Returns the name of the rejected field, such as {@code "schedule.sessionLength"}.
     *
     * @return the field name, not null
     */
    public String field() {
        return field;
    }

    /**
     * Returns the rejected value as text.
     *
     * @return the rejected value, {@code "null"} when it was null
     */
    public String rejectedValue() {
        return rejectedValue;
    }
}
