package org.aftercare.jackson.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.aftercare.jackson.DecodeLimits;

/**
 * Reads the everyday document into the tree {@link JsonTree} builds, without Jackson: a document of ASCII text, with
 * no escapes in its strings, integers of at most 18 characters, within every limit and without a repeated member
 * name. Anything else (a syntax error, a non-ASCII byte, an escape, a fraction or exponent, a longer integer, a
 * limit reached, a repeated name) makes it give up, and the document is read again by Jackson through
 * {@link JsonTree}, which reports its problems exactly as before. So when this reader accepts a document, its tree
 * is the one {@link JsonTree} would have built, with no problem; it never reports a problem itself.
 *
 * <p>Why: the wire format's requests are plain ASCII JSON, and reading them byte by byte into the tree costs a
 * fraction of a general parser's work (no character decoding, no symbol table, no location tracking). Short strings
 * come from a small shared table of the strings met before (codes, dates, member names), so most are not allocated;
 * the {@code correlation} value, the caller's own reference, never goes into it.
 */
final class AsciiJson {
    /** Gives up; thrown only on documents outside the everyday shape, so its cost does not matter. */
    private static final class GiveUp extends RuntimeException {
        private static final GiveUp INSTANCE = new GiveUp();

        private GiveUp() {
            super(null, null, false, false);
        }
    }

    /** The longest integer text read here: 18 characters, sign included, always fit a long. */
    private static final int MAX_INTEGER_CHARS = 18;
    /** Strings up to this many bytes go through the shared table. */
    private static final int MAX_SHARED = 32;
    private static final java.lang.invoke.VarHandle LONGS = java.lang.invoke.MethodHandles.byteArrayViewVarHandle(
            long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);
    private static final long SPACES = 0x2020202020202020L;
    /** The request member whose value is never shared (interned, as every name read here is). */
    private static final String CORRELATION = "correlation";
    /** The member names met before (interned): the wire format has a few hundred. */
    private static final Shared NAMES = new Shared(2048);
    /** The short string values met before, such as codes and dates. */
    private static final Shared TEXTS = new Shared(8192);

    /**
     * The most members an object read here may have: a longer one is left to Jackson, so the check for a repeated
     * name (a scan of the members before it) stays linear in the document.
     */
    private static final int MAX_MEMBERS = 64;

    private final byte[] b;
    private final DecodeLimits limits;
    private int i;
    /**
     * The members (names and values alternating) and elements of the objects and arrays being read, innermost last:
     * each container is copied out at its end into an array of exactly its size, instead of growing its own.
     */
    private Object[] stack = new Object[128];
    private int top;
    /** The hash of the bytes of the string {@link #scan} read last. */
    private int hash;

    private AsciiJson(byte[] json, DecodeLimits limits) {
        this.b = json;
        this.limits = limits;
    }

    /**
     * Reads a document.
     *
     * @param json  the document, at most the size limit
     * @param limits  the limits
     * @return the tree, or null when the document is not of the everyday shape (read it with {@link JsonTree})
     */
    static Object read(byte[] json, DecodeLimits limits) {
        try {
            AsciiJson reader = new AsciiJson(json, limits);
            reader.whitespace();
            Object root = reader.document();
            reader.whitespace();
            return reader.i == json.length ? root : null;
        } catch (GiveUp | ArrayIndexOutOfBoundsException e) {
            // past the end of the bytes: a truncated document, left to JsonTree to report
            return null;
        }
    }

    private static GiveUp giveUp() {
        return GiveUp.INSTANCE;
    }

    /**
     * Skips whitespace. Inlined where it is called: most calls meet no whitespace at all (a byte above the space) or,
     * after a colon, one space; anything else goes to {@link #moreWhitespace}.
     */
    private void whitespace() {
        if (i < b.length && b[i] > ' ') {
            return;
        }
        if (i + 1 < b.length && b[i] == ' ' && b[i + 1] > ' ') {
            i++;
            return;
        }
        moreWhitespace();
    }

