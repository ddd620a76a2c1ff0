package org.aftercare.examples;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Objects;

/**
 * Reads newline-delimited records from a stream without ever holding more than a bound, such as
 * the lines of a batch file where one hostile line may be gigabytes long. A line over the bound is
 * skipped to its end and reported as {@link Line#tooLong()}.
 */
final class BoundedLineReader {
    private final InputStream in;
    private final int maxBytes;
    private final byte[] buffer = new byte[1 << 16];
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private int position;
    private int limit;
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
        line.reset();
        boolean tooLong = false;
        boolean any = false;
        while (true) {
            if (position == limit) {
                limit = in.read(buffer, 0, buffer.length);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    ended = true;
                    return any ? new Line(tooLong ? new byte[0] : stripCarriageReturn(line.toByteArray()), tooLong) : null;
                }
            }
            any = true;
            int newline = position;
            while (newline < limit && buffer[newline] != '\n') {
                newline++;
            }
            int length = newline - position;
            if (newline < limit && !tooLong && line.size() == 0 && length <= maxBytes) {
                // the whole line is in the buffer (the usual case): one copy, without the carriage return if any
                int end = length > 0 && buffer[newline - 1] == '\r' ? newline - 1 : newline;
                byte[] bytes = Arrays.copyOfRange(buffer, position, end);
                consumed += length + 1;
                position = newline + 1;
                return new Line(bytes, false);
            }
            if (!tooLong) {
                if (line.size() + length > maxBytes) {
                    tooLong = true;
                    line.reset();
                } else {
                    line.write(buffer, position, length);
                }
            }
            if (newline < limit) {
                consumed += length + 1;
                position = newline + 1;
                return new Line(tooLong ? new byte[0] : stripCarriageReturn(line.toByteArray()), tooLong);
            }
            consumed += length;
            position = limit;
        }
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
