package org.aftercare;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.aftercare.internal.Checks;

/**
 * An entry of the rule catalog, such as
 * {@code care.setting.requires-24-hour (ERROR): a level that needs a 24-hour setting planned without one}.
 *
 * <p>Each domain declares its descriptors as {@code public static final} fields of a rules class
 * (for example {@code CareRules}); {@link #declaredIn(Class)} collects them, and docs/rules.md is
 * checked against the collection. A descriptor is the only way rules create {@link Finding}s, so a
 * finding's code and severity are always in the catalog.
 *
 * @param code  the stable dotted code, not null
 * @param severities  the severities findings with this code may have, not empty
 * @param meaning  one sentence saying what the finding means, not blank
 * @param sources  the documents the rule rests on, for the catalog, not empty
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public record RuleDescriptor(String code, Set<Severity> severities, String meaning, List<Citation> sources) {
    private static final Severity[] SEVERITIES = Severity.values();

    /** Validates the fields; see the class description. */
    public RuleDescriptor {
        Checks.dottedCode(code, "rule.code");
        Objects.requireNonNull(severities, "rule.severities");
        if (severities.isEmpty()) {
            throw new InvalidValueException("rule.severities", "not be empty", severities);
        }
        severities = Sets.immutableEnumSet(severities);
        Checks.nonBlank(meaning, "rule.meaning");
        sources = List.copyOf(Objects.requireNonNull(sources, "rule.sources"));
        if (sources.isEmpty()) {
            throw new InvalidValueException("rule.sources", "not be empty", sources);
        }
    }

    /**
     * Obtains a descriptor.
     *
     * @param code  the dotted code, not null
     * @param meaning  what a finding with this code means, not blank
     * @param first  the first allowed severity, not null
     * @param sources  the sources, not empty
     * @param more  further allowed severities
     * @return the descriptor, not null
     */
    public static RuleDescriptor of(String code, String meaning, Severity first, List<Citation> sources, Severity... more) {
        return new RuleDescriptor(code, EnumSet.of(first, more), meaning, sources);
    }

    /**
     * Creates a finding with this descriptor's code.
     *
     * <pre>{@code
     * Finding f = CareRules.SETTING_REQUIRES_24_HOUR.finding(Severity.ERROR, "plan.setting",
     *         "ASAM 3.5 needs a 24-hour setting; planned setting is outpatient", List.of(citation));
     * }</pre>
     *
     * @param severity  the severity, one of {@link #severities()}
     * @param path  the path of the field, not blank
     * @param message  the message naming the values involved, not blank
     * @param citations  the citations, first the applied threshold's, not empty
     * @return the finding, not null
     * @throws IllegalArgumentException if the severity is not one this rule declares (a programming error)
     */
    public Finding finding(Severity severity, String path, String message, List<Citation> citations) {
        return Finding.ofCheckedCode(code, declared(severity), message, path, citations);
    }

    /**
     * Creates a finding with this descriptor's code whose message is written when first read: for messages that
     * name many values (dates, hours, periods) in reports whose messages may never be read. The supplier must
     * give the same non-blank text every time; it runs at most once.
     *
     * <pre>{@code
     * Finding f = CareRules.SETTING_REQUIRES_24_HOUR.finding(Severity.ERROR, "plan.setting",
     *         () -> level.label() + " needs a 24-hour setting; planned setting is " + setting, List.of(citation));
     * }</pre>
     *
     * @param severity  the severity, one of {@link #severities()}
     * @param path  the path of the field, not blank
     * @param message  writes the message naming the values involved, not null; gives non-blank text
     * @param citations  the citations, first the applied threshold's, not empty
     * @return the finding, not null
     * @throws IllegalArgumentException if the severity is not one this rule declares (a programming error)
     * @since 0.1.0
     */
    public Finding finding(Severity severity, String path, Supplier<String> message, List<Citation> citations) {
        return Finding.ofCheckedCode(code, declared(severity), message, path, citations);
    }

    private Severity declared(Severity severity) {
        if (!severities.contains(severity)) {
            throw new IllegalArgumentException("Rule " + code + " does not declare severity " + severity);
        }
        return severity;
    }

    /**
     * Creates a finding with this descriptor's code and its only severity.
     *
     * @param path  the path of the field, not blank
     * @param message  the message naming the values involved, not blank
     * @param citations  the citations, not empty
     * @return the finding, not null
     * @throws IllegalStateException if the rule declares more than one severity
     */
    public Finding finding(String path, String message, List<Citation> citations) {
        return Finding.ofCheckedCode(code, onlySeverity(), message, path, citations);
    }

    /**
     * Creates a finding with this descriptor's code and its only severity, whose message is written when first
     * read (see {@link #finding(Severity, String, Supplier, List)}).
     *
     * <pre>{@code
     * Finding f = CareRules.NO_RELAPSE_PREVENTION.finding("plan.services",
     *         () -> "None of the " + count + " planned services is a relapse-prevention component",
     *         CareRules.NO_RELAPSE_PREVENTION.sources());
     * }</pre>
     *
     * @param path  the path of the field, not blank
     * @param message  writes the message naming the values involved, not null; gives non-blank text
     * @param citations  the citations, not empty
     * @return the finding, not null
     * @throws IllegalStateException if the rule declares more than one severity
     * @since 0.1.0
     */
    public Finding finding(String path, Supplier<String> message, List<Citation> citations) {
        return Finding.ofCheckedCode(code, onlySeverity(), message, path, citations);
    }

    private Severity onlySeverity() {
        if (severities.size() != 1) {
            throw new IllegalStateException("Rule " + code + " declares several severities; name one");
        }
        for (Severity severity : SEVERITIES) { // not the set's iterator: it is an allocation per finding
            if (severities.contains(severity)) {
                return severity;
            }
        }
        throw new IllegalStateException("Rule " + code + " declares no severity");
    }

    /**
     * Collects the descriptors declared as {@code public static final} fields of a class, in declaration order.
     *
     * @param rulesClass  the class declaring the descriptors, not null
     * @return the descriptors, not null
     */
    public static List<RuleDescriptor> declaredIn(Class<?> rulesClass) {
        List<RuleDescriptor> result = new ArrayList<>();
        for (Field field : rulesClass.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            if (field.getType() == RuleDescriptor.class && Modifier.isStatic(modifiers)
                    && Modifier.isPublic(modifiers) && Modifier.isFinal(modifiers)) {
                try {
                    result.add((RuleDescriptor) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("Cannot read rule descriptor " + field, e);
                }
            }
        }
        return ImmutableList.copyOf(result);
    }
}
