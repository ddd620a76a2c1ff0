package org.aftercare.jackson.internal;

import java.nio.charset.StandardCharsets;
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
 * come from a small shared table of the strings met before (codes, dates, member names), so most are not allocated.
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
    /**
     * The shared table of short strings, by hash of their bytes: bounded, and safe to share between threads without
     * locks, because a slot holds an immutable string whose content is checked on every hit.
     */
    private static final String[] SHARED = new String[4096];

    private final byte[] b;
    private final DecodeLimits limits;
    private int i;

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
            Object root = reader.value(1);
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

    private void whitespace() {
        byte c;
        // a byte above the space ends it at once; indentation (spaces) and line ends loop here
        while (i < b.length && (c = b[i]) <= ' ' && (c == ' ' || c == '\n' || c == '\r' || c == '\t')) {
            i++;
        }
    }

    private Object value(int level) {
        byte c = b[i];
        switch (c) {
            case '{':
                if (level > limits.maxDepth()) {
                    throw giveUp();
                }
                return object(level);
            case '[':
                if (level > limits.maxDepth()) {
                    throw giveUp();
                }
                return array(level);
            case '"':
                return string(false);
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

    private JsonObject object(int level) {
        i++;
        JsonObject o = new JsonObject();
        whitespace();
        if (b[i] == '}') {
            i++;
            return o;
        }
        while (true) {
            if (b[i] != '"') {
                throw giveUp();
            }
            String name = string(true);
            if (o.has(name)) {
                throw giveUp();
            }
            whitespace();
            if (b[i++] != ':') {
                throw giveUp();
            }
            whitespace();
            o.add(name, value(level + 1));
            whitespace();
            byte c = b[i++];
            if (c == '}') {
                return o;
            }
            if (c != ',') {
                throw giveUp();
            }
            whitespace();
        }
    }

    private JsonArray array(int level) {
        i++;
        JsonArray a = new JsonArray();
        whitespace();
        if (b[i] == ']') {
            i++;
            return a;
        }
        while (true) {
            if (a.size() >= limits.maxArrayLength()) {
                throw giveUp();
            }
            a.add(value(level + 1));
            whitespace();
            byte c = b[i++];
            if (c == ']') {
                return a;
            }
            if (c != ',') {
                throw giveUp();
            }
            whitespace();
        }
    }

    /**
     * Reads a string without escapes or control characters (the opening quote at {@code i}). A member name new to
     * the shared table is interned, so it is the very string of the readers' literals and their lookups end at the
     * first comparison (interned strings are the JVM's, collected when unused).
     */
    private String string(boolean name) {
        int start = ++i;
        int hash = 0;
        byte c;
        while ((c = b[i]) != '"') {
            // a backslash, a control character or a non-ASCII byte (negative): not the everyday shape
            if (c < 0x20 || c == '\\') {
                throw giveUp();
            }
            hash = 31 * hash + c;
            i++;
        }
        int length = i - start;
        i++;
        if (length > limits.maxStringLength()) {
            throw giveUp();
        }
        if (length > MAX_SHARED) {
            return new String(b, start, length, StandardCharsets.ISO_8859_1);
        }
        int slot = (hash ^ (hash >>> 12)) & (SHARED.length - 1);
        String s = SHARED[slot];
        if (s != null && same(s, start, length)) {
            return s;
        }
        s = new String(b, start, length, StandardCharsets.ISO_8859_1);
        if (name) {
            s = s.intern();
        }
        SHARED[slot] = s;
        return s;
    }

    private boolean same(String s, int start, int length) {
        if (s.length() != length) {
            return false;
        }
        for (int k = 0; k < length; k++) {
            if (s.charAt(k) != b[start + k]) {
                return false;
            }
        }
        return true;
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
