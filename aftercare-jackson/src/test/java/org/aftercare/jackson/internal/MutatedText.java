package org.aftercare.jackson.internal;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Texts one edit away from valid ones, for properties that compare a hand-written shape check with its pattern: each
 * valid text with one character replaced, inserted or removed at some position, or left as it is.
 */
final class MutatedText {
    private MutatedText() {
    }

    /**
     * Returns valid texts, each edited once (or not at all).
     *
     * @param valid  the valid texts
     * @param chars  the characters to replace or insert
     * @param maxPosition  the furthest position edited (beyond a text's end: its end)
     */
    static Arbitrary<String> oneEditFrom(Arbitrary<String> valid, Arbitrary<Character> chars, int maxPosition) {
        return Combinators.combine(valid, Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, maxPosition), chars).as((v, op, at, c) -> {
                    int i = Math.min(at, v.length());
                    switch (op) {
                        case 0:
                            return i < v.length() ? v.substring(0, i) + c + v.substring(i + 1) : v;
                        case 1:
                            return v.substring(0, i) + c + v.substring(i);
                        case 2:
                            return i < v.length() ? v.substring(0, i) + v.substring(i + 1) : v.substring(0, i / 2);
                        default:
                            return v;
                    }
                });
    }
}
