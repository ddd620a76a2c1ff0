package org.aftercare.jackson.internal;

/**
 * The RFC 6901 JSON Pointer of a value being read, such as {@code /plan/services/1/schedule}, kept as its parent and
 * last segment: the text is built (once) only when a problem names it, not for every member of every document.
 * Immutable in meaning; the cached text is set at most once per instance and always to the same value.
 */
final class Pointer {
    /** The whole document, {@code ""}. */
    static final Pointer ROOT = new Pointer(null, null, -1, "");

    private final Pointer parent;
    private final String name;
    private final int index;
    private String text;

    private Pointer(Pointer parent, String name, int index, String text) {
        this.parent = parent;
        this.name = name;
        this.index = index;
        this.text = text;
    }

    /** Returns the pointer of a member of the object this pointer names. */
    Pointer child(String member) {
        return new Pointer(this, member, -1, null);
    }

    /** Returns the pointer of an element of the array this pointer names. */
    Pointer child(int element) {
        return new Pointer(this, null, element, null);
    }

    /** Returns the pointer's text, such as {@code /plan/services/1}. */
    @Override
    public String toString() {
        if (text != null) {
            return text;
        }
        // iteratively, nearest ancestor with text first: documents may nest as deep as their limits allow
        java.util.ArrayDeque<Pointer> pending = new java.util.ArrayDeque<>();
        Pointer p = this;
        while (p.text == null) {
            pending.push(p);
            p = p.parent;
        }
        String t = p.text;
        while (!pending.isEmpty()) {
            Pointer next = pending.pop();
            t = next.name != null ? Pointers.child(t, next.name) : Pointers.child(t, next.index);
            next.text = t;
        }
        return t;
    }
}
