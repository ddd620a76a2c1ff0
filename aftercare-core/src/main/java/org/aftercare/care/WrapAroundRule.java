package org.aftercare.care;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aftercare.RuleContext;
import org.aftercare.SupportNeed;

/** A documented support need with no service in the plan that meets it. */
final class WrapAroundRule implements PlanRule {
    /** The suggestion of each need, made once from the modality table (it names every modality meeting it). */
    private static final Map<SupportNeed, String> SUGGESTIONS = suggestions();

    /**
     * The needs each modality meets as a bit set (bit {@code need.ordinal()}), by modality ordinal: derived once
     * from the enum's own constants, so a plan's met needs are one pass of ORs over its services.
     */
    private static final long[] MEETS = meetsMasks();
    /** Every need in ordinal order, the order a patient's set of needs iterates in. */
    private static final SupportNeed[] NEEDS = SupportNeed.values();

    @Override
    public void check(AftercarePlan plan, RuleContext ctx) {
        Set<SupportNeed> needs = plan.patient().needs();
        if (needs.isEmpty()) {
            return;
        }
        long met = 0;
        List<PlannedService> services = plan.services();
        for (int i = 0; i < services.size(); i++) {
            met |= MEETS[services.get(i).modality().ordinal()];
        }
        for (SupportNeed need : NEEDS) { // not the set's iterator: an allocation per plan; unmet needs only are looked up
            if ((met >>> need.ordinal() & 1) == 0 && needs.contains(need)) {
                ctx.report(CareRules.UNMET_NEED.finding("plan.patient.needs",
                        () -> "Documented need " + need + " has no matching service in the plan (for example "
                                + SUGGESTIONS.get(need) + ")",
                        CareRules.UNMET_NEED.sources()));
            }
        }
    }

    private static long[] meetsMasks() {
        Modality[] modalities = Modality.values();
        long[] masks = new long[modalities.length];
        for (Modality m : modalities) {
            for (SupportNeed need : m.meets()) {
                masks[m.ordinal()] |= 1L << need.ordinal();
            }
        }
        return masks;
    }

    private static Map<SupportNeed, String> suggestions() {
        Map<SupportNeed, String> map = new EnumMap<>(SupportNeed.class);
        for (SupportNeed need : SupportNeed.values()) {
            map.put(need, suggestion(need));
        }
        return Collections.unmodifiableMap(map);
    }

    private static String suggestion(SupportNeed need) {
        return java.util.Arrays.stream(Modality.values()).filter(m -> m.meets().contains(need)).map(Modality::code)
                .reduce((a, b) -> a + " or " + b).orElse("a wrap-around referral");
    }
}
