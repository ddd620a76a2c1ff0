package org.aftercare.incentive;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.aftercare.InvalidValueException;

/**
 * The slips in a prize ("fishbowl") bowl, such as CTN-0007's 500 slips: 250 good-job, 209 small
 * ($1), 40 large ($20), 1 jumbo ($100).
 *
 * <p>Invariants: at least one tier; tier names are distinct. Slip order is the tier order given.
 *
 * @param tiers  the tiers, not empty, distinct names
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public record PrizeBowl(List<PrizeTier> tiers) {

    /** The decimal places of {@link #expectedValuePerDraw()}, rounded half-even; an estimate, never paid. */
    public static final int EXPECTED_VALUE_SCALE = 4;

    /** Validates the tiers; see the class description. */
    public PrizeBowl {
        tiers = List.copyOf(Objects.requireNonNull(tiers, "bowl.tiers"));
        if (tiers.isEmpty()) {
            throw new InvalidValueException("bowl.tiers", "not be empty", tiers);
        }
        Set<String> names = new HashSet<>();
        for (PrizeTier t : tiers) {
            if (!names.add(t.name())) {
                throw new InvalidValueException("bowl.tiers", "have distinct names", t.name());
            }
        }
    }

    /**
     * Obtains a bowl.
     *
     * @param tiers  the tiers, not empty
     * @return the bowl, not null
     */
    public static PrizeBowl of(PrizeTier... tiers) {
        return new PrizeBowl(List.of(tiers));
    }

    /**
     * Returns the number of slips.
     *
     * @return the total, positive
     */
    public int totalSlips() {
        return tiers.stream().mapToInt(PrizeTier::slips).sum();
    }

    /**
     * Returns the sum of all slips' values, such as $1,109.00 for CTN-0007.
     *
     * @return the sum, not null
     */
    public Money totalValue() {
        Money sum = Money.ZERO;
        for (PrizeTier t : tiers) {
            sum = sum.plus(t.value().times(t.slips()));
        }
        return sum;
    }

    /**
     * Returns the expected prize value of one draw from the full bowl, total value divided by slips,
     * rounded half-even to {@value #EXPECTED_VALUE_SCALE} places (explicit: the division may not
     * terminate). CTN-0007: 1109 / 500 = 2.2180.
     *
     * @return the expected value per draw, not null
     */
    public BigDecimal expectedValuePerDraw() {
        return expectedValueOf(1);
    }

    /**
     * Returns the expected prize value of a number of draws, each from the full bowl, rounded
     * half-even to {@value #EXPECTED_VALUE_SCALE} places once, at the end.
     *
     * @param draws  the number of draws, not negative
     * @return the expected value, not null
     */
    public BigDecimal expectedValueOf(long draws) {
        if (draws < 0) {
            throw new InvalidValueException("draws", "not be negative", draws);
        }
        return totalValue().amount().multiply(BigDecimal.valueOf(draws))
                .divide(BigDecimal.valueOf(totalSlips()), EXPECTED_VALUE_SCALE, RoundingMode.HALF_EVEN);
    }

    /**
     * Returns the largest possible total of one visit's draws.
     *
     * @param draws  the draws at the visit, not negative
     * @param replacement  whether slips go back between draws, not null
     * @return the most the draws can win, not null
     */
    public Money maximumOf(int draws, DrawReplacement replacement) {
        List<PrizeTier> byValue = new ArrayList<>(tiers);
        byValue.sort(Comparator.comparing(PrizeTier::value).reversed());
        if (replacement == DrawReplacement.WITH_REPLACEMENT) {
            return byValue.get(0).value().times(draws);
        }
        Money sum = Money.ZERO;
        int left = draws;
        for (PrizeTier t : byValue) {
            int take = Math.min(left, t.slips());
            sum = sum.plus(t.value().times(take));
            left -= take;
        }
        return sum;
    }

    /**
     * Draws slips for one visit.
     *
     * @param draws  the number of draws, not negative; not more than the slips when without replacement
     * @param replacement  whether slips go back between draws, not null
     * @param firstSequence  the ledger-wide number of the first draw
     * @param seed  the caller's seed; draw {@code n} uses a generator seeded from the seed and {@code n}
     * @return the draws, in order, not null
     */
    List<PrizeDraw> draw(int draws, DrawReplacement replacement, long firstSequence, long seed) {
        int[] left = tiers.stream().mapToInt(PrizeTier::slips).toArray();
        int remaining = totalSlips();
        List<PrizeDraw> result = new ArrayList<>(draws);
        for (int i = 0; i < draws; i++) {
            long sequence = firstSequence + i;
            RandomGenerator random = DrawSource.forDraw(seed, sequence);
            int pick = random.nextInt(remaining);
            int tier = 0;
            while (pick >= left[tier]) {
                pick -= left[tier];
                tier++;
            }
            PrizeTier t = tiers.get(tier);
            result.add(new PrizeDraw(sequence, t.name(), t.value()));
            if (replacement == DrawReplacement.WITHOUT_REPLACEMENT_PER_VISIT) {
                left[tier]--;
                remaining--;
            }
        }
        return result;
    }
}
