package org.aftercare.jqwik;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Shrinkable;
import net.jqwik.api.facades.ShrinkingSupportFacade;
import net.jqwik.api.lifecycle.TryExecutionResult;

/** Helpers for testing generators (the jqwik-testing idioms, on jqwik-api alone). */
final class GeneratorSupport {
    private GeneratorSupport() {
    }

    /** Every edge case of the arbitrary. */
    static <T> List<T> edgeCases(Arbitrary<T> arbitrary) {
        List<T> values = new ArrayList<>();
        for (Shrinkable<T> s : arbitrary.edgeCases()) {
            values.add(s.value());
        }
        return values;
    }

    /** Generates until {@code falsified} holds, then shrinks while it keeps holding; returns the shrunk value. */
    static <T> T falsifyThenShrink(Arbitrary<T> arbitrary, long seed, Predicate<T> falsified) {
        return ShrinkingSupportFacade.implementation.falsifyThenShrink(arbitrary, new Random(seed),
                t -> falsified.test(t) ? TryExecutionResult.falsified(new AssertionError(t))
                        : TryExecutionResult.satisfied());
    }
}
