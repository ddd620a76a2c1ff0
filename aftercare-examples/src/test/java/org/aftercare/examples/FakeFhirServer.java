package org.aftercare.examples;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A FHIR server on a loopback port for tests: answers the queries it was given (path and query, such as
 * {@code MedicationRequest?patient=1288992}) with FHIR JSON when the request carries the expected bearer token,
 * 401 without it, 404 for anything else; records every query and Authorization header it saw.
 */
final class FakeFhirServer implements AutoCloseable {
    private final HttpServer server;
    private final Map<String, String> answers = new ConcurrentHashMap<>();
    private final List<String> seen = new CopyOnWriteArrayList<>();

    FakeFhirServer(String token) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        server.createContext("/fhir/", exchange -> {
            try (exchange) {
                URI uri = exchange.getRequestURI();
                String query = uri.getRawPath().substring("/fhir/".length())
                        + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
                String auth = exchange.getRequestHeaders().getFirst("Authorization");
                seen.add(query + " " + auth);
                String answer = answers.get(query);
                int status = !("Bearer " + token).equals(auth) ? 401 : answer == null ? 404 : 200;
                byte[] body = status == 200 ? answer.getBytes(StandardCharsets.UTF_8) : new byte[0];
                exchange.getResponseHeaders().set("Content-Type", "application/fhir+json");
                exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
                if (body.length > 0) {
                    try (OutputStream os = exchange.getResponseBody()) {
                        os.write(body);
                    }
                }
            }
        });
        server.start();
    }

    /** Returns the FHIR base URL, such as {@code http://127.0.0.1:41234/fhir}. */
    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/fhir";
    }

    FakeFhirServer answer(String query, String fhirJson) {
        answers.put(query, fhirJson);
        return this;
    }

    List<String> seen() {
        return List.copyOf(seen);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
