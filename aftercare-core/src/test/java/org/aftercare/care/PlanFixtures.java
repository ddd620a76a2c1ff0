package org.aftercare.care;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.aftercare.Answer;
import org.aftercare.Evaluation;
import org.aftercare.EvaluationContext;
import org.aftercare.MoudStatus;
import org.aftercare.OudMedication;
import org.aftercare.PatientContext;
import org.aftercare.Policy;
import org.aftercare.PolicyLayer;

/**
 * A clean baseline plan (no findings when validated before it starts) and helpers to validate
 * variations of it.
 *
 * <p>Baseline: adult aged 34 with OUD on buprenorphine, no co-occurring disorder, no needs; ASAM
 * 2.1 outpatient for 12 weeks from Monday 2026-03-02 to Sunday 2026-05-24; CBT Mondays 1 h (12
 * sessions) plus group therapy Tuesday-Thursday 2 h 40 min: 9 h a week; continuing care for 12 months.
 */
final class PlanFixtures {
    static final ZoneId ZONE = ZoneId.of("America/New_York");
    static final LocalDate START = LocalDate.of(2026, 3, 2);
    static final LocalDate END = LocalDate.of(2026, 5, 24);
    static final LocalDate BEFORE_START = LocalDate.of(2026, 2, 27);

    private PlanFixtures() {
    }

    static PatientContext adult() {
        return PatientContext.builder().ageYears(34).opioidUseDisorder(Answer.YES)
                .coOccurringMentalHealthDisorder(Answer.NO).pregnant(Answer.NO).build();
    }

    static PlannedService cbt() {
        return PlannedService.inPerson(Modality.COGNITIVE_BEHAVIOURAL_THERAPY,
                SessionSchedule.weekly(Duration.ofHours(1), START, END, MONDAY));
    }

    static PlannedService group(Duration length) {
        return group(length, START, END);
    }

    /** Group therapy Tuesday to Thursday between two dates, both inclusive. */
    static PlannedService group(Duration length, LocalDate from, LocalDate to) {
        return PlannedService.inPerson(Modality.GROUP_THERAPY,
                SessionSchedule.weekly(length, from, to, TUESDAY, WEDNESDAY, THURSDAY));
    }

    static AftercarePlan.Builder baseline() {
        return AftercarePlan.builder()
                .patient(adult())
                .placement(CarePlacement.of(AsamLevel.V3_2_1, CareSetting.OUTPATIENT, START, END))
                .steppingDownFrom(AsamLevel.V3_3_5)
                .service(cbt())
                .service(group(Duration.ofMinutes(160)))
                .moud(MoudStatus.receiving(OudMedication.BUPRENORPHINE))
                .continuingCare(START, START.plusMonths(12).minusDays(1));
    }

    static Policy policy(PolicyLayer... overlays) {
        Policy p = Policy.of("test", List.of(CarePolicies.evidenceDefaults()));
        for (PolicyLayer l : overlays) {
            p = p.withLayer(l);
        }
        return p;
    }

    static Evaluation validate(AftercarePlan plan, LocalDate asOf, PolicyLayer... overlays) {
        return PlanValidation.validate(plan, EvaluationContext.of(asOf.atTime(LocalTime.NOON).atZone(ZONE).toInstant(), ZONE,
                policy(overlays)));
    }

    static Evaluation validate(AftercarePlan plan, PolicyLayer... overlays) {
        return validate(plan, BEFORE_START, overlays);
    }

    static List<String> codes(Evaluation e) {
        List<String> codes = new ArrayList<>();
        e.findings().forEach(f -> codes.add(f.code()));
        return codes;
    }
}
