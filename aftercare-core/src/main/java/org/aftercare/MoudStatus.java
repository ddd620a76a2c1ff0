package org.aftercare;

import com.google.common.collect.Sets;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A patient's documented status with medication for OUD, such as {@code RECEIVING [METHADONE]}.
 *
 * <p>Invariant: medications are listed exactly when the engagement is {@link MoudEngagement#RECEIVING}.
 *
 * @param engagement  the engagement, not null
 * @param medications  the medications received, not empty when receiving, empty otherwise
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public record MoudStatus(MoudEngagement engagement, Set<OudMedication> medications) {

    /** Validates the fields; see the class description. */
    public MoudStatus {
        Objects.requireNonNull(engagement, "moud.engagement");
        Objects.requireNonNull(medications, "moud.medications");
        medications = medications.isEmpty() ? Set.of() : Sets.immutableEnumSet(medications);
        if (engagement == MoudEngagement.RECEIVING && medications.isEmpty()) {
            throw new InvalidValueException("moud.medications", "name at least one medication when RECEIVING", medications);
        }
        if (engagement != MoudEngagement.RECEIVING && !medications.isEmpty()) {
            throw new InvalidValueException("moud.medications", "be empty when " + engagement, medications);
        }
    }

    /**
     * Obtains the status of a patient receiving medications.
     *
     * @param first  a medication, not null
     * @param more  further medications
     * @return the status, not null
     */
    public static MoudStatus receiving(OudMedication first, OudMedication... more) {
        return new MoudStatus(MoudEngagement.RECEIVING, EnumSet.of(first, more));
    }

    /**
     * Obtains the status "offered and declined".
     *
     * @return the status, not null
     */
    public static MoudStatus offeredDeclined() {
        return new MoudStatus(MoudEngagement.OFFERED_DECLINED, Set.of());
    }

    /**
     * Obtains the status "not offered".
     *
     * @return the status, not null
     */
    public static MoudStatus notOffered() {
        return new MoudStatus(MoudEngagement.NOT_OFFERED, Set.of());
    }

    /**
     * Obtains the status "nothing documented".
     *
     * @return the status, not null
     */
    public static MoudStatus unknown() {
        return new MoudStatus(MoudEngagement.UNKNOWN, Set.of());
    }

    /**
     * Checks if the patient receives any MOUD.
     *
     * @return true if receiving
     */
    public boolean isReceiving() {
        return engagement == MoudEngagement.RECEIVING;
    }

    /**
     * Checks if the patient receives a given medication.
     *
     * @param medication  the medication, not null
     * @return true if receiving it
     */
    public boolean isReceiving(OudMedication medication) {
        return medications.contains(Objects.requireNonNull(medication, "medication"));
    }
}
