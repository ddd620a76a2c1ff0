package org.aftercare.cdshooks;

import java.net.URI;

/**
 * Reads what a client did not prefetch from its FHIR server, such as
 * {@code GET {fhirServer}/MedicationRequest?patient=123} with the request's bearer token.
 * {@link HttpFhirFetcher} is the implementation over {@code java.net.http}; tests plug in their own.
 *
 * <pre>{@code
 * CdsHooksService service = CdsHooksService.builder(clock, zone).fetcher(HttpFhirFetcher.standard()).build();
 * }</pre>
 *
 * @implSpec Implementations must be thread-safe, must not log the query, the token or the body (they hold
 *     identifiers and credentials), and must bound time and size.
 * @since 0.1.0
 */
@FunctionalInterface
public interface FhirFetcher {

    /**
     * Reads one FHIR query.
     *
     * @param fhirServer  the FHIR base URL from the request, not null
     * @param query  the query relative to the base, tokens already replaced, such as
     *     {@code MedicationRequest?patient=123}, not null
     * @param authorization  the bearer token, not null
     * @return the FHIR JSON body (a resource or a searchset Bundle), not null
     * @throws FetchException if the resource could not be read; its message says why without the query or token
     */
    byte[] fetch(URI fhirServer, String query, FhirAuthorization authorization) throws FetchException;

    /**
     * A prefetch query that could not be read, such as {@code "the FHIR server answered HTTP 401"}. The message
     * never holds the query, the URL or the token.
     *
     * @since 0.1.0
     */
    final class FetchException extends Exception {
        private static final long serialVersionUID = 1L;

        /**
         * Creates the exception.
         *
         * @param reason  why, without identifiers, not null
         */
        public FetchException(String reason) {
            super(reason);
        }
    }
}
