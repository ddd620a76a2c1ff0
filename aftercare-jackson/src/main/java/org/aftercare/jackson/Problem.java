package org.aftercare.jackson;

import java.util.Objects;

/**
 * One thing wrong with a JSON document, such as
 * {@code /plan/services/1/schedule/end json.invalid-value "stay.end must not be before stay.start 2026-03-02: 2026-03-01"}.
 *
 * <p>Invariants: the pointer is an RFC 6901 JSON Pointer ({@code ""} for the whole document, otherwise starting with
 * {@code /}); the code is one of the stable dotted codes listed in {@code docs/wire-format.md}, such as
 * {@code json.unknown-property}; the message is not blank.
 *
 * @param pointer  the JSON Pointer of the offending value, or of the object missing a member, not null
 * @param code  the stable code, such as {@code "json.wrong-type"}, not null
 * @param message  a human-readable explanation naming the expected and the rejected value, not blank
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public record Problem(String pointer, String code, String message) {

    /** Validates the fields; see the class description. */
    public Problem {
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        if (!pointer.isEmpty() && !pointer.startsWith("/")) {
            throw new IllegalArgumentException("pointer must be empty or start with '/': " + pointer);
        }
        if (!code.startsWith("json.")) {
            throw new IllegalArgumentException("code must start with 'json.': " + code);
        }
        if (message.isBlank()) {
            throw new IllegalArgumentException("message must not be blank");
        }
    }

    @Override
    public String toString() {
        return (pointer.isEmpty() ? "(document)" : pointer) + " " + code + ": " + message;
    }
}
