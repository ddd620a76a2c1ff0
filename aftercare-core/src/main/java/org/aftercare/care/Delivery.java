package org.aftercare.care;

/**
 * How a service is delivered, orthogonal to the modality, such as {@link #TELEHEALTH}.
 *
 * @since 0.1.0
 */
public enum Delivery {
    /** Face to face. */
    IN_PERSON,
    /** By video or telephone. */
    TELEHEALTH
}
