package org.aftercare.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/**
 * Writes one domain value as JSON, in its canonical shape.
 *
 * @param <T> the value type
 */
@FunctionalInterface
interface Write<T> {
    /**
     * Writes a value.
     *
     * @param g  the generator
     * @param value  the value, not null
     * @throws IOException if the generator fails
     */
    void write(JsonGenerator g, T value) throws IOException;
}
