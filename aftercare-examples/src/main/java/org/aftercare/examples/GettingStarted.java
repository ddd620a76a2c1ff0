package org.aftercare.examples;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.WEDNESDAY;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import org.aftercare.Answer;
import org.aftercare.Citation;
import org.aftercare.Finding;
import org.aftercare.MoudStatus;
import org.aftercare.OudMedication;
import org.aftercare.PatientContext;
import org.aftercare.PolicyLayer;
import org.aftercare.care.AdherenceThreshold;
import org.aftercare.care.AftercarePlan;
import org.aftercare.care.AsamLevel;
import org.aftercare.care.CarePlacement;
import org.aftercare.care.CarePolicyKeys;
import org.aftercare.care.CareSetting;
import org.aftercare.care.Modality;
import org.aftercare.care.PlannedService;
import org.aftercare.care.SessionSchedule;
import org.aftercare.evaluation.Aftercare;
import org.aftercare.evaluation.AftercareReport;
import org.aftercare.evaluation.EvaluationRequest;
import org.aftercare.evaluation.StandardPolicies;
import org.aftercare.medication.Formulation;
import org.aftercare.medication.MedicationForecast;
import org.aftercare.medication.MedicationRecord;
import org.aftercare.medication.OpioidExposure;
import org.aftercare.medication.OpioidKind;
import org.aftercare.medication.Regimen;
import org.aftercare.medication.RegimenPhase;

/**
 * The first steps README.md, docs/getting-started.md and docs/concepts.md quote: a first plan
 * evaluation, a clinic's override of one threshold and a medication forecast. Compiled and run by
 * GettingStartedTest, so the guides cannot drift.
 *
 * @since 0.1.0
 */
public final class GettingStarted {
    private GettingStarted() {
    }

    /**
     * Evaluates a 12-week IOP plan (three 3-hour groups a week) after residential care.
     *
     * @return the report, not null
     */
    public static AftercareReport firstEvaluation() {
        // snippet:first-evaluation
        ZoneId clinicZone = ZoneId.of("America/New_York");
        LocalDate start = LocalDate.of(2026, 3, 2);
        LocalDate end = start.plusWeeks(12).minusDays(1);

        AftercarePlan plan = AftercarePlan.builder()
                .patient(PatientContext.builder().ageYears(29).opioidUseDisorder(Answer.YES)
                        .coOccurringMentalHealthDisorder(Answer.NO).pregnant(Answer.NO).build())
                .placement(CarePlacement.of(AsamLevel.V3_2_1, CareSetting.OUTPATIENT, start, end))
                .service(PlannedService.inPerson(Modality.GROUP_THERAPY,
                        SessionSchedule.weekly(Duration.ofHours(3), start, end, MONDAY, WEDNESDAY, FRIDAY)))
                .moud(MoudStatus.receiving(OudMedication.BUPRENORPHINE))
                .continuingCare(start, start.plusMonths(12).minusDays(1))
                .build();

        AftercareReport report = Aftercare.evaluate(
                EvaluationRequest.builder(start.atStartOfDay(clinicZone).toInstant(), clinicZone)
                        .policy(StandardPolicies.usDefault())
                        .plan(plan)
                        .build());
        for (Finding f : report.evaluation().findings()) {
            System.out.println(f.severity() + " " + f.code() + " at " + f.path() + ": " + f.message());
        }
        // end-snippet
        return report;
    }

    /**
     * Evaluates the first plan under a clinic policy that asks for 75% attendance over 14 days.
     *
     * @param plan  the plan, not null
     * @param asOf  the as-of instant, not null
     * @param zone  the clinic's zone, not null
     * @return the report, not null
     */
    public static AftercareReport withClinicOverride(AftercarePlan plan, Instant asOf, ZoneId zone) {
        // snippet:clinic-override
        PolicyLayer clinic = PolicyLayer.builder("clinic:riverside", "Riverside Recovery Center overrides")
                .set(CarePolicyKeys.MINIMUM_ADHERENCE,
                        AdherenceThreshold.of(Period.ofDays(14), new BigDecimal("0.75")),
                        Citation.local("Riverside Recovery Center continuing-care protocol", "section 6.1", "version 2026-01"))
                .build();

        AftercareReport report = Aftercare.evaluate(EvaluationRequest.builder(asOf, zone)
                .policy(StandardPolicies.usDefault().withLayer(clinic))   // every other threshold: the default
                .plan(plan)
                .build());
        // end-snippet
        return report;
    }

    /**
     * Forecasts the earliest buprenorphine start after fentanyl use.
     *
     * @return the forecast, not null
     */
    public static MedicationForecast.EarliestInduction earliestBuprenorphineStart() {
        // snippet:forecast
        ZoneId zone = ZoneId.of("America/New_York");
        Instant lastUse = LocalDateTime.parse("2026-03-01T21:00").atZone(zone).toInstant();
        MedicationRecord record = MedicationRecord.builder()
                .regimen(Regimen.of(Formulation.BUPRENORPHINE_NALOXONE_SUBLINGUAL, RegimenPhase.INDUCTION,
                        LocalDate.of(2026, 3, 2)))
                .opioidExposure(OpioidExposure.lastUsed(OpioidKind.FENTANYL, lastUse))
                .build();

        AftercareReport report = Aftercare.evaluate(EvaluationRequest.builder(lastUse.plusSeconds(3600), zone)
                .policy(StandardPolicies.usDefault())
                .patient(PatientContext.builder().ageYears(34).opioidUseDisorder(Answer.YES).pregnant(Answer.NO).build())
                .moud(MoudStatus.receiving(OudMedication.BUPRENORPHINE))
                .medication(record)
                .build());
        MedicationForecast.EarliestInduction earliest = report.forecasts().stream()
                .filter(MedicationForecast.EarliestInduction.class::isInstance)
                .map(MedicationForecast.EarliestInduction.class::cast)
                .findFirst().orElseThrow();
        System.out.println("earliest first dose: " + earliest.earliest().atZone(zone)
                + " (" + earliest.requiredWait().toHours() + " h after " + earliest.bindingKind() + ", "
                + earliest.citation() + ")");
        // end-snippet
        return earliest;
    }
}
