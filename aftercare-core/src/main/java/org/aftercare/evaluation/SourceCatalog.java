package org.aftercare.evaluation;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.aftercare.Citation;
import org.aftercare.PolicyLayer;
import org.aftercare.RuleDescriptor;
import org.aftercare.Threshold;
import org.aftercare.VerificationStatus;
import org.aftercare.incentive.FundingPolicies;
import org.aftercare.incentive.IncentivePreset;
import org.aftercare.incentive.IncentivePresets;

/**
 * The catalog of every document aftercare cites, such as {@code 42 CFR 8.12 (i)(3), 2024 final rule [S]},
 * with what cites it: rule codes, policy keys of the default policy and of every named overlay, funding
 * policies and incentive presets. docs/sources.md holds {@link #toMarkdownTable()} between its markers; a
 * test keeps the two in step, and {@code ./aftercare sources --markdown} prints it.
 *
 * <pre>{@code
 * SourceCatalog.all().stream()
 *         .filter(e -> e.citation().isUnverified())
 *         .forEach(e -> System.out.println(e.citation() + " <- " + e.usedBy()));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class SourceCatalog {
    private static final Comparator<Citation> ORDER = Comparator.comparing(Citation::document)
            .thenComparing(Citation::edition).thenComparing(Citation::section).thenComparing(Citation::status);
    private static final List<Entry> ALL = collect();

    /**
     * One cited source and what cites it.
     *
     * @param citation  the citation, not null
     * @param usedBy  what cites it, such as {@code "rule care.hours.below-level-minimum"} or
     *                {@code "policy care.iop.min-weekly-hours (layer care-evidence-defaults)"}, sorted, not empty
     * @since 0.1.0
     */
    public record Entry(Citation citation, List<String> usedBy) {
        /** Validates and copies the fields. */
        public Entry {
            Objects.requireNonNull(citation, "citation");
            usedBy = List.copyOf(usedBy);
        }
    }

    private SourceCatalog() {
    }

    /**
     * Returns every cited source, ordered by document, edition, section and status.
     *
     * @return the entries, not null
     */
    public static List<Entry> all() {
        return ALL;
    }

    /**
     * Returns the citations of every cited source.
     *
     * @return the citations, in catalog order, not null
     */
    public static List<Citation> citations() {
        return ALL.stream().map(Entry::citation).toList();
    }

    /**
     * Renders the catalog as a Markdown table, one row per document and edition: document, edition,
     * sections, verification status and what cites it.
     *
     * @return the table, ending with a newline, not null
     */
    public static String toMarkdownTable() {
        Map<String, List<Entry>> rows = new LinkedHashMap<>();
        for (Entry e : ALL) {
            Citation c = e.citation();
            rows.computeIfAbsent(c.document() + "\u0000" + c.edition() + "\u0000" + c.status(), k -> new ArrayList<>()).add(e);
        }
        StringBuilder sb = new StringBuilder();
        sb.append("| Document | Edition or date | Sections | Status | Cited by |\n");
        sb.append("|---|---|---|---|---|\n");
        for (List<Entry> row : rows.values()) {
            Citation c = row.get(0).citation();
            String sections = row.stream().map(e -> e.citation().section()).filter(s -> !s.isEmpty()).distinct()
                    .collect(Collectors.joining("; "));
            Set<String> usedBy = new TreeSet<>();
            row.forEach(e -> usedBy.addAll(e.usedBy()));
            sb.append("| ").append(escape(c.document()))
                    .append(" | ").append(escape(c.edition()))
                    .append(" | ").append(sections.isEmpty() ? "whole document" : escape(sections))
                    .append(" | ").append(statusLabel(c.status()))
                    .append(" | ").append(usedBy.stream().map(SourceCatalog::codeSpan).map(SourceCatalog::escape)
                            .collect(Collectors.joining(", ")))
                    .append(" |\n");
        }
        return sb.toString();
    }

    /** Renders {@code "rule care.x"} or {@code "policy k (layer l)"} with the name as a code span. */
    private static String codeSpan(String use) {
        int space = use.indexOf(' ');
        int paren = use.indexOf(" (");
        String name = paren < 0 ? use.substring(space + 1) : use.substring(space + 1, paren);
        return use.substring(0, space) + " `" + name + "`" + (paren < 0 ? "" : use.substring(paren));
    }

    private static String statusLabel(VerificationStatus status) {
        return "[" + status.tag() + "] " + status.name().toLowerCase(Locale.ROOT);
    }

    private static String escape(String text) {
        return text.replace("|", "\\|");
    }

    private static List<Entry> collect() {
        Map<Citation, Set<String>> uses = new TreeMap<>(ORDER);
        for (RuleDescriptor d : RuleCatalog.all()) {
            d.sources().forEach(c -> use(uses, c, "rule " + d.code()));
        }
        List<PolicyLayer> layers = new ArrayList<>(StandardPolicies.usDefault().layers());
        StandardPolicies.overlayNames().forEach(n -> layers.add(StandardPolicies.overlay(n).orElseThrow()));
        FundingPolicies.names().forEach(n -> layers.add(FundingPolicies.layer(n)));
        for (PolicyLayer layer : layers) {
            for (Threshold<?> t : layer.thresholds()) {
                use(uses, t.citation(), "policy " + t.key().name() + " (layer " + layer.name() + ")");
            }
        }
        for (IncentivePreset preset : IncentivePresets.all()) {
            preset.parameterSources().forEach((parameter, c) -> use(uses, c, "preset " + preset.name() + " (" + parameter + ")"));
            use(uses, preset.failurePolicy().source(), "preset " + preset.name() + " (failure policy)");
        }
        ImmutableList.Builder<Entry> entries = ImmutableList.builder();
        uses.forEach((c, u) -> entries.add(new Entry(c, new ArrayList<>(u))));
        return entries.build();
    }

    private static void use(Map<Citation, Set<String>> uses, Citation citation, String by) {
        uses.computeIfAbsent(citation, c -> new TreeSet<>()).add(by);
    }
}
