package org.aftercare.examples;

/**
 * The exit statuses of {@code ./aftercare}, such as {@link #REJECTED} when the input document was
 * not a valid request. A higher status wins when a batch has several outcomes.
 *
 * @since 0.1.0
 */
public enum ExitStatus {
    /** Success: no ERROR findings. */
    OK(0),
    /** Evaluated, and at least one finding is an ERROR. */
    ERROR_FINDINGS(1),
    /** Input rejected (invalid JSON or request), or a usage error. */
    REJECTED(2),
    /** Internal failure. */
    INTERNAL(3);

    private final int code;

    ExitStatus(int code) {
        this.code = code;
    }

    /** Returns the process exit code. @return 0 to 3 */
    public int code() {
        return code;
    }

    /**
     * Returns the more severe of two statuses.
     *
     * @param other  the other status, not null
     * @return the status with the higher code
     */
    public ExitStatus max(ExitStatus other) {
        return other.code > code ? other : this;
    }
}
