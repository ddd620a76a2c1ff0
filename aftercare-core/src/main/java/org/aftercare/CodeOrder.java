package org.aftercare;

/**
 * The first characters of a dotted code (a finding's code, a policy key's name) packed into a number that sorts as
 * the text does, so reports can be put in order by comparing numbers made once per code rather than the texts
 * themselves on every comparison.
 *
 * <p>A dotted code holds only {@code - . 0-9 a-z} (38 characters, in that order in ASCII). Each character takes 6
 * bits holding its rank from 1, and 0 stands for "past the end", which sorts a code before every longer code it
 * begins; ten characters make one number. {@link #first} packs characters 0-9 and {@link #second} 10-19, so for two
 * codes {@code a} and {@code b}, comparing {@code first}, then {@code second}, gives the sign of
 * {@code a.compareTo(b)} whenever the numbers differ; when both are equal the codes agree on their first 20
 * characters, and only then are the texts compared.
 *
 * <p>Text with any other character has no packed form ({@link #NONE}) and is compared as text.
 *
 * @implSpec This class is immutable and thread-safe.
 */
final class CodeOrder {
    /** Stands for a text that is not a dotted code: it cannot be ordered by number. */
    static final long NONE = -1;
    private static final int CHARACTERS = 10;
    private static final int BITS = 6;
    /**
     * The packed forms last made, by the text's hash: codes come from a few hundred constants (rule descriptors,
     * policy keys), and a finding is made with one of them every time. Entries are immutable, so a racy read sees
     * a whole entry or none; a collision only costs packing again.
     */
    private static final int KNOWN_SLOTS = 512;
    private static final CodeOrder[] KNOWN = new CodeOrder[KNOWN_SLOTS];

    private final String code;
    private final long first;
    private final long second;

    private CodeOrder(String code) {
        this.code = code;
        this.first = pack(code, 0);
        this.second = first == NONE ? NONE : pack(code, CHARACTERS);
    }

    /**
     * Returns the packed form of a text: characters 0-9 and 10-19 packed when it is a dotted code, {@link #NONE}
     * otherwise.
     */
    static CodeOrder of(String code) {
        int slot = code.hashCode() & (KNOWN_SLOTS - 1);
        CodeOrder known = KNOWN[slot];
        if (known != null && (known.code == code || known.code.equals(code))) {
            return known;
        }
        CodeOrder made = new CodeOrder(code);
        KNOWN[slot] = made;
        return made;
    }

    /**
     * Compares two texts as {@code a.compareTo(b)} would, by the packed numbers when they settle it: both texts
     * are dotted codes and differ within their first 20 characters.
     */
    static int compare(CodeOrder a, CodeOrder b) {
        if (a.first != NONE && b.first != NONE) {
            if (a.first != b.first) {
                return Long.compare(a.first, b.first);
            }
            if (a.second != b.second) {
                return Long.compare(a.second, b.second);
            }
        }
        return a.code == b.code ? 0 : a.code.compareTo(b.code);
    }

    /** Returns characters 0-9 packed, or {@link #NONE}. */
    long first() {
        return first;
    }

    /** Returns characters 10-19 packed, or {@link #NONE}. */
    long second() {
        return second;
    }

    private static long pack(String code, int from) {
        int length = code.length();
        if (from == 0) {
            for (int i = 0; i < length; i++) {
                if (rank(code.charAt(i)) == 0) {
                    return NONE;
                }
            }
        }
        long packed = 0;
        for (int i = from; i < from + CHARACTERS; i++) {
            packed = (packed << BITS) | (i < length ? rank(code.charAt(i)) : 0);
        }
        return packed;
    }

    /** The character's rank in {@code - . 0-9 a-z}, from 1; 0 for any other character. */
    private static int rank(char c) {
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 13;
        }
        if (c >= '0' && c <= '9') {
            return c - '0' + 3;
        }
        if (c == '.') {
            return 2;
        }
        return c == '-' ? 1 : 0;
    }

    @Override
    public String toString() {
        return "CodeOrder[" + code + "]";
    }
}
