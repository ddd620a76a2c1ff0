package org.aftercare.examples;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.aftercare.cdshooks.CdsHooksService;
import org.aftercare.cdshooks.Response;

/**
 * The aftercare CDS Hooks service on the JDK's {@code com.sun.net.httpserver.HttpServer}, such as
 * {@code http://127.0.0.1:8080/cds-services}, with a bounded thread pool and a clean shutdown.
 *
 * <pre>{@code
 * try (CdsHooksServer server = CdsHooksServer.start(new InetSocketAddress("127.0.0.1", 0), service, 4)) {
 *     URI discovery = server.baseUri().resolve("cds-services");
 * }
 * }</pre>
 *
 * <p>Bodies are read up to one byte past the service's size limit (the service answers 413), so a client cannot
 * make the server buffer more. TLS and authentication of the EHR are the host's job (a reverse proxy); see
 * docs/ehr-integration.md.
 *
 * @since 0.1.0
 */
public final class CdsHooksServer implements AutoCloseable {
    private final HttpServer server;
    private final ThreadPoolExecutor pool;

    private CdsHooksServer(HttpServer server, ThreadPoolExecutor pool) {
        this.server = server;
        this.pool = pool;
    }

    /**
     * Starts a server.
     *
     * @param address  the address to bind, such as 127.0.0.1 port 0 (an ephemeral port), not null
     * @param service  the service, not null
     * @param threads  the worker threads, 1 to 64
     * @return the running server, not null
     * @throws IOException if the address cannot be bound
     */
    public static CdsHooksServer start(InetSocketAddress address, CdsHooksService service, int threads)
            throws IOException {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(service, "service");
        if (threads < 1 || threads > 64) {
            throw new IllegalArgumentException("threads must be 1-64: " + threads);
        }
        int maxBody = service.limits().maxDocumentBytes();
        AtomicInteger n = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(threads * 16), r -> {
                    Thread t = new Thread(r, "cds-hooks-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                }, new ThreadPoolExecutor.CallerRunsPolicy());
        HttpServer server = HttpServer.create(address, 64);
        server.createContext("/", exchange -> serve(exchange, service, maxBody));
        server.setExecutor(pool);
        server.start();
        return new CdsHooksServer(server, pool);
    }

    private static void serve(HttpExchange exchange, CdsHooksService service, int maxBody) throws IOException {
        try (exchange) {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readNBytes(maxBody + 1);
            }
            Response r = service.handle(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(), body);
            for (Map.Entry<String, String> h : r.headers().entrySet()) {
                exchange.getResponseHeaders().set(h.getKey(), h.getValue());
            }
            byte[] out = r.body();
            exchange.sendResponseHeaders(r.status(), out.length == 0 ? -1 : out.length);
            if (out.length > 0) {
                try (OutputStream os = exchange.getResponseBody()) {
                    os.write(out);
                }
            }
        }
    }

    /**
     * Returns the bound address (with the actual port when 0 was asked for).
     *
     * @return the address, not null
     */
    public InetSocketAddress address() {
        return server.getAddress();
    }

    /**
     * Returns the base URI, such as {@code http://127.0.0.1:8080/}.
     *
     * @return the URI, not null
     */
    public java.net.URI baseUri() {
        InetSocketAddress a = address();
        String host = a.getAddress().getHostAddress();
        return java.net.URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + a.getPort() + "/");
    }

    /** Stops accepting requests, lets running ones finish (at most 2 s) and stops the workers. */
    @Override
    public void close() {
        server.stop(2);
        pool.shutdown();
        try {
            if (!pool.awaitTermination(2, TimeUnit.SECONDS)) {
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
