package org.aftercare.care;

/**
 * Who takes part in a modality's sessions, such as {@link #FAMILY}.
 *
 * @since 0.1.0
 */
public enum ModalityFormat {
    /** One patient with one clinician or worker. */
    INDIVIDUAL,
    /** A clinician-led group. */
    GROUP,
    /** The patient with family members. */
    FAMILY,
    /** A place to live with structure (recovery housing, therapeutic community). */
    RESIDENTIAL,
    /** Peer-led mutual help. */
    SELF_HELP
}
