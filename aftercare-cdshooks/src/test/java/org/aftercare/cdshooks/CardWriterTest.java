package org.aftercare.cdshooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.List;
import java.util.UUID;
import org.aftercare.Citation;
import org.aftercare.Finding;
import org.aftercare.Severity;
import org.aftercare.VerificationStatus;
import org.junit.jupiter.api.Test;

class CardWriterTest {
    private static final UUID HOOK = UUID.fromString("d1577c69-dfbe-44ad-ba6d-3e05e953b2ea");
    private static final Citation CFR = Citation.of("42 CFR 8.12", "(i)(1)-(3)", "2024 final rule, 89 FR 7528",
            VerificationStatus.SECONDARY);
    private static final Citation MCKAY = Citation.of("McKay JR. Continuing care research", "abstract",
            "2009 (PMC2670779)", VerificationStatus.VERIFIED);

    @Test
    void test_errorFinding_isACriticalCardWithoutOverrideReasons() throws Exception {
        Finding f = new Finding("medication.take-home.above-ladder", Severity.ERROR,
                "A 14-day take-home supply on treatment day 20 exceeds the 7 days allowed", "medication.takeHomes[0]",
                List.of(CFR));

        ArrayNode cards = CardWriter.cards(List.of(f), HOOK, "123");

        assertThat(new ObjectMapper().writeValueAsString(cards.get(0))).isEqualTo("{"
                + "\"uuid\":\"" + UUID.nameUUIDFromBytes((HOOK + "|medication.take-home.above-ladder|medication.takeHomes[0]")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "\","
                + "\"summary\":\"A 14-day take-home supply on treatment day 20 exceeds the 7 days allowed\","
                + "\"indicator\":\"critical\","
                + "\"detail\":\"A 14-day take-home supply on treatment day 20 exceeds the 7 days allowed\\n\\n"
                + "- Finding: `medication.take-home.above-ladder` (error)\\n"
                + "- Field: `medication.takeHomes[0]`\\n"
                + "- Sources:\\n"
                + "  - 42 CFR 8.12 (i)(1)-(3), 2024 final rule, 89 FR 7528 [S]\\n\","
                + "\"source\":{\"label\":\"42 CFR 8.12 (i)(1)-(3)\",\"topic\":{"
                + "\"system\":\"http://aftercare.org/fhir/CodeSystem/finding\",\"code\":\"medication.take-home.above-ladder\"}}}");
    }

    @Test
    void test_overdoseRisk_suggestsANaloxoneOrderAndOffersOverrideReasons() {
        Finding f = new Finding("care.relapse.overdose-risk", Severity.WARNING,
                "Relapse on 2026-03-30 may involve opioids: offer naloxone", "plan.relapses[0]", List.of(MCKAY));

        var card = CardWriter.cards(List.of(f), HOOK, "123").get(0);

        assertThat(card.get("indicator").asText()).isEqualTo("warning");
        assertThat(card.get("source").get("url").asText()).isEqualTo("https://www.ncbi.nlm.nih.gov/pmc/articles/PMC2670779/");
        assertThat(card.get("selectionBehavior").asText()).isEqualTo("at-most-one");
        var suggestion = card.get("suggestions").get(0);
        assertThat(suggestion.get("label").asText()).isEqualTo("Order naloxone for opioid overdose reversal");
        var action = suggestion.get("actions").get(0);
        assertThat(action.get("type").asText()).isEqualTo("create");
        assertThat(action.get("resource").toString()).isEqualTo("{\"resourceType\":\"MedicationRequest\","
                + "\"status\":\"draft\",\"intent\":\"proposal\",\"medicationCodeableConcept\":{\"coding\":[{"
                + "\"system\":\"http://www.nlm.nih.gov/research/umls/rxnorm\",\"code\":\"7242\",\"display\":\"naloxone\"}],"
                + "\"text\":\"naloxone\"},\"subject\":{\"reference\":\"Patient/123\"}}");
        assertThat(card.get("overrideReasons")).extracting(r -> r.get("code").asText())
                .containsExactly("clinically-appropriate", "already-addressed", "record-incorrect", "patient-declined");
    }

    @Test
    void test_infoFinding_isAnInfoCardWithoutOverrideReasons() {
        Finding f = new Finding("incentive.schedule.maximum", Severity.INFO, "Maximum earnings $997.50",
                "incentive.schedule", List.of(MCKAY));

        var card = CardWriter.cards(List.of(f), HOOK, "123").get(0);

        assertThat(card.get("indicator").asText()).isEqualTo("info");
        assertThat(card.has("overrideReasons")).isFalse();
        assertThat(card.has("suggestions")).isFalse();
    }

    @Test
    void test_summary_isCutBelow140CharactersAtAWord() {
        String longMessage = "word ".repeat(40).strip();

        String summary = CardWriter.summary(longMessage);

        assertThat(summary).hasSizeLessThan(140).endsWith("word\u2026");
        assertThat(CardWriter.summary("x".repeat(139))).isEqualTo("x".repeat(139));
        assertThat(CardWriter.summary("x".repeat(140))).isEqualTo("x".repeat(138) + "\u2026");
    }

    @Test
    void test_sameCodeAndPathTwice_getDistinctDeterministicUuids() {
        Finding a = new Finding("care.attendance.below-threshold", Severity.WARNING, "a", "plan.attendance", List.of(MCKAY));
        Finding b = new Finding("care.attendance.below-threshold", Severity.WARNING, "b", "plan.attendance", List.of(MCKAY));

        ArrayNode first = CardWriter.cards(List.of(a, b), HOOK, "1");
        ArrayNode again = CardWriter.cards(List.of(a, b), HOOK, "1");

        assertThat(first.get(0).get("uuid")).isNotEqualTo(first.get(1).get("uuid"));
        assertThat(first).isEqualTo(again);
    }

    @Test
    void test_url_isTakenFromTheCitationWhenItHasOne() {
        assertThat(CardWriter.url(CdsHooksRules.PREFETCH_SPEC)).contains("https://cds-hooks.hl7.org/2.0/#prefetch-template");
        assertThat(CardWriter.url(CFR)).isEmpty();
    }
}
