package org.aftercare.cdshooks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.aftercare.fhir.FhirMapper;

/** Test requests (under src/test/resources/requests) and a service on a fixed clock that never fetches. */
final class Requests {
    static final Instant AS_OF = Instant.parse("2026-04-03T13:00:00Z");
    static final ZoneId ZONE = ZoneId.of("America/New_York");
    /** One mapper for every test: its FHIR context is expensive. */
    static final FhirMapper MAPPER = FhirMapper.r4();

    private Requests() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = Requests.class.getResourceAsStream("/requests/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test request " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CdsHooksService.Builder service() {
        return CdsHooksService.builder(Clock.fixed(AS_OF, ZoneOffset.UTC), ZONE).mapper(MAPPER)
                .fetcher((server, query, auth) -> {
                    throw new FhirFetcher.FetchException("fetching is off in this test");
                });
    }
}
