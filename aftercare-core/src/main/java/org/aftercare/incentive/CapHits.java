package org.aftercare.incentive;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.aftercare.Citation;
import org.aftercare.PolicyKey;

/**
 * Makes the {@link CapHit cap hits} of one ledger computation, such as {@code incentive.cap.annual at most $750.00
 * in calendar year 2026, $750.00 already paid}.
 *
 * <p>Once a cap is reached, every later success hits it again with the same limit, window and amount already
 * paid, so each cap's last hit is kept with what it was made from and given again (hits are immutable) when the
 * next one would be equal: the text is built once per change instead of at every entry. Not thread-safe: one
 * instance serves one computation.
 */
final class CapHits {
    private final LocalDate programStart;
    /** The last hit of the per-item cap, then of each aggregate cap in {@link IncentivePolicyKeys#aggregateCaps()}. */
    private final Made[] last = new Made[4];

    /** What a hit was made from; {@code window} tells the window's text apart within a key and basis. */
    private record Made(MoneyLimit limit, CapResetBasis basis, long window, Money amount, Money other, Citation source,
            Citation basisSource, CapHit hit) {

        boolean isFor(MoneyLimit l, CapResetBasis b, long w, Money a, Money o, Citation s, Citation bs) {
            return b == basis && w == window && same(limit, l) && same(amount, a) && same(other, o) && same(source, s)
                    && same(basisSource, bs);
        }

        /** Equality, checked by identity first: the thresholds a policy resolves to are usually the same instances. */
        private static boolean same(Object x, Object y) {
            return x == y || x != null && x.equals(y);
        }
    }

    CapHits(LocalDate programStart) {
        this.programStart = programStart;
    }

    /**
     * Returns the hit of the per-item cap on an item.
     *
     * @param limit  the cap, limited
     * @param item  the item's value, above the cap
     * @param paidAs  what is paid for it
     * @param source  the cap's citation
     */
    CapHit perItem(MoneyLimit limit, Money item, Money paidAs, Citation source) {
        Made made = last[0];
        if (made != null && made.isFor(limit, null, 0, item, paidAs, source, null)) {
            return made.hit;
        }
        CapHit hit = new CapHit(IncentivePolicyKeys.CAP_PER_ITEM.name(), "per item " + limit + ": item of "
                + item.toDisplayString() + " paid as " + paidAs.toDisplayString(), List.of(source));
        last[0] = new Made(limit, null, 0, item, paidAs, source, null, hit);
        return hit;
    }

    /**
     * Returns the hit of an aggregate cap.
     *
     * @param key  the cap's key, one of {@link IncentivePolicyKeys#aggregateCaps()}
     * @param limit  the cap, limited
     * @param annualBasis  the window of the annual cap (the basis in force, or episode when none is), else episode
     * @param date  the entry's date
     * @param used  what was already paid within the window
     * @param source  the cap's citation
     * @param basisSource  the annual cap's basis's citation, if any (cited after the cap's when it is another), else null
     */
    CapHit aggregate(PolicyKey<MoneyLimit> key, MoneyLimit limit, CapResetBasis annualBasis, LocalDate date, Money used,
            Citation source, Citation basisSource) {
        int slot = Made.same(key, IncentivePolicyKeys.CAP_PER_MONTH) ? 1
                : Made.same(key, IncentivePolicyKeys.CAP_ANNUAL) ? 2 : 3;
        CapResetBasis basis = slot == 2 ? annualBasis : CapResetBasis.EPISODE;
        long window = slot == 1 ? date.getYear() * 12L + date.getMonthValue()
                : basis == CapResetBasis.CALENDAR_YEAR ? date.getYear()
                : basis == CapResetBasis.ROLLING_12_MONTHS ? date.toEpochDay() : 0;
        Made made = last[slot];
        if (made != null && made.isFor(limit, basis, window, used, null, source, basisSource)) {
            return made.hit;
        }
        CapHit hit = new CapHit(key.name(), limit + " " + window(slot, basis, date) + ", " + used.toDisplayString()
                + " already paid", basisSource == null || basisSource.equals(source) ? List.of(source)
                : List.of(source, basisSource));
        last[slot] = new Made(limit, basis, window, used, null, source, basisSource, hit);
        return hit;
    }

    private String window(int slot, CapResetBasis basis, LocalDate date) {
        if (slot == 1) {
            return "in " + YearMonth.from(date);
        }
        if (slot == 2) {
            switch (basis) {
                case CALENDAR_YEAR:
                    return "in calendar year " + date.getYear();
                case ROLLING_12_MONTHS:
                    return "in the 12 months to " + date;
                case EPISODE:
                    return "per year, counted per episode since " + programStart;
                default:
                    throw new AssertionError(basis);
            }
        }
        return "per episode since " + programStart;
    }
}
