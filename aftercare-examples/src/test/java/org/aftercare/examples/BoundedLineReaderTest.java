package org.aftercare.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoundedLineReaderTest {

    /** Returns the lines as text, "!" for a line reported too long, reading through a stream of the given chunk size. */
    private static List<String> lines(String text, int maxBytes, int chunk) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        InputStream in = new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, chunk));
            }
        };
        BoundedLineReader reader = new BoundedLineReader(in, maxBytes);
        List<String> lines = new ArrayList<>();
        for (BoundedLineReader.Line line = reader.next(); line != null; line = reader.next()) {
            lines.add(line.tooLong() ? "!" : new String(line.bytes(), StandardCharsets.UTF_8));
        }
        assertThat(reader.consumed()).isEqualTo(bytes.length);
        return lines;
    }

    @Test
    void splitsOnNewlinesWhateverTheChunksAndStripsOneCarriageReturn() throws IOException {
        for (int chunk : new int[] {1, 2, 3, 7, 1 << 16}) {
            assertThat(lines("ab\r\n\ncd\nlast", 10, chunk)).as("chunk %d", chunk).containsExactly("ab", "", "cd", "last");
            assertThat(lines("ab\n", 10, chunk)).as("chunk %d", chunk).containsExactly("ab");
            assertThat(lines("", 10, chunk)).as("chunk %d", chunk).isEmpty();
            assertThat(lines("\r\na\rb\r\r\n\n\r", 10, chunk)).as("chunk %d", chunk)
                    .containsExactly("", "a\rb\r", "", "");
        }
    }

    @Test
    void aLineOfExactlyTheBoundIsKeptAndOneByteMoreIsTooLongAndSkippedToItsEnd() throws IOException {
        for (int chunk : new int[] {1, 4, 1 << 16}) {
            assertThat(lines("12345\n123456\nok\n1234567", 5, chunk)).as("chunk %d", chunk)
                    .containsExactly("12345", "!", "ok", "!");
        }
    }
}
