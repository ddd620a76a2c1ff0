package org.aftercare.evaluation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.aftercare.InvalidValueException;
import org.aftercare.Policy;
import org.aftercare.PolicyLayer;
import org.aftercare.care.CarePolicies;
import org.aftercare.medication.MedicationPolicies;

/**
 * The named policies and layers aftercare ships, such as {@value #US_DEFAULT}: the layers every
 * domain's rules read, with each disputed value's alternatives one layer away.
 *
 * <pre>{@code
 * Policy policy = StandardPolicies.usDefault();
 * Policy stricter = StandardPolicies.named("us-default", List.of("care-alt-continuing-care-12-months"));
 * Policy clinic = policy.withLayer(myClinicOverrides);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class StandardPolicies {
    /**
     * The default policy: the care domain's evidence defaults and the federal medication baseline
     * (42 CFR 8.12 by date, FDA label statements by date, guideline defaults).
     */
    public static final String US_DEFAULT = "us-default";

    private static final List<PolicyLayer> BASE = ImmutableList.of(CarePolicies.evidenceDefaults(),
            MedicationPolicies.federalBaseline());
    private static final Map<String, PolicyLayer> OVERLAYS = overlays();
    /**
     * Policies are immutable and each caches the thresholds it resolved ({@link Policy#resolve}), so the standard
     * ones are built once and shared: a batch of a million requests naming {@value #US_DEFAULT} resolves each
     * threshold once, not once per request.
     */
    private static final Policy US_DEFAULT_POLICY = Policy.of(US_DEFAULT, BASE);
    /** The stacks of standard overlays asked for so far, at most {@value #MAX_STACKS} of them, by layer names. */
    private static final Map<List<String>, Policy> STACKS = new ConcurrentHashMap<>();
    private static final int MAX_STACKS = 64;

    private StandardPolicies() {
    }

    /**
     * Returns the default policy.
     *
     * @return the policy named {@value #US_DEFAULT}, not null
     */
    public static Policy usDefault() {
        return US_DEFAULT_POLICY;
    }

    /**
     * Returns a named policy with named overlay layers stacked on top, in order.
     *
     * @param name  the base policy's name, {@value #US_DEFAULT}
     * @param overlays  the names of overlay layers (state overlays, alternatives), not null
     * @return the policy, not null
     * @throws InvalidValueException if the policy or a layer is unknown
     */
    public static Policy named(String name, List<String> overlays) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(overlays, "overlays");
        if (!name.equals(US_DEFAULT)) {
            throw new InvalidValueException("policy", "be one of " + List.of(US_DEFAULT), "\"" + name + "\"");
        }
        List<String> names = List.copyOf(overlays);
        Policy cached = STACKS.get(names);
        if (cached != null) {
            return cached;
        }
        Policy policy = usDefault();
        for (String layer : names) {
            policy = policy.withLayer(overlay(layer).orElseThrow(() -> new InvalidValueException("policy.layers",
                    "name a known layer such as " + OVERLAYS.keySet().iterator().next(), "\"" + layer + "\"")));
        }
        if (STACKS.size() < MAX_STACKS) {
            STACKS.putIfAbsent(names, policy);
        }
        return policy;
    }

    /**
     * Finds an overlay layer by name.
     *
     * @param name  the layer name, not null
     * @return the layer, or empty
     */
    public static Optional<PolicyLayer> overlay(String name) {
        return Optional.ofNullable(OVERLAYS.get(Objects.requireNonNull(name, "name")));
    }

    /**
     * Returns the names of every overlay layer, in a stable order.
     *
     * @return the names, not null
     */
    public static Set<String> overlayNames() {
        return OVERLAYS.keySet();
    }

    private static Map<String, PolicyLayer> overlays() {
        Map<String, PolicyLayer> m = new LinkedHashMap<>();
        List<PolicyLayer> all = new ArrayList<>(CarePolicies.alternatives());
        MedicationPolicies.all().stream().filter(l -> !l.name().equals(MedicationPolicies.FEDERAL_BASELINE)).forEach(all::add);
        for (PolicyLayer l : all) {
            m.put(l.name(), l);
        }
        return ImmutableMap.copyOf(m);
    }
}
