package org.aftercare.jackson.internal;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads one JSON value into a domain value, reporting every problem it finds.
 *
 * @param <T> the value type
 */
@FunctionalInterface
interface Read<T> {
    /**
     * Reads a value.
     *
     * @param node  the JSON value, never {@link JsonTree#REPORTED}
     * @param pointer  its pointer
     * @param problems  where problems go
     * @return the value, or null when a problem was reported
     */
    T read(JsonNode node, String pointer, Problems problems);
}
