package org.aftercare.jackson.internal;

import java.util.Arrays;

/**
 * A JSON array of the decoded tree, such as {@code ["monday", "thursday"]}: its elements in document order, each in
 * the tree's plain value representation (see {@link JsonObject}). Not thread-safe while built; read-only after.
 */
final class JsonArray {
    private static final Object[] EMPTY = {};

    private Object[] elements = EMPTY;
    private int size;

    JsonArray() {
    }

    /** Makes an array of elements already read, copied from {@code from}: its array has exactly their size. */
    JsonArray(Object[] from, int start, int size) {
        this.elements = size == 0 ? EMPTY : Arrays.copyOfRange(from, start, start + size);
        this.size = size;
    }

    /** Returns the number of elements. */
    int size() {
        return size;
    }

    /** Returns the element at an index. */
    Object get(int i) {
        return elements[i];
    }

    void add(Object element) {
        if (size == elements.length) {
            elements = Arrays.copyOf(elements, Math.max(4, size * 2));
        }
        elements[size++] = element;
    }
}
