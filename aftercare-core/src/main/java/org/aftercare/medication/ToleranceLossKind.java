package org.aftercare.medication;

/**
 * An event after which opioid tolerance is likely lower and overdose risk higher, such as
 * {@link #RELEASE_FROM_INCARCERATION}.
 *
 * @since 0.1.0
 */
public enum ToleranceLossKind {
    /** Released from jail or prison. */
    RELEASE_FROM_INCARCERATION,
    /** Completed withdrawal management (detoxification) without continuing medication. */
    COMPLETED_WITHDRAWAL_MANAGEMENT,
    /** Stopped or left medication treatment for OUD. */
    LEFT_MOUD
}