    private void moreWhitespace() {
        // indentation eight bytes at a time: the spaces before the first other byte of a word are counted from the
        // lowest non-zero byte of the word xor eight spaces; a line end is stepped over and the next word read
        while (i + 8 <= b.length) {
            long notSpaces = (long) LONGS.get(b, i) ^ SPACES;
            if (notSpaces == 0) {
                i += 8;
                continue;
            }
            i += Long.numberOfTrailingZeros(notSpaces) >>> 3;
            byte c = b[i];
            if (c != '\n' && c != '\r' && c != '\t') {
                return;
            }
            i++;
        }
        // the document's last few bytes, byte by byte
        byte c;
        while (i < b.length && (c = b[i]) <= ' ' && (c == ' ' || c == '\n' || c == '\r' || c == '\t')) {
            i++;
        }
    }

    /**
     * Reads the document's value, at {@code i}: one loop over the tokens with the open containers in {@link #open},
     * rather than a method per kind of value calling itself. A recursive reader's methods call each other, so the JIT
     * can inline little of them into one another (each is already compiled into a large method of its own); this loop
     * is one method with its few small steps inlined. The containers are read exactly as a recursive descent reads
     * them: the same checks in the same order, the same giving up.
     */
    private Object document() {
        // the open containers, outermost first: each the stack position of its first member or element, times two,
        // plus one for an object
        int[] open = new int[16];
        int depth = 0;
        Object v;
        while (true) {
            // a value starts at i
            byte c = b[i];
            if (c == '"') {
                v = text();
            } else if (c == '{' || c == '[') {
                // a container at depth + 1 (the document's own value is at depth 1)
                if (depth >= limits.maxDepth()) {
                    throw giveUp();
                }
                i++;
                whitespace();
                boolean object = c == '{';
                if (b[i] == (object ? '}' : ']')) {
                    i++;
                    v = object ? new JsonObject(stack, 0, 0) : new JsonArray(stack, 0, 0);
                } else {
                    if (depth == open.length) {
                        open = Arrays.copyOf(open, depth * 2);
                    }
                    open[depth++] = top << 1 | (object ? 1 : 0);
                    if (!object) {
                        // its first element starts at i (every array may hold one: the limit is at least 1)
                        continue;
                    }
                    // the first member's name; its value starts at i, unless it is the correlation
                    if (!member(top)) {
                        continue;
                    }
                    v = ownText();
                }
            } else {
                v = scalar(c);
            }
            // v is complete: it goes into its container, which may end here, completing another value
            while (true) {
                if (depth == 0) {
                    return v;
                }
                int container = open[depth - 1];
                int base = container >>> 1;
                push(v);
                whitespace();
                byte d = b[i++];
                if ((container & 1) != 0) {
                    if (d == '}') {
                        v = new JsonObject(stack, base, (top - base) >> 1);
                        top = base;
                        depth--;
                        continue;
                    }
                    if (d != ',') {
                        throw giveUp();
                    }
                    whitespace();
                    if (!member(base)) {
                        break;
                    }
                    v = ownText();
                } else {
                    if (d == ']') {
                        v = new JsonArray(stack, base, top - base);
                        top = base;
                        depth--;
                        continue;
                    }
                    if (d != ',') {
                        throw giveUp();
                    }
                    whitespace();
                    if (top - base >= limits.maxArrayLength()) {
                        throw giveUp();
                    }
                    break;
                }
            }
        }
    }

    /**
     * Reads a member's name and colon (the opening quote at {@code i}) into the object whose members start at
     * {@code base} of the stack, leaving {@code i} at its value. Returns true when the value is the caller's
     * correlation string, its own opaque reference, which is never kept in the shared table: the caller reads it with
     * {@link #ownText}.
     */
    private boolean member(int base) {
        if (b[i] != '"') {
            throw giveUp();
        }
        String name = name();
        if (repeated(base, name)) {
            throw giveUp();
        }
        whitespace();
        if (b[i++] != ':') {
            throw giveUp();
        }
        whitespace();
        push(name);
        return name == CORRELATION && b[i] == '"';
    }

    /** Reads a literal or an integer, whose first byte is {@code c}. */
    private Object scalar(byte c) {
        switch (c) {
            case 't':
                literal("true");
                return Boolean.TRUE;
            case 'f':
                literal("false");
                return Boolean.FALSE;
            case 'n':
                literal("null");
                return JsonTree.NULL;
            default:
                return integer();
        }
    }

    private void push(Object o) {
        if (top == stack.length) {
            stack = Arrays.copyOf(stack, top * 2);
        }
        stack[top++] = o;
    }

