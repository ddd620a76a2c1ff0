package org.aftercare.jackson.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.aftercare.InvalidValueException;
import org.aftercare.jackson.Problem;

/** Collects the problems of one document; not thread-safe, one instance per decode. */
public final class Problems {
    /** Pointer order: pointers compared segment by segment, array indexes numerically. */
    static final Comparator<Problem> POINTER_ORDER = (a, b) -> Pointers.compare(a.pointer(), b.pointer());

    private final List<Problem> list = new ArrayList<>();
    private int events;
    /**
     * The member names the readers of this document asked for, one stack for all its objects instead of an array per
     * object: an object's names are a run starting where the stack's top was when it was opened. Readers run depth
     * first, so the objects nested in a member are read (and done with) before their parent asks for its next member,
     * which then overwrites them ({@link Obj}).
     */
    String[] asked = new String[32];
    /** One past the last name written into {@link #asked}. */
    int askedTop;

    /** Adds a problem. @param pointer the pointer @param code the code @param message the message */
    public void add(String pointer, String code, String message) {
        list.add(new Problem(pointer, code, message));
        events++;
    }

    /** Whether the document was read by {@link AsciiJson}, so every string of its tree is ASCII. */
    private boolean asciiDocument;

    /** Notes that the document was read by {@link AsciiJson}: its strings are ASCII, without surrogates. */
    void readAsAscii() {
        asciiDocument = true;
    }

    /** Checks if the document was read by {@link AsciiJson}, so every string of its tree is ASCII. */
    boolean asciiDocument() {
        return asciiDocument;
    }

    /** Writes an asked name at a position of {@link #asked}, which becomes the top. */
    void ask(int at, String name) {
        if (at >= asked.length) {
            asked = java.util.Arrays.copyOf(asked, Math.max(at + 1, asked.length * 2));
        }
        asked[at] = name;
        askedTop = at + 1;
    }

    /** Adds a problem at a pointer, whose text is built now. */
    void add(Pointer pointer, String code, String message) {
        add(pointer.toString(), code, message);
    }

    /**
     * Notes that a reader met a value already reported while the tree was built (too deep, too long), so every
     * enclosing reader sees a problem since its mark and builds nothing.
     */
    void skipped() {
        events++;
    }

    /**
     * Adds the problem for a domain factory's {@link InvalidValueException}, at the member its field names when the
     * JSON object has it, else at the object.
     *
     * @param node  the JSON object the value was built from
     * @param pointer  its pointer
     * @param e  the exception
     */
    void invalid(JsonObject node, Pointer pointer, InvalidValueException e) {
        add(Pointers.locate(node, pointer.toString(), e.field()), "json.invalid-value", e.getMessage());
    }

    /** Returns a mark to compare with later. @return the number of problems so far */
    int mark() {
        return events;
    }

    /** Checks if problems were added since a mark. @param mark the mark @return true if any */
    boolean since(int mark) {
        return events > mark;
    }

    /** Checks if there is any problem. @return true if any */
    public boolean any() {
        return !list.isEmpty();
    }

    /** Returns the problems in pointer order (stable among equal pointers). @return the problems */
    public List<Problem> sorted() {
        List<Problem> copy = new ArrayList<>(list);
        copy.sort(POINTER_ORDER);
        return List.copyOf(copy);
    }
}
