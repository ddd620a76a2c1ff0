package org.aftercare;

import java.util.Objects;
import org.aftercare.internal.Checks;

/**
 * A source for a threshold or a rule, such as {@code 42 CFR 8.12(i)(3), 2024 final rule (89 FR 7528) [S]}.
 *
 * <p>Invariants: document and edition are not blank; the section may be empty when a whole
 * document is cited.
 *
 * @param document  the document, such as {@code "42 CFR 8.12"}, not blank
 * @param section  the section or clause, such as {@code "(i)(3)"}, possibly empty
 * @param edition  the edition, version or date, such as {@code "2024 final rule, 89 FR 7528"}, not blank
 * @param status  how well the cited figure is backed, not null
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public record Citation(String document, String section, String edition, VerificationStatus status) {

    /** Validates the fields; see the class description. */
    public Citation {
        Checks.nonBlank(document, "citation.document");
        Objects.requireNonNull(section, "citation.section");
        Checks.nonBlank(edition, "citation.edition");
        Objects.requireNonNull(status, "citation.status");
    }

    /**
     * Obtains a citation.
     *
     * <pre>{@code
     * Citation c = Citation.of("42 CFR 8.12", "(i)(3)", "2024 final rule, 89 FR 7528", VerificationStatus.SECONDARY);
     * }</pre>
     *
     * @param document  the document, not blank
     * @param section  the section, possibly empty
     * @param edition  the edition or date, not blank
     * @param status  the verification status, not null
     * @return the citation, not null
     */
    public static Citation of(String document, String section, String edition, VerificationStatus status) {
        return new Citation(document, section, edition, status);
    }

    /**
     * Obtains a citation of a clinic's own policy document.
     *
     * @param document  the clinic's document, such as {@code "Sunrise Clinic aftercare protocol"}, not blank
     * @param section  the section, possibly empty
     * @param edition  the version or date, not blank
     * @return the citation with status {@link VerificationStatus#LOCAL}, not null
     */
    public static Citation local(String document, String section, String edition) {
        return new Citation(document, section, edition, VerificationStatus.LOCAL);
    }

    /**
     * Checks if the cited figure is unverified ([U]).
     *
     * @return true if the status is {@link VerificationStatus#UNVERIFIED}
     */
    public boolean isUnverified() {
        return status == VerificationStatus.UNVERIFIED;
    }

    /** Returns the citation as {@code document section, edition [tag]}. */
    @Override
    public String toString() {
        return document + (section.isEmpty() ? "" : " " + section) + ", " + edition + " [" + status.tag() + "]";
    }
}
