package org.aftercare.care;

import java.util.Objects;
import org.aftercare.InvalidValueException;

/**
 * A modality in a plan, with its delivery and schedule, such as
 * {@code cognitive-behavioural-therapy, TELEHEALTH, MONDAY x PT1H every week from 2026-03-02 to 2026-05-24}.
 *
 * <p>Invariants: a residence (recovery housing, therapeutic community) is planned as a
 * {@link ResidentialStay} and in person; a clinical modality is planned as a {@link SessionSchedule};
 * recovery supports and wrap-around services may be a schedule or a {@link Referral}.
 *
 * @param modality  the modality, not null
 * @param delivery  how it is delivered, not null
 * @param schedule  when, not null
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public record PlannedService(Modality modality, Delivery delivery, ServiceSchedule schedule) {

    /** Validates the combination; see the class description. */
    public PlannedService {
        Objects.requireNonNull(modality, "service.modality");
        Objects.requireNonNull(delivery, "service.delivery");
        Objects.requireNonNull(schedule, "service.schedule");
        boolean residence = modality.role() == ModalityRole.RESIDENCE;
        if (residence != (schedule instanceof ResidentialStay)) {
            throw new InvalidValueException("service.schedule",
                    residence ? "be a residential stay for " + modality.code() : "not be a residential stay for " + modality.code(),
                    schedule);
        }
        if (residence && delivery == Delivery.TELEHEALTH) {
            throw new InvalidValueException("service.delivery", "be IN_PERSON for " + modality.code(), delivery);
        }
        if (modality.role() == ModalityRole.CLINICAL && !(schedule instanceof SessionSchedule)) {
            throw new InvalidValueException("service.schedule", "be a session schedule for " + modality.code(), schedule);
        }
    }

    /**
     * Obtains a service delivered in person.
     *
     * @param modality  the modality, not null
     * @param schedule  the schedule, not null
     * @return the service, not null
     */
    public static PlannedService inPerson(Modality modality, ServiceSchedule schedule) {
        return new PlannedService(modality, Delivery.IN_PERSON, schedule);
    }

    /**
     * Obtains a service delivered by telehealth.
     *
     * @param modality  the modality, not null
     * @param schedule  the schedule, not null
     * @return the service, not null
     */
    public static PlannedService telehealth(Modality modality, ServiceSchedule schedule) {
        return new PlannedService(modality, Delivery.TELEHEALTH, schedule);
    }
}
