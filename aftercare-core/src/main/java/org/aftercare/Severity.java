package org.aftercare;

/**
 * How urgently a {@link Finding} needs attention, such as {@link #ERROR} for a plan that must not
 * proceed as it is.
 *
 * <p>The declaration order is the report order: errors first.
 *
 * @since 0.1.0
 */
public enum Severity {
    /** The plan or order must not proceed as it is. */
    ERROR,
    /** A clinician needs to look at this. */
    WARNING,
    /** Information or a prompt; nothing is wrong as such. */
    INFO
}
