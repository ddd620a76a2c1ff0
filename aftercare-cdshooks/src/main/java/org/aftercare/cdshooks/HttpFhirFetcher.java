package org.aftercare.cdshooks;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Objects;

/**
 * A {@link FhirFetcher} over {@code java.net.http.HttpClient}, such as the {@link #standard()} one: 2 s to
 * connect, 5 s per query, at most 4 MiB per body, redirects not followed (the bearer token must not travel to
 * another host).
 *
 * <pre>{@code
 * FhirFetcher fetcher = HttpFhirFetcher.of(Duration.ofSeconds(1), Duration.ofSeconds(3), 1 << 20);
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public final class HttpFhirFetcher implements FhirFetcher {
    private final HttpClient client;
    private final Duration timeout;
    private final int maxBytes;

    private HttpFhirFetcher(Duration connectTimeout, Duration timeout, int maxBytes) {
        this.client = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.timeout = timeout;
        this.maxBytes = maxBytes;
    }

    /**
     * Obtains a fetcher with 2 s to connect, 5 s per query and 4 MiB per body.
     *
     * @return the fetcher, not null
     */
    public static HttpFhirFetcher standard() {
        return of(Duration.ofSeconds(2), Duration.ofSeconds(5), 4 << 20);
    }

    /**
     * Obtains a fetcher.
     *
     * @param connectTimeout  the time to connect, positive
     * @param timeout  the time for one query, positive
     * @param maxBytes  the largest body, at least 1
     * @return the fetcher, not null
     * @throws IllegalArgumentException if a bound is not positive
     */
    public static HttpFhirFetcher of(Duration connectTimeout, Duration timeout, int maxBytes) {
        if (connectTimeout.isNegative() || connectTimeout.isZero() || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive: " + connectTimeout + ", " + timeout);
        }
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be at least 1: " + maxBytes);
        }
        return new HttpFhirFetcher(connectTimeout, timeout, maxBytes);
    }

    @Override
    public byte[] fetch(URI fhirServer, String query, FhirAuthorization authorization) throws FetchException {
        Objects.requireNonNull(authorization, "authorization");
        String base = fhirServer.toString();
        URI uri;
        try {
            uri = URI.create((base.endsWith("/") ? base : base + "/") + query);
        } catch (IllegalArgumentException e) {
            throw new FetchException("the query could not be formed into a URL");
        }
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("Accept", "application/fhir+json")
                .header("Authorization", "Bearer " + authorization.accessToken())
                .GET()
                .build();
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                if (response.statusCode() != 200) {
                    throw new FetchException("the FHIR server answered HTTP " + response.statusCode());
                }
                byte[] body = in.readNBytes(maxBytes + 1);
                if (body.length > maxBytes) {
                    throw new FetchException("the FHIR server's answer is larger than " + maxBytes + " bytes");
                }
                return body;
            }
        } catch (HttpTimeoutException e) {
            throw new FetchException("the FHIR server did not answer within " + timeout.toMillis() + " ms");
        } catch (IOException e) {
            throw new FetchException("the FHIR server could not be reached (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException("interrupted while reading the FHIR server");
        }
    }

    @Override
    public String toString() {
        return "HttpFhirFetcher[timeout=" + timeout + ", maxBytes=" + maxBytes + "]";
    }
}
