package org.aftercare.care;

/**
 * An edition of The ASAM Criteria whose level codes aftercare knows, such as {@link #THIRD} (2013).
 * Only codes, names, settings and numeric thresholds are encoded; no criteria text.
 *
 * @since 0.1.0
 */
public enum AsamEdition {
    /** The ASAM Criteria, 3rd edition, October 2013. */
    THIRD("3"),
    /** The ASAM Criteria, 4th edition, Volume 1 (adults), October 2023. */
    FOURTH("4");

    private final String code;

    AsamEdition(String code) {
        this.code = code;
    }

    /**
     * Returns the edition number as text, such as {@code "3"}.
     *
     * @return the code, not null
     */
    public String code() {
        return code;
    }
}
