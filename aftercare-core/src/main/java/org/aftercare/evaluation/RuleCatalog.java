package org.aftercare.evaluation;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.aftercare.Citation;
import org.aftercare.KernelRules;
import org.aftercare.RuleDescriptor;
import org.aftercare.Severity;
import org.aftercare.care.CareRules;
import org.aftercare.incentive.IncentiveRules;
import org.aftercare.medication.MedicationRules;

/**
 * The catalog of every rule aftercare can report, such as {@code care.setting.requires-24-hour (ERROR)}.
 * docs/rules.md holds {@link #toMarkdownTable()} between its markers; a test keeps the two in step,
 * and {@code ./aftercare rules} prints it.
 *
 * @since 0.1.0
 */
public final class RuleCatalog {
    private static final List<RuleDescriptor> ALL = ImmutableList.<RuleDescriptor>builder()
            .addAll(KernelRules.all())
            .addAll(CareRules.all())
            .addAll(MedicationRules.all())
            .addAll(IncentiveRules.all())
            .build();

    private RuleCatalog() {
    }

    /**
     * Returns every rule descriptor, kernel first, then by domain in declaration order.
     *
     * @return the descriptors, not null
     */
    public static List<RuleDescriptor> all() {
        return ALL;
    }

    /**
     * Finds a descriptor by code.
     *
     * @param code  the code, not null
     * @return the descriptor, or empty
     */
    public static Optional<RuleDescriptor> find(String code) {
        return ALL.stream().filter(d -> d.code().equals(code)).findFirst();
    }

    /**
     * Renders the catalog as a Markdown table: code, severity, meaning, sources.
     *
     * @return the table, ending with a newline, not null
     */
    public static String toMarkdownTable() {
        StringBuilder sb = new StringBuilder();
        sb.append("| Code | Severity | Meaning | Sources |\n");
        sb.append("|---|---|---|---|\n");
        for (RuleDescriptor d : ALL) {
            sb.append("| `").append(d.code()).append("` | ")
                    .append(d.severities().stream().map(Severity::name).collect(Collectors.joining(", "))).append(" | ")
                    .append(escape(d.meaning())).append(" | ")
                    .append(d.sources().stream().map(Citation::toString).map(RuleCatalog::escape)
                            .collect(Collectors.joining("; ")))
                    .append(" |\n");
        }
        return sb.toString();
    }

    private static String escape(String text) {
        return text.replace("|", "\\|");
    }
}
