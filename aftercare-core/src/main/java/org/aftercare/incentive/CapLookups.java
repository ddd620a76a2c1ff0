package org.aftercare.incentive;

import java.util.ArrayList;
import java.util.List;
import org.aftercare.Policy;
import org.aftercare.PolicyKey;
import org.aftercare.PolicyLookup;

/**
 * The funding caps of one policy, each ready to be resolved on every event's date, such as the SAMHSA grant's
 * $750 calendar-year cap: one {@link PolicyLookup} per cap key, taken once per ledger computation instead of a
 * policy lookup per key and event.
 *
 * @param perItem  {@link IncentivePolicyKeys#CAP_PER_ITEM}
 * @param aggregates  the aggregate caps, as {@link IncentivePolicyKeys#aggregateCaps()} lists them
 * @param annualBasis  {@link IncentivePolicyKeys#CAP_ANNUAL_BASIS}
 * @implSpec This class is immutable and thread-safe.
 */
record CapLookups(PolicyLookup<MoneyLimit> perItem, List<PolicyLookup<MoneyLimit>> aggregates,
        PolicyLookup<CapResetBasis> annualBasis) {

    static CapLookups of(Policy funding) {
        List<PolicyKey<MoneyLimit>> keys = IncentivePolicyKeys.aggregateCaps();
        List<PolicyLookup<MoneyLimit>> aggregates = new ArrayList<>(keys.size());
        for (PolicyKey<MoneyLimit> key : keys) {
            aggregates.add(funding.lookup(key));
        }
        return new CapLookups(funding.lookup(IncentivePolicyKeys.CAP_PER_ITEM), aggregates,
                funding.lookup(IncentivePolicyKeys.CAP_ANNUAL_BASIS));
    }

    /**
     * Returns the lookup of an aggregate cap.
     *
     * @param slot  its position in {@link IncentivePolicyKeys#aggregateCaps()}
     */
    PolicyLookup<MoneyLimit> aggregate(int slot) {
        return aggregates.get(slot);
    }
}
