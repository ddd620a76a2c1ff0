package org.aftercare.incentive;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * The random source of one prize draw, derived from the caller's seed and the draw's ledger-wide
 * number, such as draw 17 of seed 42. Deriving each draw's generator (instead of threading one
 * generator through the ledger) is what lets {@link IncentiveLedger#append} continue a ledger
 * without replaying its history, and still agree with a computation from scratch.
 */
final class DrawSource {
    /** The odd constant {@link SplittableRandom} itself uses to space seeds (the golden ratio, 64-bit). */
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private DrawSource() {
    }

    static RandomGenerator forDraw(long seed, long sequence) {
        return new SplittableRandom(seed + GOLDEN_GAMMA * (sequence + 1));
    }
}
