package org.aftercare.examples;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.aftercare.Answer;
import org.aftercare.MoudStatus;
import org.aftercare.OudMedication;
import org.aftercare.PatientContext;
import org.aftercare.evaluation.EvaluationRequest;
import org.aftercare.evaluation.StandardPolicies;
import org.aftercare.medication.CowsAssessment;
import org.aftercare.medication.Dose;
import org.aftercare.medication.DoseEvent;
import org.aftercare.medication.Formulation;
import org.aftercare.medication.MedicationPolicies;
import org.aftercare.medication.MedicationRecord;
import org.aftercare.medication.OpioidExposure;
import org.aftercare.medication.OpioidKind;
import org.aftercare.medication.Regimen;
import org.aftercare.medication.RegimenPhase;
import org.aftercare.medication.TakeHomeCriteriaAssessment;
import org.aftercare.medication.TakeHomeRequest;

/**
 * Sample medication requests, such as a buprenorphine induction one hour too early after heroin.
 *
 * @since 0.1.0
 */
public final class SampleMedications {
    private SampleMedications() {
    }

    /**
     * Returns the medication samples, in demo order.
     *
     * @return the samples, not null
     */
    public static List<Sample> all() {
        return List.of(buprenorphineInductionTooEarly(), methadoneTakeHomeInVirginia());
    }

    /**
     * Heroin last used at 21:00; COWS 9 at 07:45 the next morning; a first 4 mg dose of
     * buprenorphine/naloxone is recorded at 08:00, eleven hours after use. The default wait after a
     * short-acting opioid is 12 hours, so the dose is too early, and the forecast gives 09:00.
     *
     * @return the sample, not null
     */
    public static Sample buprenorphineInductionTooEarly() {
        MedicationRecord record = MedicationRecord.builder()
                .regimen(Regimen.of(Formulation.BUPRENORPHINE_NALOXONE_SUBLINGUAL, RegimenPhase.INDUCTION,
                        LocalDate.of(2026, 3, 2)))
                .opioidExposure(OpioidExposure.lastUsed(OpioidKind.SHORT_ACTING, local("2026-03-01T21:00")))
                .cows(CowsAssessment.of(local("2026-03-02T07:45"), 1, 1, 1, 0, 2, 0, 2, 0, 0, 2, 0))
                .dose(DoseEvent.administered(Formulation.BUPRENORPHINE_NALOXONE_SUBLINGUAL, Dose.ofMilligrams("4"),
                        local("2026-03-02T08:00")))
                .build();
        PatientContext patient = PatientContext.builder().ageYears(34).opioidUseDisorder(Answer.YES)
                .pregnant(Answer.NO).build();
        return new Sample("buprenorphine-induction-too-early", "Buprenorphine induction 11 hours after heroin",
                EvaluationRequest.builder(local("2026-03-02T08:05"), SamplePlans.ZONE)
                        .policy(StandardPolicies.usDefault())
                        .patient(patient)
                        .moud(MoudStatus.receiving(OudMedication.BUPRENORPHINE))
                        .medication(record)
                        .build());
    }

    /**
     * Methadone since 2026-01-05 in a Virginia opioid treatment programme; on treatment day 10 the
     * clinic asks for a 7-day take-home supply including one closure day. The federal 2024 ladder
     * allows it; Virginia's stricter ladder (5 days including closures) wins.
     *
     * @return the sample, not null
     */
    public static Sample methadoneTakeHomeInVirginia() {
        MedicationRecord record = MedicationRecord.builder()
                .regimen(Regimen.of(Formulation.METHADONE_ORAL_LIQUID, RegimenPhase.MAINTENANCE, LocalDate.of(2026, 1, 5)))
                .takeHomeCriteriaAssessment(new TakeHomeCriteriaAssessment(LocalDate.of(2026, 1, 13), 6))
                .takeHomeRequest(TakeHomeRequest.of(OudMedication.METHADONE, LocalDate.of(2026, 1, 14), 7, 1))
                .build();
        PatientContext patient = PatientContext.builder().ageYears(41).opioidUseDisorder(Answer.YES)
                .pregnant(Answer.NO).build();
        return new Sample("methadone-take-home-virginia", "Methadone take-home request on treatment day 10 in Virginia",
                EvaluationRequest.builder(local("2026-01-14T09:00"), SamplePlans.ZONE)
                        .policy(StandardPolicies.named(StandardPolicies.US_DEFAULT, List.of(MedicationPolicies.VIRGINIA)))
                        .patient(patient)
                        .moud(MoudStatus.receiving(OudMedication.METHADONE))
                        .medication(record)
                        .build());
    }

    private static Instant local(String dateTime) {
        return LocalDateTime.parse(dateTime).atZone(SamplePlans.ZONE).toInstant();
    }
}
