package org.aftercare.jackson.internal;

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
     * @param node  the JSON value in the tree's representation (see {@link JsonObject}), never
     *     {@link JsonTree#REPORTED}
     * @param pointer  its pointer
     * @param problems  where problems go
     * @return the value, or null when a problem was reported
     */
    T read(Object node, Pointer pointer, Problems problems);
}
