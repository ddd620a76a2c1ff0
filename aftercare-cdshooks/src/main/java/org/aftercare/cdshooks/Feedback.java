package org.aftercare.cdshooks;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One CDS Hooks 2.0 feedback entry, such as "card 0bf5… overridden at 2026-04-03T13:05:00Z, reason
 * already-addressed".
 *
 * @param card  the uuid of the card the feedback is about, not null
 * @param outcome  accepted or overridden, not null
 * @param acceptedSuggestions  the uuids of the suggestions accepted (accepted outcome), not null
 * @param overrideReasonCode  the code of the override reason chosen, if any
 * @param outcomeTimestamp  when the user acted, not null
 * @implSpec This class is immutable and thread-safe. It holds no identifiers; a user's free-text comment is not
 *     kept.
 * @since 0.1.0
 */
public record Feedback(UUID card, Outcome outcome, List<UUID> acceptedSuggestions, Optional<String> overrideReasonCode,
        Instant outcomeTimestamp) {

    /** Validates the fields. */
    public Feedback {
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(outcome, "outcome");
        acceptedSuggestions = List.copyOf(Objects.requireNonNull(acceptedSuggestions, "acceptedSuggestions"));
        Objects.requireNonNull(overrideReasonCode, "overrideReasonCode");
        Objects.requireNonNull(outcomeTimestamp, "outcomeTimestamp");
    }

    /**
     * What the user did with a card.
     *
     * @since 0.1.0
     */
    public enum Outcome {
        /** The user accepted the card (and possibly suggestions). */
        ACCEPTED,
        /** The user overrode the card. */
        OVERRIDDEN
    }
}
