package org.aftercare;

/**
 * The root of every exception aftercare throws on purpose, such as an {@link InvalidValueException}.
 *
 * <p>Clinical-rule outcomes are never exceptions: they are {@link Finding}s. An exception means the
 * caller passed something that cannot be a valid value, or the library met a state it cannot handle.
 * Messages never contain patient identifiers; the library takes none.
 *
 * @since 0.1.0
 */
public class AftercareException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message.
     *
     * @param message  the message, not null
     */
    public AftercareException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message and a cause.
     *
     * @param message  the message, not null
     * @param cause  the cause, may be null
     */
    public AftercareException(String message, Throwable cause) {
        super(message, cause);
    }
}
