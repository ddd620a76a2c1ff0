package org.aftercare;

/**
 * How well a cited figure is backed, such as {@link #VERIFIED} for a figure read in the primary
 * document. Mirrors the tags of the project's domain fact sheets: [V], [S], [U].
 *
 * @since 0.1.0
 */
public enum VerificationStatus {
    /** [V] Seen in the primary document or a verbatim copy of it. */
    VERIFIED("V"),
    /** [S] Seen only in a secondary source (summary, news, clinic or vendor page, code). */
    SECONDARY("S"),
    /** [U] Not found in any source; never used as a silent default. */
    UNVERIFIED("U"),
    /** A clinic's or programme's own policy, cited as such by whoever set it. */
    LOCAL("L");

    private final String tag;

    VerificationStatus(String tag) {
        this.tag = tag;
    }

    /**
     * Returns the one-letter tag used in the fact sheets, such as {@code "V"}.
     *
     * @return the tag, not null
     */
    public String tag() {
        return tag;
    }
}
