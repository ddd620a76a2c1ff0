package org.aftercare.care;

/**
 * The population whose level bounds apply, such as {@link #ADOLESCENT}. Chosen from the patient's
 * age and the policy's adult age ({@link CarePolicyKeys#ADULT_AGE}).
 *
 * @since 0.1.0
 */
public enum Population {
    /** Adults. */
    ADULT,
    /** Adolescents. */
    ADOLESCENT
}
