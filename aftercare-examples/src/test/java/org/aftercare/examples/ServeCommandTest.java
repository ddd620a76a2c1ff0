package org.aftercare.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServeCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private ExitStatus run(String... args) {
        return AftercareCli.run(List.of(args), new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                false);
    }

    @Test
    void helpNamesTheOptionsAndTheLoopbackDefault() {
        assertThat(run("serve", "--help")).isEqualTo(ExitStatus.OK);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Usage: ./aftercare serve [--port N] [--host ADDRESS] "
                + "[--zone ZONE]").contains("default 127.0.0.1, loopback only");
        assertThat(AftercareCli.HELP).contains("serve [--port N] [--host H] [--zone Z]");
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertThat(run("serve", "--port", "70000")).isEqualTo(ExitStatus.REJECTED);
        assertThat(run("serve", "--zone", "Mars/Base")).isEqualTo(ExitStatus.REJECTED);
        assertThat(run("serve", "--colour", "blue")).isEqualTo(ExitStatus.REJECTED);
        assertThat(run("serve", "--port")).isEqualTo(ExitStatus.REJECTED);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("aftercare serve: --port must be 0-65535")
                .contains("aftercare serve: --zone must be a time-zone ID such as America/New_York")
                .contains("aftercare serve: unknown option or missing value '--colour'")
                .contains("aftercare serve: unknown option or missing value '--port'");
    }
}
