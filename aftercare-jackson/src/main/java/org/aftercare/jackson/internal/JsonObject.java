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
    private static final Object[] EMPTY = {};

    /** The members in document order, each a name followed by its value: one array rather than two per object. */
    private Object[] members;
    private int size;
    private Map<String, Integer> index;

    JsonObject() {
        // most objects of the wire format have at most 6 members
        this(6);
    }

    JsonObject(int capacity) {
        members = new Object[Math.max(capacity, 1) * 2];
    }

    /**
     * Makes an object of members already read, copied from {@code from} (names and values alternating, from
     * {@code start}): its array has exactly their size. The names must be distinct (the caller checks).
     */
    JsonObject(Object[] from, int start, int size) {
        this.members = size == 0 ? EMPTY : Arrays.copyOfRange(from, start, start + 2 * size);
        this.size = size;
        if (size > SCAN_LIMIT) {
            index = new HashMap<>();
            for (int i = 0; i < size; i++) {
                index.put(name(i), i);
            }
        }
    }

    /** Returns the number of members. */
    int size() {
        return size;
    }

    /** Returns the name of the member at a position (document order). */
    String name(int i) {
        return (String) members[2 * i];
    }

    /** Returns the value of the member at a position (document order). */
    Object value(int i) {
        return members[2 * i + 1];
    }

    /** Returns the position of the member with a name, or -1. */
    int indexOf(String name) {
        if (index != null) {
            Integer i = index.get(name);
            return i == null ? -1 : i;
        }
        Object[] m = members;
        for (int i = 0, n = 2 * size; i < n; i += 2) {
            // names are mostly the parser's canonical strings and the readers' literals: identity usually decides
            Object k = m[i];
            if (k == name || name.equals(k)) {
                return i >> 1;
            }
        }
        return -1;
    }

    /** Checks if the object has a member. */
    boolean has(String name) {
        return indexOf(name) >= 0;
    }

    /** Returns the value of a member, or null when absent. */
    Object get(String name) {
        int i = indexOf(name);
        return i < 0 ? null : members[2 * i + 1];
    }

    /** Adds a member whose name the object does not have yet (the caller checks). */
    void add(String name, Object value) {
        if (2 * size == members.length) {
            members = Arrays.copyOf(members, Math.max(4, size * 4));
        }
        members[2 * size] = name;
        members[2 * size + 1] = value;
        if (index != null) {
            index.put(name, size);
        } else if (size == SCAN_LIMIT) {
            index = new HashMap<>();
            for (int i = 0; i <= size; i++) {
                index.put(name(i), i);
            }
        }
        size++;
    }
}
