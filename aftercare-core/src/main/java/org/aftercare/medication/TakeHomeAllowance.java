package org.aftercare.medication;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.aftercare.ResolvedThreshold;
import org.aftercare.RuleContext;

/**
 * The most take-home days one supply may have on its first day, under every ladder in force (strictest wins),
 * such as {@code treatment day 14: us-federal-medication 7 days, virginia-12vac35-105-990 5 days -> 5 days (Virginia)}.
 * The check and the forecast both use it, so they cannot disagree.
 */
final class TakeHomeAllowance {

    /** The allowance under one layer's ladder. */
    record LayerAllowance(ResolvedThreshold<TakeHomeLadder> ladder, TakeHomeTier tier, int alreadyCounted,
            int allowedSupplyDays) {
        String describe() {
            return ladder.layer() + " " + TakeHomeTier.days(allowedSupplyDays) + " (" + tier
                    + (tier.isWindowed() ? ", " + alreadyCounted + " already dispensed in the window" : "") + ")";
        }
    }

    private final int treatmentDay;
    private final List<LayerAllowance> layers;

    private TakeHomeAllowance(int treatmentDay, List<LayerAllowance> layers) {
        this.treatmentDay = treatmentDay;
        this.layers = List.copyOf(layers);
    }

    /**
     * Computes the allowance for a supply starting on a date with some closure days.
     *
     * @param earlier  supplies dispensed before this one, counted by windowed tiers
     */
    static TakeHomeAllowance compute(Regimen regimen, LocalDate firstDay, int closureDays, List<TakeHomeSupply> earlier,
            RuleContext ctx) {
        int day = regimen.treatmentDay(firstDay);
        List<LayerAllowance> result = new ArrayList<>();
        for (ResolvedThreshold<TakeHomeLadder> ladder : ctx.thresholdsInAllLayers(MedicationPolicyKeys.TAKE_HOME_LADDER,
                firstDay)) {
            TakeHomeTier tier = ladder.value().tierOn(day);
            int already = 0;
            if (tier.isWindowed()) {
                LocalDate windowStart = firstDay.minusDays(tier.windowDays() - 1L);
                LocalDate tierStart = regimen.dateOfTreatmentDay(tier.fromTreatmentDay());
                for (TakeHomeSupply s : earlier) {
                    if (s.medication() == regimen.medication() && !s.firstDay().isBefore(windowStart)
                            && !s.firstDay().isBefore(tierStart) && !s.firstDay().isAfter(firstDay)) {
                        already += s.countedDays(tier);
                    }
                }
            }
            int remaining = Math.max(0, tier.maxDays() - already);
            int allowed = remaining + (tier.closureDosesCounted() ? 0 : closureDays);
            result.add(new LayerAllowance(ladder, tier, already, allowed));
        }
        return new TakeHomeAllowance(day, result);
    }

    int treatmentDay() {
        return treatmentDay;
    }

    List<LayerAllowance> layers() {
        return layers;
    }

    boolean isEmpty() {
        return layers.isEmpty();
    }

    /** Returns the strictest layer; on a tie, the lowest (base) layer. */
    LayerAllowance strictest() {
        return layers.stream().min(Comparator.comparingInt(LayerAllowance::allowedSupplyDays)).orElseThrow();
    }
}
