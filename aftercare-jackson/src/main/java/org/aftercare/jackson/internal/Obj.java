package org.aftercare.jackson.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.aftercare.InvalidValueException;

/** Reads the members of one JSON object, remembering which were read so the rest are reported as unknown. */
final class Obj {
    private final JsonObject node;
    private final Pointer pointer;
    private final Problems problems;
    /**
     * Where the names asked for start in the decode's stack of asked names ({@link Problems#asked}), in asking order,
     * repeats included (a handful per object): only an unknown member's message lists them, so they are deduplicated
     * then, not on every read.
     */
    private final int askedBase;
    private int askedCount;
    /** The members read, by position: bit i of {@code readLow} for the first 64, then {@code readHigh}. */
    private long readLow;
    private boolean[] readHigh;
    private boolean readAll;
    private boolean skipped;

    private Obj(JsonObject node, Pointer pointer, Problems problems) {
        this.node = node;
        this.pointer = pointer;
        this.problems = problems;
        this.askedBase = problems.askedTop;
    }

    /** Opens an object, or reports a wrong type and returns null. */
    static Obj of(Object node, Pointer pointer, Problems problems) {
        if (!(node instanceof JsonObject object)) {
            problems.add(pointer, "json.wrong-type", "expected an object, found " + Reads.describe(node));
            return null;
        }
        return new Obj(object, pointer, problems);
    }

    JsonObject node() {
        return node;
    }

    Pointer pointer() {
        return pointer;
    }

    Problems problems() {
        return problems;
    }

    boolean has(String name) {
        return node.has(name);
    }

    /** Reads a required member; reports json.missing when absent. */
    <T> T required(String name, Read<T> reader) {
        Object value = requiredValue(name);
        return value == null ? null : reader.read(value, pointer.child(name), problems);
    }

    /**
     * Reads a required member naming an enum constant: {@link #required} with the reader called directly, so the JIT
     * can inline it (through {@link Read}, the call from {@link #required} meets every reader of the wire format).
     */
    <E extends Enum<E>> E requiredCode(String name, Reads.EnumCodes<E> codes) {
        Object value = requiredValue(name);
        return value == null ? null : codes.read(value, pointer.child(name), problems);
    }

    /** Reads a required date: {@code required(name, Reads.date())} with the reader called directly. */
    LocalDate requiredDate(String name) {
        Object value = requiredValue(name);
        return value == null ? null : Reads.date(value, pointer.child(name), problems);
    }

    /** Reads a required instant: {@code required(name, Reads.instant())} with the reader called directly. */
    Instant requiredInstant(String name) {
        Object value = requiredValue(name);
        return value == null ? null : Reads.instant(value, pointer.child(name), problems);
    }

    /**
     * Returns a required member's value for its reader, or null (never a JSON value: JSON null is
     * {@link JsonTree#NULL}) when it is absent, reported as json.missing, or was already reported while the tree was
     * built.
     */
    private Object requiredValue(String name) {
        int i = markRead(name);
        if (i < 0) {
            problems.add(pointer, "json.missing", "the member \"" + name + "\" is required");
            return null;
        }
        Object value = node.value(i);
        return value == JsonTree.REPORTED ? skip() : value;
    }

    /** Reads an optional member; absent gives the default; null is a wrong type like any other. */
    <T> T optional(String name, Read<T> reader, T absent) {
        int i = markRead(name);
        if (i < 0) {
            return absent;
        }
        Object value = node.value(i);
        return value == JsonTree.REPORTED ? skip() : reader.read(value, pointer.child(name), problems);
    }

    private <T> T skip() {
        skipped = true;
        problems.skipped();
        return null;
    }

    /** Marks every member as read: used when the object's "type" is unknown, so its members cannot be judged. */
    void ignoreRest() {
        readAll = true;
    }

    /** Notes a name asked for and marks its member read; returns the member's position, or -1 when absent. */
    private int markRead(String name) {
        problems.ask(askedBase + askedCount++, name);
        // readers ask in the order the wire format writes: the member after the last one read is looked at first, by
        // identity (names are the readers' literals and, from the everyday reader, interned); else a lookup
        int next = 64 - Long.numberOfLeadingZeros(readLow);
        int i = next < node.size() && node.name(next) == name ? next : node.indexOf(name);
        if (i >= 64) {
            if (readHigh == null) {
                readHigh = new boolean[node.size()];
            }
            readHigh[i] = true;
        } else if (i >= 0) {
            readLow |= 1L << i;
        }
        return i;
    }

    private boolean isRead(int i) {
        return readAll || (i < 64 ? (readLow & (1L << i)) != 0 : readHigh != null && readHigh[i]);
    }

    /** Checks if reading a member reported a problem: present, and its read gave null. */
    boolean failed(String name, Object value) {
        return value == null && node.has(name);
    }

    /**
     * Reports every member not read as unknown. Class-name members ({@code @class}, {@code @type}) are named as what
     * they are: this format never carries Java class names.
     */
    void end() {
        for (int i = 0; i < node.size(); i++) {
            if (!isRead(i)) {
                String name = node.name(i);
                String hint = name.startsWith("@") ? " (class names and type ids are never accepted)" : "";
                problems.add(pointer.child(name), "json.unknown-property", "the member \"" + name + "\" is not part of "
                        + "this object" + hint + "; expected one of " + askedNames());
            }
        }
        // this object's names are no longer needed: its next sibling's go in their place
        problems.askedTop = askedBase;
    }

    /** Returns the names asked for, each once, in first-asked order. */
    private List<String> askedNames() {
        List<String> names = new ArrayList<>(askedCount);
        for (int i = 0; i < askedCount; i++) {
            String name = problems.asked[askedBase + i];
            if (!names.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }

    /**
     * Builds a domain value through its public factory once every part has been read without problems; an
     * {@link InvalidValueException} becomes a problem at the member its field names.
     *
     * @param mark  the problem mark taken before the parts were read
     */
    <T> T build(int mark, Supplier<T> factory) {
        end();
        if (problems.since(mark) || skipped) {
            return null;
        }
        try {
            return factory.get();
        } catch (InvalidValueException e) {
            problems.invalid(node, pointer, e);
            return null;
        }
    }
}
