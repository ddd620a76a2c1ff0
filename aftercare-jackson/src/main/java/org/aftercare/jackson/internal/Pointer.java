package org.aftercare.jackson.internal;

/**
 * The RFC 6901 JSON Pointer of a value being read, such as {@code /plan/services/1/schedule}, kept as its parent and
 * last segment: the text is built only when a problem names it, not for every member of every document.
 *
 * <p>Why a pointer is reused: a reader asks for the pointer of a member, hands it to the member's reader and is done
 * with it before it asks for the next member's (readers run depth first, and a problem takes the pointer's text at
 * once, never the pointer). So each pointer below a document's root keeps one child it re-points to the member or
 * element asked for, instead of allocating one per member of every object. Only the document's own root
 * ({@link #root()}) and its descendants are reused this way, one tree per decode, so no two threads share them;
 * {@link #ROOT}, shared by every thread, always gives new children.
 *
 * <p>Contract of {@link #child}: the pointer returned is valid until the next call of {@code child} on the same
 * pointer. A caller that needs two children of one pointer at once must take the first one's text before asking for
 * the second.
 */
final class Pointer {
    /** The whole document, {@code ""}, shared: its children are never reused. */
    static final Pointer ROOT = new Pointer(null, null, -1, "", false);

    private final Pointer parent;
    private final boolean reusing;
    private String name;
    private int index;
    private String text;
    /** The child last asked for, re-pointed by the next {@link #child} call; null until then. */
    private Pointer reused;

    private Pointer(Pointer parent, String name, int index, String text, boolean reusing) {
        this.parent = parent;
        this.name = name;
        this.index = index;
        this.text = text;
        this.reusing = reusing;
    }

    /** Returns the root of one document read by one thread, {@code ""}, whose descendants are reused. */
    static Pointer root() {
        return new Pointer(null, null, -1, "", true);
    }

    /** Returns the pointer of a member of the object this pointer names (valid until the next {@code child}). */
    Pointer child(String member) {
        Pointer c = next();
        c.name = member;
        c.index = -1;
        return c;
    }

    /** Returns the pointer of an element of the array this pointer names (valid until the next {@code child}). */
    Pointer child(int element) {
        Pointer c = next();
        c.name = null;
        c.index = element;
        return c;
    }

    private Pointer next() {
        if (!reusing) {
            return new Pointer(this, null, -1, null, true);
        }
        Pointer c = reused;
        if (c == null) {
            c = new Pointer(this, null, -1, null, true);
            reused = c;
        } else {
            // re-pointed: the text (if built) and every descendant's text named the previous member
            c.text = null;
            c.forgetDescendants();
        }
        return c;
    }

    /** Drops the text built for the descendants this pointer reuses: they hang below a segment that changed. */
    private void forgetDescendants() {
        for (Pointer d = reused; d != null && d.text != null; d = d.reused) {
            d.text = null;
        }
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
