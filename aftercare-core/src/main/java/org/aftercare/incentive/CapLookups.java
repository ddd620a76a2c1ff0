package org.aftercare.incentive;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.aftercare.Policy;
import org.aftercare.PolicyKey;
import org.aftercare.PolicyLayer;
import org.aftercare.PolicyLookup;
import org.aftercare.ResolvedThreshold;
import org.aftercare.Threshold;

/**
 * The funding caps of one policy, resolved on the dates of one ledger computation's events, such as the SAMHSA
 * grant's $750 calendar-year cap on each of a year's 156 samples.
 *
 * <p>A policy's answer for a key can only change on a day one of the key's thresholds starts or stops being in
 * force (that is what resolving means: the topmost layer with a threshold in force on the date). So each key's
 * answer is kept with the span of days between two such days that it holds for, and a later event in the same span
 * gets it again without a lookup; only an event outside the span asks the key's {@link PolicyLookup}. The days are
 * read from the policy's layers once per computation ({@link PolicyLayer#thresholds(PolicyKey)}), both the first day
 * of each period and the day after it, so that whichever way a period's bounds are counted, no span holds two
 * answers. Not thread-safe: one instance serves one computation.
 *
 * <p>Reading the layers costs more than a short ledger's lookups, and most computations use one of a few shared
 * funding policies ({@link FundingPolicies#policy}), so the keys' lookups and days of change (immutable) of the last
 * few policies are kept in a small table, found by the policy's identity, and each computation gets its own spans
 * over them. The table is bounded ({@value #RECENT} policies, one per slot of the policy's identity hash, the last
 * one in a slot kept) and safe to share: its entries are immutable and published through an atomic array; two
 * threads filling a slot at once make equal entries, and either may be kept.
 */
final class CapLookups {
    /** The most policies whose lookups are kept. */
    static final int RECENT = 8;
    private static final AtomicReferenceArray<Kept> KEPT = new AtomicReferenceArray<>(RECENT);

    /** A policy and its caps' spans, never resolved: only copied. */
    private record Kept(Policy policy, CapLookups spans) {
    }

    private final Span<MoneyLimit> perItem;
    private final List<Span<MoneyLimit>> aggregates;
    private final Span<CapResetBasis> annualBasis;

    private CapLookups(Span<MoneyLimit> perItem, List<Span<MoneyLimit>> aggregates, Span<CapResetBasis> annualBasis) {
        this.perItem = perItem;
        this.aggregates = aggregates;
        this.annualBasis = annualBasis;
    }

    /**
     * Returns the caps of a policy, with no answer kept yet.
     *
     * @param funding  the policy, not null
     */
    static CapLookups of(Policy funding) {
        int slot = System.identityHashCode(funding) & (RECENT - 1);
        Kept kept = KEPT.get(slot);
        if (kept == null || kept.policy() != funding) {
            kept = new Kept(funding, read(funding));
            KEPT.set(slot, kept);
        }
        CapLookups spans = kept.spans();
        List<Span<MoneyLimit>> aggregates = new ArrayList<>(spans.aggregates.size());
        for (Span<MoneyLimit> span : spans.aggregates) {
            aggregates.add(new Span<>(span));
        }
        return new CapLookups(new Span<>(spans.perItem), aggregates, new Span<>(spans.annualBasis));
    }

    /** Reads the caps' lookups and days of change from the policy. */
    static CapLookups read(Policy funding) {
        List<PolicyKey<MoneyLimit>> keys = IncentivePolicyKeys.aggregateCaps();
        List<Span<MoneyLimit>> aggregates = new ArrayList<>(keys.size());
        for (PolicyKey<MoneyLimit> key : keys) {
            aggregates.add(new Span<>(funding, key));
        }
        return new CapLookups(new Span<>(funding, IncentivePolicyKeys.CAP_PER_ITEM), aggregates,
                new Span<>(funding, IncentivePolicyKeys.CAP_ANNUAL_BASIS));
    }

    /** {@link IncentivePolicyKeys#CAP_PER_ITEM}. */
    Span<MoneyLimit> perItem() {
        return perItem;
    }

    /**
     * Returns an aggregate cap.
     *
     * @param slot  its position in {@link IncentivePolicyKeys#aggregateCaps()}
     */
    Span<MoneyLimit> aggregate(int slot) {
        return aggregates.get(slot);
    }

    /** {@link IncentivePolicyKeys#CAP_ANNUAL_BASIS}. */
    Span<CapResetBasis> annualBasis() {
        return annualBasis;
    }

    /**
     * One key of the policy and its last answer, with the span of epoch days it holds for.
     *
     * @param <T> the value type
     */
    static final class Span<T> {
        private final PolicyLookup<T> lookup;
        /** The epoch days on which the answer may change, ascending, distinct. */
        private final long[] changes;
        /** The last answer (null: none in force) holds from {@link #from} (inclusive) to {@link #until} (exclusive). */
        private ResolvedThreshold<T> answer;
        private long from = Long.MAX_VALUE;
        private long until = Long.MIN_VALUE;

        Span(Policy policy, PolicyKey<T> key) {
            this.lookup = policy.lookup(key);
            long[] days = new long[8];
            int n = 0;
            for (PolicyLayer layer : policy.layers()) {
                for (Threshold<T> t : layer.thresholds(key)) {
                    if (n + 4 > days.length) {
                        days = Arrays.copyOf(days, days.length * 2);
                    }
                    if (t.period().start().isPresent()) {
                        long day = t.period().start().get().toEpochDay();
                        days[n++] = day;
                        days[n++] = day + 1;
                    }
                    if (t.period().end().isPresent()) {
                        long day = t.period().end().get().toEpochDay();
                        days[n++] = day;
                        days[n++] = day + 1;
                    }
                }
            }
            Arrays.sort(days, 0, n);
            int distinct = 0;
            for (int i = 0; i < n; i++) {
                if (distinct == 0 || days[i] != days[distinct - 1]) {
                    days[distinct++] = days[i];
                }
            }
            this.changes = Arrays.copyOf(days, distinct);
        }

        /** A span over the same lookup and days of change as another, with no answer kept yet. */
        Span(Span<T> other) {
            this.lookup = other.lookup;
            this.changes = other.changes;
        }

        PolicyKey<T> key() {
            return lookup.key();
        }

        /**
         * Returns the threshold in force on an epoch day, or null: {@code lookup.resolve(day)}.
         *
         * @param day  the epoch day
         */
        ResolvedThreshold<T> resolve(long day) {
            if (day < from || day >= until) {
                answer = lookup.resolve(day).orElse(null);
                int found = Arrays.binarySearch(changes, day);
                int next = found >= 0 ? found + 1 : -found - 1; // the first change after the day
                from = next == 0 ? Long.MIN_VALUE : changes[next - 1];
                until = next == changes.length ? Long.MAX_VALUE : changes[next];
            }
            return answer;
        }
    }
}
