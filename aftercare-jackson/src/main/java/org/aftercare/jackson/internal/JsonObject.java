package org.aftercare.jackson.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A JSON object of the decoded tree, such as {@code {"start": "2026-03-02", "end": "2026-06-01"}}: its member names
 * and values in document order, in two parallel arrays. Names are unique ({@link JsonTree} reports and drops a
 * repeated one). A lookup scans the names (objects of the wire format have a handful of members); an object with
 * many members (only hostile documents have them) gets a hash index, so building and reading it stays linear.
 *
 * <p>Values are the tree's plain value representation: {@code String}, {@code Boolean}, {@code Long} or
 * {@code BigInteger} (integers), another {@code Number} (a number with a fraction or exponent), {@link JsonObject},
 * {@link JsonArray}, {@link JsonTree#NULL} or {@link JsonTree#REPORTED}. Not thread-safe while built; read-only after.
 */
final class JsonObject {
    /** Above this many members, lookups go through a hash index instead of a scan. */
    private static final int SCAN_LIMIT = 12;

    private String[] names;
    private Object[] values;
    private int size;
    private Map<String, Integer> index;

    JsonObject() {
        // most objects of the wire format have at most 6 members
        this(6);
    }

    JsonObject(int capacity) {
        names = new String[Math.max(capacity, 1)];
        values = new Object[names.length];
    }

    /** Returns the number of members. */
    int size() {
        return size;
    }

    /** Returns the name of the member at a position (document order). */
    String name(int i) {
        return names[i];
    }

    /** Returns the value of the member at a position (document order). */
    Object value(int i) {
        return values[i];
    }

    /** Returns the position of the member with a name, or -1. */
    int indexOf(String name) {
        if (index != null) {
            Integer i = index.get(name);
            return i == null ? -1 : i;
        }
        for (int i = 0; i < size; i++) {
            // names are mostly the parser's canonical strings and the readers' literals: identity usually decides
            String n = names[i];
            if (n == name || n.equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Checks if the object has a member, comparing names by identity: for a reader whose names are all interned,
     * such as {@link AsciiJson}.
     */
    boolean hasInterned(String name) {
        if (index != null) {
            return index.containsKey(name);
        }
        for (int i = 0; i < size; i++) {
            if (names[i] == name) {
                return true;
            }
        }
        return false;
    }

    /** Checks if the object has a member. */
    boolean has(String name) {
        return indexOf(name) >= 0;
    }

    /** Returns the value of a member, or null when absent. */
    Object get(String name) {
        int i = indexOf(name);
        return i < 0 ? null : values[i];
    }

    /** Adds a member whose name the object does not have yet (the caller checks). */
    void add(String name, Object value) {
        if (size == names.length) {
            names = Arrays.copyOf(names, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        names[size] = name;
        values[size] = value;
        if (index != null) {
            index.put(name, size);
        } else if (size == SCAN_LIMIT) {
            index = new HashMap<>();
            for (int i = 0; i <= size; i++) {
                index.put(names[i], i);
            }
        }
        size++;
    }
}
