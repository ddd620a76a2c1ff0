package org.aftercare.care;

/**
 * The part a modality plays in a plan, such as {@link #CLINICAL} for services that count toward a
 * level's weekly clinical hours.
 *
 * @since 0.1.0
 */
public enum ModalityRole {
    /** A clinical treatment service; its session hours count toward the level's weekly hours. */
    CLINICAL,
    /** A recovery support (peer support, mutual help, check-ups); not counted as clinical hours. */
    RECOVERY_SUPPORT,
    /** A place to live (recovery housing, therapeutic community), planned as a stay. */
    RESIDENCE,
    /** A wrap-around service meeting a medical or social need (NIDA Principles 3-4). */
    WRAP_AROUND
}
