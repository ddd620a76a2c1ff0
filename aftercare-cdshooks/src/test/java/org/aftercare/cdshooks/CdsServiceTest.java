package org.aftercare.cdshooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.aftercare.Finding;
import org.aftercare.Severity;
import org.aftercare.evaluation.RuleCatalog;
import org.junit.jupiter.api.Test;

class CdsServiceTest {
    private static final CdsService SELECT = CdsService.standard().get(0);
    private static final CdsService SIGN = CdsService.standard().get(1);
    private static final CdsService VIEW = CdsService.standard().get(2);

    private static Finding finding(String code) {
        return new Finding(code, Severity.WARNING, "m", "p", List.of(CdsHooksRules.PREFETCH_SPEC));
    }

    @Test
    void test_orderServices_showMedicationOrderChecks_patientViewShowsTheSummary() {
        for (String code : List.of("medication.buprenorphine.induction-too-early", "medication.induction.last-use-unknown",
                "medication.take-home.above-ladder", "medication.naltrexone.with-opioid-agonist",
                "medication.adjunct.above-limit", "medication.methadone.first-day-above-cap")) {
            assertThat(SELECT.shows(finding(code))).as(code).isTrue();
            assertThat(SIGN.shows(finding(code))).as(code).isTrue();
            assertThat(VIEW.shows(finding(code))).as(code).isFalse();
        }
        for (String code : List.of("medication.overdose-risk.naloxone", "care.relapse.overdose-risk",
                "medication.naltrexone.xr-interval-ending", "incentive.cap.withheld", "incentive.schedule.maximum",
                "care.continuing-care.below-minimum", "care.attendance.below-threshold", "care.moud.not-documented")) {
            assertThat(VIEW.shows(finding(code))).as(code).isTrue();
            assertThat(SIGN.shows(finding(code))).as(code).isFalse();
        }
        for (String code : List.of("fhir.unmapped-code", "policy.threshold.not-in-force", "cdshooks.prefetch.missing")) {
            assertThat(SELECT.shows(finding(code)) && SIGN.shows(finding(code)) && VIEW.shows(finding(code))).isTrue();
        }
        assertThat(VIEW.shows(finding("care.intensity.below-level-minimum"))).isFalse();
    }

    @Test
    void test_everyPrefixNamesAtLeastOneCatalogCode() {
        for (CdsService s : CdsService.standard()) {
            for (String prefix : s.codePrefixes()) {
                assertThat(RuleCatalog.all()).as(s.id() + " " + prefix).anyMatch(d -> d.code().startsWith(prefix));
            }
        }
    }

    @Test
    void test_invalidServices_areRejected() {
        assertThatThrownBy(() -> new CdsService("Bad Id", Hook.PATIENT_VIEW, "t", "d", Map.of(), List.of("care.")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("service id must be lowercase letters, digits and hyphens: Bad Id");
        assertThatThrownBy(() -> new CdsService("x", Hook.PATIENT_VIEW, "t", "d",
                Map.of("p", "Patient/{{context.userId}}"), List.of("care.")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("prefetch template must be a FHIR query using only {{context.patientId}}: Patient/{{context.userId}}");
        assertThatThrownBy(() -> new CdsService("x", Hook.PATIENT_VIEW, "t", "d", Map.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
