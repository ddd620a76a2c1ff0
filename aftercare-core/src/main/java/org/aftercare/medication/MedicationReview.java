package org.aftercare.medication;

import java.util.Objects;
import org.aftercare.PatientContext;
import org.aftercare.RuleContext;

/**
 * The entry point that runs every medication rule on a record, such as a buprenorphine induction 11 h after
 * heroin giving {@code ERROR medication.buprenorphine.induction-too-early}.
 *
 * <pre>{@code
 * RuleContext ctx = RuleContext.of(EvaluationContext.of(asOf, clinicZone, MedicationPolicies.usDefault()));
 * MedicationReview.evaluate(record, patient, ctx);
 * Evaluation result = ctx.toEvaluation();
 * }</pre>
 *
 * <p>Missing data never passes: an unknown last use, a missing COWS, a missing drug test or a threshold not in
 * force each gives a finding saying what is missing. Rules run in a fixed order; findings are sorted by the evaluation. Hour windows are compared as instants;
 * treatment days are dates in {@code ctx.zone()}. Event rules (an induction, a first methadone day, a take-home
 * supply) read the thresholds in force on the event's date; status rules (overdue injections, overdose-risk
 * windows, missing tests) read those in force on {@code ctx.today()}.
 *
 * @since 0.1.0
 */
public final class MedicationReview {
    private MedicationReview() {
    }

    /**
     * Runs every medication rule and reports the findings into the context.
     *
     * @param record  the medication record, not null
     * @param patient  the patient facts (pregnancy qualifies the methadone-without-EDDP message), not null
     * @param ctx  the rule context to read thresholds from and report into, not null
     */
    public static void evaluate(MedicationRecord record, PatientContext patient, RuleContext ctx) {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(ctx, "ctx");
        BuprenorphineInductionRule.check(record, ctx);
        BuprenorphineDailyDoseRule.check(record, ctx);
        LowDoseInductionRule.check(record, ctx);
        SublocadeRule.check(record, ctx);
        BrixadiRule.check(record, ctx);
        MethadoneFirstDayRule.check(record, ctx);
        MethadoneTitrationRule.check(record, ctx);
        MethadoneRestartRule.check(record, ctx);
        MethadoneQtcRule.check(record, ctx);
        TakeHomeRule.check(record, ctx);
        NaltrexoneStartRule.check(record, ctx);
        NaltrexoneAgonistRule.check(record, ctx);
        XrNaltrexoneRule.check(record, ctx);
        AdjunctRule.check(record, ctx);
        OverdoseRiskRule.check(record, ctx);
        UrineMarkerRule.check(record, patient, ctx);
    }
}
