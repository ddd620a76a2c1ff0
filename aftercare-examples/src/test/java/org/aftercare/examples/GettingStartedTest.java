package org.aftercare.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.aftercare.care.AftercarePlan;
import org.aftercare.evaluation.Aftercare;
import org.aftercare.evaluation.AftercareReport;
import org.aftercare.evaluation.EvaluationRequest;
import org.aftercare.medication.MedicationForecast;
import org.junit.jupiter.api.Test;

/** The steps the README and the guides quote from {@link GettingStarted} give exactly these outcomes. */
class GettingStartedTest {
    @Test
    void firstEvaluation_printsEveryFinding() {
        AftercareReport[] report = new AftercareReport[1];
        String printed = capture(() -> report[0] = GettingStarted.firstEvaluation());

        assertThat(printed).isEqualTo("WARNING care.plan.no-relapse-prevention at plan.services: None of the 1 planned"
                + " services is a relapse-prevention component\n"
                + "INFO policy.threshold.not-in-force at plan.attendance: No threshold 'care.attendance.minimum-adherence'"
                + " (least share of sessions attended over a recent window) is in force on 2026-03-02 in policy us-default;"
                + " the rule could not be applied\n");
        assertThat(report[0].evaluation().hasErrors()).isFalse();
    }

    @Test
    void earliestBuprenorphineStart_isTheRequiredWaitAfterFentanyl() {
        MedicationForecast.EarliestInduction[] f = new MedicationForecast.EarliestInduction[1];
        String printed = capture(() -> f[0] = GettingStarted.earliestBuprenorphineStart());

        assertThat(printed).isEqualTo("earliest first dose: 2026-03-02T21:00-05:00[America/New_York] (24 h after FENTANYL,"
                + " J. Burson, OTP physician blog fentanyl; COWS start, 2021: some clinicians wait 24-48 h after fentanyl;"
                + " lower end applied [S])\n");
        assertThat(f[0].requiredWait()).isEqualTo(Duration.ofHours(24));
        assertThat(f[0].layer()).isEqualTo("us-federal-medication");
    }

    @Test
    void withClinicOverride_appliesTheClinicThresholdAndCitesItsDocument() {
        EvaluationRequest sample = SamplePlans.adultLeaving37WithCoOccurringDisorder().request();
        AftercarePlan plan = sample.plan().orElseThrow();

        AftercareReport report = GettingStarted.withClinicOverride(plan, sample.context().asOf(), sample.context().zone());

        assertThat(report.evaluation().findings("policy.threshold.not-in-force")).isEmpty();
        assertThat(report.evaluation().appliedThresholds()).filteredOn(t -> t.key().equals("care.attendance.minimum-adherence"))
                .singleElement().satisfies(t -> {
                    assertThat(t.layer()).isEqualTo("clinic:riverside");
                    assertThat(t.citation().toString()).isEqualTo(
                            "Riverside Recovery Center continuing-care protocol section 6.1, version 2026-01 [L]");
                });
        assertThat(report).isEqualTo(Aftercare.evaluate(sample));
    }

    private static String capture(Runnable r) {
        PrintStream old = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            r.run();
        } finally {
            System.setOut(old);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
