package org.aftercare.medication;

import com.google.common.collect.MapMaker;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentMap;
import org.aftercare.PolicyLayer;
import org.aftercare.Threshold;

/**
 * The take-home ladder thresholds a policy layer sets, every period, in the layer's order: the forecast of the
 * next take-home step looks at each ladder's tiers and dates. Found once per layer instead of copying and scanning
 * all of the layer's thresholds on every evaluation.
 */
final class TakeHomeLadderThresholds {
    /**
     * By layer identity (layers are immutable). Weak keys, so a discarded layer is not held; the values hold the
     * layer's thresholds, which do not refer back to the layer.
     */
    private static final ConcurrentMap<PolicyLayer, List<Threshold<?>>> BY_LAYER = new MapMaker().weakKeys().makeMap();

    private TakeHomeLadderThresholds() {
    }

    /** Returns the ladder thresholds of a layer, possibly none. */
    static List<Threshold<?>> of(PolicyLayer layer) {
        List<Threshold<?>> found = BY_LAYER.get(layer);
        if (found == null) {
            List<Threshold<?>> ladders = new ArrayList<>();
            for (Threshold<?> t : layer.thresholds()) {
                if (t.key().equals(MedicationPolicyKeys.TAKE_HOME_LADDER)) {
                    ladders.add(t);
                }
            }
            found = List.copyOf(ladders);
            BY_LAYER.put(layer, found);
        }
        return found;
    }
}
