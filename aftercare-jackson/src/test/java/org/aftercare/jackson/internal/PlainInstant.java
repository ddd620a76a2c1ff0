package org.aftercare.jackson.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The instant reader as it was before the everyday instant was read by hand (kept here as the reference the fast
 * path is checked against): every instant through {@code LocalDateTime.of} or {@code ISO_INSTANT}, its year through
 * {@code atOffset}.
 */
final class PlainInstant {
    private PlainInstant() {
    }

    static Instant read(Object node, Pointer pointer, Problems problems) {
        String s = Reads.string(node, pointer, problems);
        if (s == null) {
            return null;
        }
        try {
            if (!Reads.isInstant(s)) {
                throw new DateTimeException(s);
            }
            Instant i = s.length() == 20 && digits(s, 11, 13) < 24 && digits(s, 17, 19) < 60
                    ? LocalDateTime.of(digits(s, 0, 4), digits(s, 5, 7), digits(s, 8, 10), digits(s, 11, 13),
                            digits(s, 14, 16), digits(s, 17, 19)).toInstant(ZoneOffset.UTC)
                    : Instant.from(DateTimeFormatter.ISO_INSTANT.parse(s));
            int year = i.atOffset(ZoneOffset.UTC).getYear();
            if (year < Reads.MIN_YEAR || year > Reads.MAX_YEAR) {
                problems.add(pointer, "json.out-of-range", "expected a year from " + Reads.MIN_YEAR + " to "
                        + Reads.MAX_YEAR + ", found " + quoted(s));
                return null;
            }
            return i;
        } catch (DateTimeException e) {
            problems.add(pointer, "json.invalid-value", "expected an ISO-8601 UTC instant such as "
                    + "2026-03-01T14:00:00Z, found " + quoted(s));
            return null;
        }
    }

    private static String quoted(String s) {
        return "\"" + (s.length() > 60 ? s.substring(0, 60) + "..." : s) + "\"";
    }

    private static int digits(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + (s.charAt(i) - '0');
        }
        return n;
    }
}
