package org.aftercare.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.aftercare.cdshooks.CdsHooksService;

/** {@code ./aftercare serve [--port N] [--host ADDRESS] [--zone ZONE]}: runs the CDS Hooks service until stopped. */
final class ServeCommand {
    static final String HELP = String.join("\n",
            "Usage: ./aftercare serve [--port N] [--host ADDRESS] [--zone ZONE]",
            "",
            "Runs the aftercare CDS Hooks 2.0 service; discovery at http://HOST:PORT/cds-services.",
            "  --port N         the port (default 8080; 0 picks a free one)",
            "  --host ADDRESS   the address to bind (default 127.0.0.1, loopback only)",
            "  --zone ZONE      the clinic's time zone, such as America/New_York (default: the system zone)",
            "Stop it with Ctrl-C. TLS and EHR authentication belong to a reverse proxy in front of it.",
            "");

    private ServeCommand() {
    }

    static ExitStatus run(List<String> args, PrintStream out, PrintStream err) {
        if (args.contains("--help")) {
            out.print(HELP);
            return ExitStatus.OK;
        }
        int port = 8080;
        String host = "127.0.0.1";
        ZoneId zone = ZoneId.systemDefault();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (i + 1 >= args.size() || !List.of("--port", "--host", "--zone").contains(a)) {
                err.println("aftercare serve: unknown option or missing value '" + a + "'");
                err.print(HELP);
                return ExitStatus.REJECTED;
            }
            String v = args.get(++i);
            try {
                switch (a) {
                    case "--port":
                        port = Integer.parseInt(v);
                        if (port < 0 || port > 65535) {
                            throw new NumberFormatException();
                        }
                        break;
                    case "--host":
                        host = v;
                        break;
                    default:
                        zone = ZoneId.of(v);
                        break;
                }
            } catch (NumberFormatException e) {
                err.println("aftercare serve: --port must be 0-65535");
                return ExitStatus.REJECTED;
            } catch (DateTimeException e) {
                err.println("aftercare serve: --zone must be a time-zone ID such as America/New_York");
                return ExitStatus.REJECTED;
            }
        }
        CdsHooksServer server;
        try {
            // snippet:serve
            CdsHooksService service = CdsHooksService.builder(Clock.systemUTC(), zone).build();
            server = CdsHooksServer.start(new InetSocketAddress(InetAddress.getByName(host), port), service, 8);
            // end-snippet
        } catch (IOException e) {
            err.println("aftercare serve: cannot listen on " + host + ":" + port + " (" + e.getMessage() + ")");
            return ExitStatus.REJECTED;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "cds-hooks-shutdown"));
        out.println("aftercare: CDS Hooks service at " + server.baseUri() + "cds-services (zone " + zone
                + "); Ctrl-C stops it");
        out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            server.close();
            Thread.currentThread().interrupt();
        }
        return ExitStatus.OK;
    }
}
