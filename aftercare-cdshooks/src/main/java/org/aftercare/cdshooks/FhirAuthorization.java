package org.aftercare.cdshooks;

import java.util.Objects;

/**
 * The {@code fhirAuthorization} of a hook request: an OAuth 2.0 bearer token the service may use to read the
 * FHIR server, such as {@code Bearer <token>} with scope {@code user/Patient.read} expiring in 300 s.
 *
 * @param accessToken  the token, not blank; never logged or printed
 * @param tokenType  always {@code "Bearer"}
 * @param expiresIn  the lifetime in seconds, not negative
 * @param scope  the granted scopes, space-separated, not null
 * @param subject  the OAuth client id of this service at the client, not null
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public record FhirAuthorization(String accessToken, String tokenType, long expiresIn, String scope, String subject) {

    /** Validates the fields; see the class description. */
    public FhirAuthorization {
        if (Objects.requireNonNull(accessToken, "accessToken").isBlank()) {
            throw new IllegalArgumentException("fhirAuthorization.access_token must not be blank");
        }
        if (!"Bearer".equals(tokenType)) {
            throw new IllegalArgumentException("fhirAuthorization.token_type must be Bearer");
        }
        if (expiresIn < 0) {
            throw new IllegalArgumentException("fhirAuthorization.expires_in must not be negative: " + expiresIn);
        }
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(subject, "subject");
    }

    /** Returns the token type and scope only: the token is a credential. */
    @Override
    public String toString() {
        return "FhirAuthorization[Bearer ***, expiresIn=" + expiresIn + ", scope=" + scope + "]";
    }
}
