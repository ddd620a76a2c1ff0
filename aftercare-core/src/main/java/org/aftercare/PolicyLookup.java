package org.aftercare;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One key of one {@link Policy}, ready to be resolved on many dates: what a rule that reads the same threshold for
 * every event of a ledger or every week of a plan holds on to, instead of asking the policy each time.
 *
 * <p>A lookup answers exactly as {@link Policy#resolve(PolicyKey, LocalDate)} and
 * {@link Policy#resolveAll(PolicyKey, LocalDate)} answer for its key: it holds the key's answers for every span of
 * dates on which no threshold starts or stops, so resolving is a binary search over those spans, with no map lookup
 * and no allocation. Dates may also be given as epoch days ({@link LocalDate#toEpochDay()}), for callers that count
 * treatment days as numbers.
 *
 * <pre>{@code
 * PolicyLookup<MoneyLimit> perItem = policy.lookup(IncentivePolicyKeys.CAP_PER_ITEM);
 * for (IncentiveEvent event : events) {
 *     Optional<ResolvedThreshold<MoneyLimit>> cap = perItem.resolve(treatmentDay(event));
 *     ...
 * }
 * }</pre>
 *
 * @param <T> the value type of the key
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public final class PolicyLookup<T> {
    private final Policy policy;
    private final PolicyKey<T> key;
    private final PolicyTimeline<T> timeline;

    PolicyLookup(Policy policy, PolicyKey<T> key, PolicyTimeline<T> timeline) {
        this.policy = policy;
        this.key = key;
        this.timeline = timeline;
    }

    /**
     * Returns the policy this lookup reads.
     *
     * @return the policy, not null
     */
    public Policy policy() {
        return policy;
    }

    /**
     * Returns the key this lookup resolves.
     *
     * @return the key, not null
     */
    public PolicyKey<T> key() {
        return key;
    }

    /**
     * Finds the threshold in force on a date, from the topmost layer that has one; the same answer as
     * {@code policy().resolve(key(), date)}.
     *
     * @param date  the as-of date, not null
     * @return the resolved threshold, or empty when no layer has one in force
     */
    public Optional<ResolvedThreshold<T>> resolve(LocalDate date) {
        return timeline.resolve(Objects.requireNonNull(date, "date"));
    }

    /**
     * Finds the threshold in force on the date with this epoch day ({@link LocalDate#toEpochDay()}); the same answer
     * as {@code resolve(LocalDate.ofEpochDay(epochDay))} for every day a {@code LocalDate} can hold.
     *
     * @param epochDay  the as-of date as a count of days from 1970-01-01
     * @return the resolved threshold, or empty when no layer has one in force
     */
    public Optional<ResolvedThreshold<T>> resolve(long epochDay) {
        return timeline.resolve(epochDay);
    }

    /**
     * Finds the thresholds in force on a date in every layer that has one, base first; the same answer as
     * {@code policy().resolveAll(key(), date)}.
     *
     * @param date  the as-of date, not null
     * @return the resolved thresholds, possibly empty, unmodifiable
     */
    public List<ResolvedThreshold<T>> resolveAll(LocalDate date) {
        return timeline.resolveAll(Objects.requireNonNull(date, "date"));
    }

    @Override
    public String toString() {
        return "PolicyLookup[" + key.name() + " in " + policy.name() + "]";
    }
}
