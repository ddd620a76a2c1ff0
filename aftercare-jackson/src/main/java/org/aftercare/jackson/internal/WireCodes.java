package org.aftercare.jackson.internal;

/**
 * The wire code of each enum constant ({@code "NOT_ASSESSED"} is {@code "not-assessed"}, see {@link Reads#code}) as
 * the bytes of its JSON string, quotes included, computed once per enum type instead of once per value written.
 */
final class WireCodes {
    private static final ClassValue<byte[][]> QUOTED = new ClassValue<>() {
        @Override
        protected byte[][] computeValue(Class<?> type) {
            Object[] constants = type.getEnumConstants();
            byte[][] quoted = new byte[constants.length][];
            for (Object c : constants) {
                Utf8Json one = new Utf8Json(32);
                one.string(Reads.code((Enum<?>) c));
                quoted[((Enum<?>) c).ordinal()] = one.toByteArray();
            }
            return quoted;
        }
    };

    private WireCodes() {
    }

    /** Returns the JSON string of a constant's wire code, as bytes: not to be modified. */
    static byte[] quoted(Enum<?> constant) {
        return QUOTED.get(constant.getDeclaringClass())[constant.ordinal()];
    }
}