    /**
     * Checks if the object whose members start at {@code base} of the stack already has a member of a name: by
     * identity for a short (interned) name, else by equality. Gives up on an object of more than
     * {@value #MAX_MEMBERS} members.
     */
    private boolean repeated(int base, String name) {
        if (top - base >= 2 * MAX_MEMBERS) {
            throw giveUp();
        }
        boolean interned = name.length() <= MAX_SHARED;
        for (int k = base; k < top; k += 2) {
            Object n = stack[k];
            if (n == name || (!interned && name.equals(n))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Reads a member name (the opening quote at {@code i}). Every short name read here is interned, so equal names
     * are the same string, and the same as the readers' literals: lookups end at the first comparison, and a repeated
     * name is found by identity. (Interned strings are the JVM's, collected when unused.) A name longer than
     * {@value #MAX_SHARED} bytes is no name of the wire format: it is not interned (a hostile document must not fill
     * the JVM's string table), and a repeat of it is found by equality.
     */
    private String name() {
        int start = i + 1;
        int length = scan();
        if (length > MAX_SHARED) {
            return new String(b, start, length, StandardCharsets.ISO_8859_1);
        }
        return NAMES.get(b, start, length, hash, true);
    }

    /** Reads a string value (the opening quote at {@code i}); a short one from the shared table. */
    private String text() {
        int start = i + 1;
        int length = scan();
        if (length > MAX_SHARED) {
            return new String(b, start, length, StandardCharsets.ISO_8859_1);
        }
        return TEXTS.get(b, start, length, hash, false);
    }

    /** Reads a string value (the opening quote at {@code i}) into a string of its own. */
    private String ownText() {
        int start = i + 1;
        int length = scan();
        return new String(b, start, length, StandardCharsets.ISO_8859_1);
    }

    /**
     * Scans a string without escapes or control characters from the opening quote at {@code i} to past the closing
     * one, leaving a hash of its bytes in {@link #hash}; returns its length. Eight bytes at a time: a word none of
     * whose bytes is a quote, a backslash, a control character or a non-ASCII byte is folded into the hash whole; in
     * the word that has one, the first such byte (the lowest flagged one, which the bit tricks find exactly) must be
     * the closing quote, and the bytes before it are folded in masked. The last few bytes of the document go byte by
     * byte. Each step folds the high bits of the product down: a product alone carries a difference only upwards.
     */
    private int scan() {
        int start = ++i;
        long h = 0;
        while (i + 8 <= b.length) {
            long word = (long) LONGS.get(b, i);
            long special = special(word);
            if (special == 0) {
                h = (h ^ word) * 0x9E3779B97F4A7C15L;
                h ^= h >>> 29;
                i += 8;
                continue;
            }
            int k = Long.numberOfTrailingZeros(special) >>> 3;
            if (b[i + k] != '"') {
                // a backslash, a control character or a non-ASCII byte: not the everyday shape
                throw giveUp();
            }
            if (k > 0) {
                h = (h ^ (word & (-1L >>> (64 - 8 * k)))) * 0x9E3779B97F4A7C15L;
                h ^= h >>> 29;
            }
            i += k;
            return scanned(start, h);
        }
        byte c;
        while ((c = b[i]) != '"') {
            if (c < 0x20 || c == '\\') {
                throw giveUp();
            }
            h = h * 31 + c;
            i++;
        }
        return scanned(start, h);
    }

    /** Ends a string's scan at its closing quote ({@code i}): checks its length, keeps its hash, steps past. */
    private int scanned(int start, long h) {
        int length = i - start;
        i++;
        if (length > limits.maxStringLength()) {
            throw giveUp();
        }
        h = (h + length) * 0xC2B2AE3D27D4EB4FL;
        h ^= h >>> 32;
        h *= 0x9E3779B97F4A7C15L;
        hash = (int) (h ^ (h >>> 29));
        return length;
    }

    /**
     * Flags (high bit of the byte) the bytes of a word that are a quote, a backslash, below 0x20 or above 0x7F; the
     * lowest flagged byte is always a true one (a borrow can only flag bytes above it).
     */
    private static long special(long x) {
        long quote = x ^ 0x2222222222222222L;
        long backslash = x ^ 0x5C5C5C5C5C5C5C5CL;
        return (((quote - ONES) & ~quote) | ((backslash - ONES) & ~backslash) | ((x - 0x2020202020202020L) & ~x) | x)
                & HIGHS;
    }

    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;

    /**
     * A bounded table of short strings by the hash of their bytes, shared by every thread without locks: a slot
     * holds an immutable entry (the bytes and their string), checked on every hit and replaced on a miss.
     */
    private static final class Shared {
        /**
         * A string and its bytes; its length and first eight bytes (a little-endian word, zero above the length) are
         * kept in the entry itself, so most comparisons (and the whole of one for a string of at most eight bytes,
         * such as most member names and codes) never load the byte array.
         */
        private record Entry(int length, long prefix, byte[] bytes, String text) {
        }

        private final Entry[] slots;

        /** @param size  the number of slots, a power of two */
        Shared(int size) {
            slots = new Entry[size];
        }

        /** Returns the first (at most eight) bytes of a string as a little-endian word, zero above its length. */
        private static long prefix(byte[] b, int start, int length) {
            if (length >= 8) {
                return (long) LONGS.get(b, start);
            }
            if (start + 8 <= b.length) {
                // the string's bytes and whatever follows them, cut to the string
                return length == 0 ? 0 : (long) LONGS.get(b, start) & (-1L >>> (64 - 8 * length));
            }
            long p = 0;
            for (int k = length - 1; k >= 0; k--) {
                p = (p << 8) | (b[start + k] & 0xFF);
            }
            return p;
        }

        /**
         * Checks an entry holds a string's bytes: its length and prefix, then (past eight bytes) the rest eight bytes
         * at a time, the last eight overlapping.
         */
        private static boolean same(Entry e, long prefix, byte[] b, int start, int length) {
            if (e == null || e.length != length || e.prefix != prefix) {
                return false;
            }
            if (length <= 8) {
                return true;
            }
            byte[] known = e.bytes;
            int last = length - 8;
            for (int k = 8; k < last; k += 8) {
                if ((long) LONGS.get(known, k) != (long) LONGS.get(b, start + k)) {
                    return false;
                }
            }
            return (long) LONGS.get(known, last) == (long) LONGS.get(b, start + last);
        }

        String get(byte[] b, int start, int length, int hash, boolean intern) {
            // two slots a hash, so a third string is needed to push a string out
            int slot = (hash ^ (hash >>> 12)) & (slots.length - 2);
            long prefix = prefix(b, start, length);
            Entry e = slots[slot];
            if (same(e, prefix, b, start, length)) {
                return e.text;
            }
            Entry f = slots[slot + 1];
            if (same(f, prefix, b, start, length)) {
                return f.text;
            }
            String s = new String(b, start, length, StandardCharsets.ISO_8859_1);
            if (intern) {
                s = s.intern();
            }
            slots[e == null || (f != null && (hash & 0x1000) != 0) ? slot : slot + 1] =
                    new Entry(length, prefix, Arrays.copyOfRange(b, start, start + length), s);
            return s;
        }
    }

    private void literal(String word) {
        for (int k = 0; k < word.length(); k++) {
            if (b[i++] != word.charAt(k)) {
                throw giveUp();
            }
        }
        delimiter();
    }

    /** Reads {@code -?(0|[1-9][0-9]*)} of at most 18 characters, followed by a delimiter. */
    private Long integer() {
        int start = i;
        boolean negative = b[i] == '-';
        if (negative) {
            i++;
        }
        byte first = b[i];
        if (first < '0' || first > '9') {
            throw giveUp();
        }
        long v = 0;
        byte c;
        while (i < b.length && (c = b[i]) >= '0' && c <= '9') {
            v = v * 10 + (c - '0');
            i++;
        }
        int length = i - start;
        if (length > MAX_INTEGER_CHARS || (first == '0' && length > (negative ? 2 : 1))) {
            throw giveUp();
        }
        delimiter();
        return negative ? -v : v;
    }

    /** Checks the token just read ends here: at the end, whitespace, a comma or a closing bracket. */
    private void delimiter() {
        if (i == b.length) {
            return;
        }
        byte c = b[i];
        if (c != ',' && c != '}' && c != ']' && c != ' ' && c != '\n' && c != '\r' && c != '\t') {
            throw giveUp();
        }
    }
}
