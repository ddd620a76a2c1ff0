package org.aftercare.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.aftercare.Finding;
import org.aftercare.Severity;
import org.aftercare.evaluation.Aftercare;
import org.aftercare.evaluation.AftercareReport;
import org.aftercare.medication.DoseEvent;
import org.aftercare.medication.Formulation;
import org.aftercare.medication.RegimenPhase;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.junit.jupiter.api.Test;

/** Draft orders are mapped as if carried out at their planned start, so core's medication rules judge them. */
class DraftOrderTest {
    static final ZoneId ZONE = ZoneId.of("America/New_York");
    static final Instant HEROIN = Instant.parse("2026-03-02T02:00:00Z");
    static final FhirMapper MAPPER = FhirRoundTripPropertiesTest.MAPPER;

    static FhirMapping draftBuprenorphine(Duration afterLastUse) {
        Instant start = HEROIN.plus(afterLastUse);
        MedicationRequest draft = Fhir.order("draft-1", Fhir.rx("buprenorphine 8 MG Sublingual Tablet", "1819"),
                "37839007", start, Fhir.mg("4"));
        return MAPPER.toRequest(FhirInput.builder(start, ZONE)
                .resource(Fhir.lastUse("use-1", HEROIN, "short-acting"))
                .draftOrder(draft).build());
    }

    static List<String> codes(AftercareReport report) {
        return report.evaluation().findings().stream().map(Finding::code).toList();
    }

    @Test
    void draftBuprenorphineElevenHoursAfterShortActingOpioidIsTooEarly() {
        FhirMapping mapping = draftBuprenorphine(Duration.ofHours(11));
        DoseEvent dose = mapping.request().medication().orElseThrow().doses().get(0);
        assertThat(dose).isEqualTo(DoseEvent.administered(Formulation.BUPRENORPHINE_SUBLINGUAL,
                org.aftercare.medication.Dose.ofMilligrams("4"), HEROIN.plus(Duration.ofHours(11))));
        assertThat(mapping.request().medication().orElseThrow().regimens().get(0).phase())
                .isEqualTo(RegimenPhase.INDUCTION);
        AftercareReport report = Aftercare.evaluate(mapping.request());
        Finding early = report.evaluation().findings().stream()
                .filter(f -> f.code().equals("medication.buprenorphine.induction-too-early")).findFirst().orElseThrow();
        assertThat(early.severity()).isEqualTo(Severity.ERROR);
        assertThat(early.path()).isEqualTo("medication.doses[0].at");
        assertThat(early.message()).contains("came 11 h after the last short-acting opioid use");
    }

    @Test
    void draftBuprenorphineTwelveHoursAfterShortActingOpioidIsNotTooEarly() {
        AftercareReport report = Aftercare.evaluate(draftBuprenorphine(Duration.ofHours(12)).request());
        assertThat(codes(report)).doesNotContain("medication.buprenorphine.induction-too-early");
    }

    @Test
    void draftWithoutPhaseIsAnInductionWhenNothingEarlierAndSaysSo() {
        FhirMapping mapping = draftBuprenorphine(Duration.ofHours(12));
        assertThat(mapping.findings()).containsExactly(FhirRules.INFERRED_VALUE.finding(Severity.INFO,
                "MedicationRequest/draft-1.extension('http://aftercare.org/fhir/StructureDefinition/regimen-phase')",
                "MedicationRequest states no regimen phase; taken as induction (no earlier order or dose of"
                        + " buprenorphine is in the input)",
                List.of(FhirRules.MAPPING_TABLES, FhirRules.specOf("MedicationRequest"))));
    }

    @Test
    void draftWithoutTimingStartsAtAuthoredOnElseAsOf() {
        Instant asOf = Instant.parse("2026-03-02T15:00:00Z");
        MedicationRequest noTime = Fhir.order("draft-2", Fhir.rx("buprenorphine sublingual", "1819"), "37839007", null,
                Fhir.mg("2"));
        FhirMapping m = MAPPER.toRequest(FhirInput.builder(asOf, ZONE).draftOrder(noTime).build());
        assertThat(m.request().medication().orElseThrow().doses().get(0).at()).isEqualTo(asOf);
        noTime.setAuthoredOnElement(Fhir.at(asOf.minusSeconds(3600)));
        m = MAPPER.toRequest(FhirInput.builder(asOf, ZONE).draftOrder(noTime).build());
        assertThat(m.request().medication().orElseThrow().doses().get(0).at()).isEqualTo(asOf.minusSeconds(3600));
    }

    @Test
    void draftWithoutDoseKeepsTheOrderAndReportsTheDose() {
        MedicationRequest noDose = Fhir.order("draft-3", Fhir.rx("buprenorphine sublingual", "1819"), "37839007",
                HEROIN, null);
        FhirMapping m = MAPPER.toRequest(FhirInput.builder(HEROIN, ZONE).draftOrder(noDose).build());
        assertThat(m.request().medication().orElseThrow().regimens()).hasSize(1);
        assertThat(m.request().medication().orElseThrow().doses()).isEmpty();
        assertThat(m.findings()).extracting(Finding::code, Finding::path).contains(
                org.assertj.core.groups.Tuple.tuple("fhir.missing-element",
                        "MedicationRequest/draft-3.dosageInstruction[0].doseAndRate[0].doseQuantity"));
    }
}
