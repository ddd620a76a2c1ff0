package org.aftercare.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Objects;
import org.aftercare.PolicyKey;

/**
 * A policy key a request may override, with the wire shape of its value, such as
 * {@code care.continuing-care.minimum-duration} with an ISO-8601 period string.
 *
 * @param <T> the value type
 * @param key  the key
 * @param read  reads a value
 * @param write  writes a value
 */
record OverrideKey<T>(PolicyKey<T> key, Read<T> read, Write<T> write) {
    OverrideKey {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(read, "read");
        Objects.requireNonNull(write, "write");
    }

    /** Writes a value of this key, checked against the key's type. */
    void writeValue(JsonGenerator g, Object value) throws IOException {
        write.write(g, key.cast(value));
    }
}
