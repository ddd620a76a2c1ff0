package org.aftercare;

import java.util.List;

/**
 * The rules of the kernel itself, such as {@link #THRESHOLD_NOT_IN_FORCE}.
 *
 * @since 0.1.0
 */
public final class KernelRules {
    private static final Citation POLICY_CONFIGURATION =
            Citation.of("aftercare policy configuration", "docs/concepts.md", "0.1.0", VerificationStatus.LOCAL);

    /**
     * A rule needed a threshold that no layer of the policy has in force on the as-of date, so it
     * could not decide; the finding names the key and the date instead of passing silently.
     */
    public static final RuleDescriptor THRESHOLD_NOT_IN_FORCE = RuleDescriptor.of("policy.threshold.not-in-force",
            "A rule needed a policy threshold that is not in force on the as-of date; the rule could not be applied.",
            Severity.ERROR, List.of(POLICY_CONFIGURATION), Severity.WARNING, Severity.INFO);

    private KernelRules() {
    }

    /**
     * Returns the citation used for findings about the policy's own configuration.
     *
     * @param policy  the policy name, not blank
     * @param key  the key, not null
     * @param asOf  the as-of date text, not blank
     * @return the citation, not null
     */
    static Citation policyCitation(String policy, PolicyKey<?> key, String asOf) {
        return Citation.of("policy " + policy, key.name(), "as of " + asOf, VerificationStatus.LOCAL);
    }

    /**
     * Returns the kernel's descriptors.
     *
     * @return the descriptors, not null
     */
    public static List<RuleDescriptor> all() {
        return RuleDescriptor.declaredIn(KernelRules.class);
    }
}
