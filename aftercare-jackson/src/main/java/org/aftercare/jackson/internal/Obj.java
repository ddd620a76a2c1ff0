package org.aftercare.jackson.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;
import org.aftercare.InvalidValueException;

/** Reads the members of one JSON object, remembering which were read so the rest are reported as unknown. */
final class Obj {
    private final JsonNode node;
    private final String pointer;
    private final Problems problems;
    /** The names read, in first-read order, each once (a handful per object: a list beats a hash set). */
    private final List<String> read = new ArrayList<>(8);
    private boolean skipped;

    private Obj(JsonNode node, String pointer, Problems problems) {
        this.node = node;
        this.pointer = pointer;
        this.problems = problems;
    }

    /** Opens an object, or reports a wrong type and returns null. */
    static Obj of(JsonNode node, String pointer, Problems problems) {
        if (!node.isObject()) {
            problems.add(pointer, "json.wrong-type", "expected an object, found " + Reads.describe(node));
            return null;
        }
        return new Obj(node, pointer, problems);
    }

    JsonNode node() {
        return node;
    }

    String pointer() {
        return pointer;
    }

    Problems problems() {
        return problems;
    }

    String at(String name) {
        return Pointers.child(pointer, name);
    }

    boolean has(String name) {
        return node.has(name);
    }

    /** Reads a required member; reports json.missing when absent. */
    <T> T required(String name, Read<T> reader) {
        markRead(name);
        JsonNode value = node.get(name);
        if (value == null) {
            problems.add(pointer, "json.missing", "the member \"" + name + "\" is required");
            return null;
        }
        return value == JsonTree.REPORTED ? skip() : reader.read(value, at(name), problems);
    }

    /** Reads an optional member; absent gives the default; null is a wrong type like any other. */
    <T> T optional(String name, Read<T> reader, T absent) {
        markRead(name);
        JsonNode value = node.get(name);
        if (value == null) {
            return absent;
        }
        return value == JsonTree.REPORTED ? skip() : reader.read(value, at(name), problems);
    }

    private <T> T skip() {
        skipped = true;
        problems.skipped();
        return null;
    }

    /** Marks every member as read: used when the object's "type" is unknown, so its members cannot be judged. */
    void ignoreRest() {
        node.fieldNames().forEachRemaining(this::markRead);
    }

    private void markRead(String name) {
        if (!read.contains(name)) {
            read.add(name);
        }
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
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!read.contains(name)) {
                String hint = name.startsWith("@") ? " (class names and type ids are never accepted)" : "";
                problems.add(at(name), "json.unknown-property", "the member \"" + name + "\" is not part of "
                        + "this object" + hint + "; expected one of " + read);
            }
        }
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
