package org.aftercare.medication;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.aftercare.Evaluation;
import org.aftercare.EvaluationContext;
import org.aftercare.Finding;
import org.aftercare.PatientContext;
import org.aftercare.Policy;
import org.aftercare.RuleContext;

/** Builds realistic clinic timelines for the medication tests: a clinic in New York, times in its local time. */
final class Timelines {
    static final ZoneId CLINIC = ZoneId.of("America/New_York");
    static final PatientContext PATIENT = PatientContext.builder().ageYears(34).build();

    private Timelines() {
    }

    /** The instant of a clinic-local date-time such as {@code "2026-03-02T08:00"}. */
    static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(CLINIC).toInstant();
    }

    static LocalDate date(String isoDate) {
        return LocalDate.parse(isoDate);
    }

    static RuleContext context(String asOfLocal, Policy policy) {
        return RuleContext.of(EvaluationContext.of(at(asOfLocal), CLINIC, policy));
    }

    static Evaluation review(MedicationRecord record, String asOfLocal, Policy policy) {
        RuleContext ctx = context(asOfLocal, policy);
        MedicationReview.evaluate(record, PATIENT, ctx);
        return ctx.toEvaluation();
    }

    static Evaluation review(MedicationRecord record, String asOfLocal) {
        return review(record, asOfLocal, MedicationPolicies.usDefault());
    }

    static List<Finding> findings(Evaluation evaluation, String code) {
        return evaluation.findings(code);
    }

    /** COWS total 8 with 2 objective signs (pulse 1, pupils 1, aches 2, GI 2, anxiety 2). */
    static CowsAssessment cowsEightTwoObjective(Instant at) {
        return CowsAssessment.of(at, 1, 0, 0, 1, 2, 0, 2, 0, 0, 2, 0);
    }

    /** COWS total 7 with 2 objective signs. */
    static CowsAssessment cowsSevenTwoObjective(Instant at) {
        return CowsAssessment.of(at, 1, 0, 0, 1, 2, 0, 2, 0, 0, 1, 0);
    }

    /** COWS total 8 with 1 objective sign (pulse 2, aches 2, GI 2, anxiety 2). */
    static CowsAssessment cowsEightOneObjective(Instant at) {
        return CowsAssessment.of(at, 2, 0, 0, 0, 2, 0, 2, 0, 0, 2, 0);
    }
}
