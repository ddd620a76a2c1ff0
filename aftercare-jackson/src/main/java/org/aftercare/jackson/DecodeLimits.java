package org.aftercare.jackson;

/**
 * The bounds a decoded document must respect, such as the {@link #DEFAULT} of 1 MiB, nesting depth 32, strings of
 * 10 000 characters and arrays of 10 000 elements. Each violation is reported as a {@link Problem} with a pointer
 * ({@code json.limit.size}, {@code json.limit.depth}, {@code json.limit.string}, {@code json.limit.array}).
 *
 * @param maxDocumentBytes  the largest document, in bytes, at least 2
 * @param maxDepth  the deepest nesting of objects and arrays (the top-level object is depth 1), at least 1
 * @param maxStringLength  the longest string value or property name, in chars, at least 1
 * @param maxArrayLength  the most elements in one array, at least 1
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public record DecodeLimits(int maxDocumentBytes, int maxDepth, int maxStringLength, int maxArrayLength) {

    /** The default limits: 1 MiB, depth 32, strings of 10 000 chars, arrays of 10 000 elements. */
    public static final DecodeLimits DEFAULT = new DecodeLimits(1 << 20, 32, 10_000, 10_000);

    /** Validates the fields; see the class description. */
    public DecodeLimits {
        atLeast(maxDocumentBytes, 2, "maxDocumentBytes");
        atLeast(maxDepth, 1, "maxDepth");
        atLeast(maxStringLength, 1, "maxStringLength");
        atLeast(maxArrayLength, 1, "maxArrayLength");
    }

    private static void atLeast(int value, int min, String name) {
        if (value < min) {
            throw new IllegalArgumentException(name + " must be at least " + min + ": " + value);
        }
    }

    /** Returns a copy with another document size limit. @param bytes the limit @return the copy */
    public DecodeLimits withMaxDocumentBytes(int bytes) {
        return new DecodeLimits(bytes, maxDepth, maxStringLength, maxArrayLength);
    }

    /** Returns a copy with another depth limit. @param depth the limit @return the copy */
    public DecodeLimits withMaxDepth(int depth) {
        return new DecodeLimits(maxDocumentBytes, depth, maxStringLength, maxArrayLength);
    }

    /** Returns a copy with another string length limit. @param length the limit @return the copy */
    public DecodeLimits withMaxStringLength(int length) {
        return new DecodeLimits(maxDocumentBytes, maxDepth, length, maxArrayLength);
    }

    /** Returns a copy with another array length limit. @param length the limit @return the copy */
    public DecodeLimits withMaxArrayLength(int length) {
        return new DecodeLimits(maxDocumentBytes, maxDepth, maxStringLength, length);
    }
}
