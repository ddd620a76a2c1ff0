package org.aftercare.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.aftercare.Finding;
import org.aftercare.Severity;
import org.aftercare.evaluation.Aftercare;
import org.aftercare.evaluation.AftercareReport;
import org.junit.jupiter.api.Test;

/** The sample plans' exact findings: what ./aftercare demo shows. */
class SamplePlansTest {

    private static AftercareReport evaluate(Sample sample) {
        return Aftercare.evaluate(sample.request());
    }

    @Test
    void stepDownFromResidentialToIopOnlyHasTaperAndHousingNotes() {
        AftercareReport r = evaluate(SamplePlans.stepDownResidentialToIop());
        assertThat(r.evaluation().findings()).extracting(Finding::severity, Finding::code, Finding::path).containsExactly(
                tuple(Severity.INFO, "care.intensity.step-down-taper", "plan.services"),
                tuple(Severity.INFO, "care.recovery-housing.stay-below-evidence", "plan.services[3].schedule"));
        assertThat(r.evaluation().findings().get(1).message()).isEqualTo("Recovery housing / sober living stay is planned "
                + "for 90 days (2026-03-02 to 2026-05-30); the evidence supports at least P6M");
    }

    @Test
    void adolescentOutpatientLacksMoudDocumentationAndRelapsePrevention() {
        AftercareReport r = evaluate(SamplePlans.adolescentOutpatient());
        assertThat(r.evaluation().findings()).extracting(Finding::severity, Finding::code, Finding::path).containsExactly(
                tuple(Severity.WARNING, "care.moud.not-documented", "plan.moud"),
                tuple(Severity.WARNING, "care.plan.no-relapse-prevention", "plan.services"),
                tuple(Severity.INFO, "care.co-occurring.not-documented", "plan.patient.coOccurringMentalHealthDisorder"));
        assertThat(r.evaluation().appliedThresholds()).anySatisfy(a -> {
            assertThat(a.key()).isEqualTo("care.weekly-hours.asam3.1.adolescent");
            assertThat(a.value()).isEqualTo("< 6 h/week");
        });
    }

    @Test
    void adultLeaving37ShowsEveryGapAndRelapsePromptsUnderTheClinicPolicy() {
        AftercareReport r = evaluate(SamplePlans.adultLeaving37WithCoOccurringDisorder());
        assertThat(r.evaluation().policyName()).isEqualTo("us-default+clinic:riverside");
        assertThat(r.evaluation().findings()).extracting(Finding::severity, Finding::code, Finding::path).containsExactly(
                tuple(Severity.WARNING, "care.attendance.below-threshold", "plan.attendance"),
                tuple(Severity.WARNING, "care.co-occurring.no-mental-health-service", "plan.services"),
                tuple(Severity.WARNING, "care.continuing-care.below-minimum", "plan.continuingCare.end"),
                tuple(Severity.WARNING, "care.relapse.overdose-risk", "plan.relapses[0]"),
                tuple(Severity.WARNING, "care.relapse.re-engagement", "plan.relapses[0]"),
                tuple(Severity.WARNING, "care.wrap-around.unmet-need", "plan.patient.needs"));
        Finding attendance = r.evaluation().findings().get(0);
        assertThat(attendance.message()).isEqualTo("Attended 4 of 8 sessions (50%) from 2026-01-12 to 2026-01-25, below the "
                + "policy minimum of 75% over P14D: re-engage and consider a step-up in level of care");
        assertThat(attendance.citation().document()).isEqualTo("Riverside Recovery Center continuing-care protocol");
        assertThat(r.evaluation().findings()).noneMatch(f -> f.code().contains("fail"));
    }

    @Test
    void samplesHaveUniqueNames() {
        assertThat(SamplePlans.all()).extracting(Sample::name).doesNotHaveDuplicates();
    }
}
