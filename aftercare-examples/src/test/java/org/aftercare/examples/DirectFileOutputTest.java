package org.aftercare.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Whatever is written comes back byte for byte, directly or through the page cache, at every size around a block. */
class DirectFileOutputTest {
    @ParameterizedTest
    @CsvSource({"0,true", "1,true", "4095,true", "4096,true", "4097,true", "12289,true", "4194303,true",
        "4194304,true", "4194305,true", "12587009,true", "0,false", "4097,false", "4194305,false"})
    void everyByteComesBackInOrder(int size, boolean direct, @TempDir Path dir) throws IOException {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        Path file = dir.resolve("out.bin");
        Files.write(file, new byte[] {1, 2, 3}); // an existing file is truncated
        try (OutputStream out = DirectFileOutput.open(file, direct)) {
            // in pieces of odd sizes and single bytes, across the buffer's edges
            int at = 0;
            int piece = 1;
            while (at < size) {
                if (piece % 5 == 0) {
                    out.write(bytes[at++]);
                } else {
                    int n = Math.min(size - at, piece * 997);
                    out.write(bytes, at, n);
                    at += n;
                }
                piece++;
            }
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
    }

    @ParameterizedTest
    @CsvSource({"true", "false"})
    void aMissingDirectoryIsReportedAndAClosedStreamRefusesWrites(boolean direct, @TempDir Path dir)
            throws IOException {
        assertThatThrownBy(() -> DirectFileOutput.open(dir.resolve("missing/out.bin"), direct))
                .isInstanceOf(NoSuchFileException.class);
        OutputStream out = DirectFileOutput.open(dir.resolve("out.bin"), direct);
        out.write(new byte[] {7, 8});
        out.close();
        out.close(); // twice is fine
        assertThat(Files.readAllBytes(dir.resolve("out.bin"))).containsExactly(7, 8);
        if (out instanceof DirectFileOutput) { // (a closed BufferedOutputStream takes bytes into its buffer)
            assertThatThrownBy(() -> out.write(9)).isInstanceOf(IOException.class).hasMessage("Stream closed");
            assertThatThrownBy(() -> out.write(new byte[1], 0, 1)).isInstanceOf(IOException.class);
        }
    }

    @Test
    void aDeviceThatRefusesDirectWritesGetsThePageCache() throws IOException {
        Path devNull = Path.of("/dev/null");
        if (!Files.isWritable(devNull)) {
            return; // not a Unix-like system: nothing to check here
        }
        try (OutputStream out = DirectFileOutput.open(devNull)) {
            assertThat(out).isNotInstanceOf(DirectFileOutput.class);
            out.write(new byte[10_000]);
        }
    }
}
