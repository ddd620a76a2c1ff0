package org.aftercare.examples;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * Reads newline-delimited records from a stream without ever holding more than a bound, such as
 * the lines of a batch file where one hostile line may be gigabytes long. A line over the bound is
 * skipped to its end and reported as {@link Line#tooLong()}.
 */
final class BoundedLineReader {
    private final InputStream in;
    private final int maxBytes;
    private boolean ended;
    private long consumed;

    /** A line: its bytes (without the newline), or the fact that it was too long. */
    record Line(byte[] bytes, boolean tooLong) {
    }

    BoundedLineReader(InputStream in, int maxBytes) {
        this.in = Objects.requireNonNull(in, "in");
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    /** Returns the number of bytes read so far. */
    long consumed() {
        return consumed;
    }

    /** Returns the next line, or null at the end of the stream. A final line without a newline counts. */
    Line next() throws IOException {
        if (ended) {
            return null;
        }
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        boolean tooLong = false;
        boolean any = false;
        int b;
        while ((b = in.read()) != -1) {
            any = true;
            consumed++;
            if (b == '\n') {
                return new Line(tooLong ? new byte[0] : stripCarriageReturn(line.toByteArray()), tooLong);
            }
            if (!tooLong) {
                if (line.size() >= maxBytes) {
                    tooLong = true;
                    line.reset();
                } else {
                    line.write(b);
                }
            }
        }
        ended = true;
        return any ? new Line(tooLong ? new byte[0] : stripCarriageReturn(line.toByteArray()), tooLong) : null;
    }

    private static byte[] stripCarriageReturn(byte[] bytes) {
        if (bytes.length > 0 && bytes[bytes.length - 1] == '\r') {
            byte[] shorter = new byte[bytes.length - 1];
            System.arraycopy(bytes, 0, shorter, 0, shorter.length);
            return shorter;
        }
        return bytes;
    }
}
