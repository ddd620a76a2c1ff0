package org.aftercare.cdshooks;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * An HTTP response of the CDS Hooks service, such as {@code 200 application/json {"cards":[...]}}, for a host
 * (the JDK's HttpServer, a servlet, a test) to send as it is.
 *
 * <pre>{@code
 * Response r = service.handle("GET", "/cds-services", new byte[0]);
 * exchange.sendResponseHeaders(r.status(), r.body().length);
 * }</pre>
 *
 * @param status  the HTTP status, 100-599
 * @param headers  the headers to send, content type and CORS headers included, sorted by name, not null
 * @param body  the body bytes (UTF-8 JSON), possibly empty, not null
 * @implSpec This class is immutable and thread-safe (the body array is copied in and out).
 * @since 0.1.0
 */
public record Response(int status, Map<String, String> headers, byte[] body) {

    /** The content type of every JSON body. */
    public static final String JSON = "application/json; charset=utf-8";

    /** Validates the fields and copies the body. */
    public Response {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("status must be 100-599: " + status);
        }
        headers = Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNull(headers, "headers")));
        body = Objects.requireNonNull(body, "body").clone();
    }

    /**
     * Returns a copy of the body.
     *
     * @return the body bytes, not null
     */
    @Override
    public byte[] body() {
        return body.clone();
    }

    /**
     * Returns the body as UTF-8 text.
     *
     * @return the text, not null
     */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /**
     * Returns the content type, or an empty string for a response without a body.
     *
     * @return the content type, not null
     */
    public String contentType() {
        return headers.getOrDefault("Content-Type", "");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Response r && r.status == status && r.headers.equals(headers)
                && java.util.Arrays.equals(r.body, body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, headers, java.util.Arrays.hashCode(body));
    }

    /** Returns the status and content type only: a body may hold patient data. */
    @Override
    public String toString() {
        return "Response[" + status + " " + contentType() + ", " + body.length + " bytes]";
    }
}
