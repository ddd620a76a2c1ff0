package org.aftercare.cdshooks;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aftercare.Citation;
import org.aftercare.Finding;
import org.aftercare.Severity;

/**
 * Turns findings into CDS Hooks 2.0 cards: summary under 140 characters, indicator from severity, markdown detail
 * with the message, code, path and sources, {@code source} naming the first citation, a name-based card uuid,
 * override reasons on WARNING cards and a naloxone suggestion on overdose-risk prompts.
 */
final class CardWriter {
    /** The code system of the finding codes shown as {@code source.topic}. */
    static final String FINDING_SYSTEM = "http://aftercare.org/fhir/CodeSystem/finding";
    /** The code system of the override reasons offered on WARNING cards. */
    static final String OVERRIDE_SYSTEM = "http://aftercare.org/fhir/CodeSystem/cds-override-reason";
    static final String RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm";
    /** RxNorm ingredient code of naloxone (RxCUI 7242). */
    static final String NALOXONE_RXCUI = "7242";
    /** Findings whose card suggests a naloxone order. */
    static final Set<String> NALOXONE_PROMPTS = Set.of("medication.overdose-risk.naloxone", "care.relapse.overdose-risk",
            "medication.naltrexone.xr-interval-ending");
    static final int MAX_SUMMARY = 139;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern URL = Pattern.compile("https?://[^\\s,;)\\]]+");
    private static final Pattern PMC = Pattern.compile("\\bPMC(\\d{4,9})\\b");
    private static final String[][] OVERRIDES = {
        {"clinically-appropriate", "Clinically appropriate for this patient; reviewed"},
        {"already-addressed", "Already addressed"},
        {"record-incorrect", "The record is incorrect or incomplete"},
        {"patient-declined", "Patient declined"},
    };

    private CardWriter() {
    }

    /**
     * Writes the cards of findings, in the given order.
     *
     * @param findings  the findings, already filtered and sorted
     * @param hookInstance  the request's hook instance (seeds the card uuids)
     * @param patientId  the patient's FHIR id, for the subject of suggested orders
     * @return the cards array
     */
    static ArrayNode cards(List<Finding> findings, UUID hookInstance, String patientId) {
        ArrayNode cards = NODES.arrayNode();
        Set<UUID> used = new HashSet<>();
        for (Finding f : findings) {
            UUID uuid = nameUuid(hookInstance + "|" + f.code() + "|" + f.path());
            for (int n = 2; !used.add(uuid); n++) {
                uuid = nameUuid(hookInstance + "|" + f.code() + "|" + f.path() + "|" + n);
            }
            cards.add(card(f, uuid, patientId));
        }
        return cards;
    }

    static ObjectNode card(Finding f, UUID uuid, String patientId) {
        ObjectNode card = NODES.objectNode();
        card.put("uuid", uuid.toString());
        card.put("summary", summary(f.message()));
        card.put("indicator", indicator(f.severity()));
        card.put("detail", detail(f));
        card.set("source", source(f));
        if (NALOXONE_PROMPTS.contains(f.code())) {
            ArrayNode suggestions = card.putArray("suggestions");
            suggestions.add(naloxone(uuid, patientId));
            card.put("selectionBehavior", "at-most-one");
        }
        if (f.severity() == Severity.WARNING) {
            ArrayNode reasons = card.putArray("overrideReasons");
            for (String[] r : OVERRIDES) {
                reasons.addObject().put("code", r[0]).put("system", OVERRIDE_SYSTEM).put("display", r[1]);
            }
        }
        return card;
    }

    static String indicator(Severity severity) {
        switch (severity) {
            case ERROR:
                return "critical";
            case WARNING:
                return "warning";
            case INFO:
                return "info";
            default:
                throw new AssertionError(severity);
        }
    }

    /**
     * Returns the message, cut at a word boundary with an ellipsis when it has 140 characters or more.
     *
     * @param message  the message
     * @return the summary, at most 139 characters
     */
    static String summary(String message) {
        String oneLine = message.replaceAll("\\s+", " ").strip();
        if (oneLine.length() <= MAX_SUMMARY) {
            return oneLine;
        }
        int cut = oneLine.lastIndexOf(' ', MAX_SUMMARY - 1);
        if (cut < MAX_SUMMARY / 2) {
            cut = MAX_SUMMARY - 1;
        }
        return oneLine.substring(0, cut).stripTrailing() + "\u2026";
    }

    static String detail(Finding f) {
        StringBuilder sb = new StringBuilder();
        sb.append(f.message()).append("\n\n");
        sb.append("- Finding: `").append(f.code()).append("` (").append(f.severity().name().toLowerCase(Locale.ROOT))
                .append(")\n");
        sb.append("- Field: `").append(f.path()).append("`\n");
        sb.append("- Sources:\n");
        for (Citation c : f.citations()) {
            sb.append("  - ").append(c).append('\n');
        }
        return sb.toString();
    }

    static ObjectNode source(Finding f) {
        ObjectNode source = NODES.objectNode();
        Citation c = f.citation();
        source.put("label", label(c));
        url(c).ifPresent(u -> source.put("url", u));
        source.putObject("topic").put("system", FINDING_SYSTEM).put("code", f.code());
        return source;
    }

    /**
     * Returns the label naming a citation: document and clause, such as {@code 42 CFR 8.12 (i)(1)-(3)}.
     *
     * @param c  the citation
     * @return the label
     */
    static String label(Citation c) {
        return c.document() + (c.section().isEmpty() ? "" : " " + c.section());
    }

    /**
     * Returns the URL a citation names: one written in it, or the PMC article of a PMC id.
     *
     * @param c  the citation
     * @return the URL, if the citation has one
     */
    static Optional<String> url(Citation c) {
        String all = c.document() + " " + c.section() + " " + c.edition();
        Matcher m = URL.matcher(all);
        if (m.find()) {
            return Optional.of(m.group());
        }
        Matcher pmc = PMC.matcher(all);
        if (pmc.find()) {
            return Optional.of("https://www.ncbi.nlm.nih.gov/pmc/articles/PMC" + pmc.group(1) + "/");
        }
        return Optional.empty();
    }

    private static ObjectNode naloxone(UUID card, String patientId) {
        ObjectNode s = NODES.objectNode();
        s.put("label", "Order naloxone for opioid overdose reversal");
        s.put("uuid", nameUuid(card + "|naloxone").toString());
        s.put("isRecommended", true);
        ObjectNode action = s.putArray("actions").addObject();
        action.put("type", "create");
        action.put("description", "Add a draft naloxone order; choose the product, dose and quantity");
        ObjectNode mr = action.putObject("resource");
        mr.put("resourceType", "MedicationRequest");
        mr.put("status", "draft");
        mr.put("intent", "proposal");
        ObjectNode med = mr.putObject("medicationCodeableConcept");
        med.putArray("coding").addObject().put("system", RXNORM).put("code", NALOXONE_RXCUI).put("display", "naloxone");
        med.put("text", "naloxone");
        mr.putObject("subject").put("reference", "Patient/" + patientId);
        return s;
    }

    static UUID nameUuid(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }
}
