package org.aftercare.medication;

import static org.aftercare.medication.Timelines.at;
import static org.aftercare.medication.Timelines.context;
import static org.aftercare.medication.Timelines.date;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.aftercare.Citation;
import org.aftercare.EffectivePeriod;
import org.aftercare.OudMedication;
import org.aftercare.Policy;
import org.aftercare.PolicyLayer;
import org.junit.jupiter.api.Test;

/**
 * Forecasts across a clinic policy that changes on a date in the future: the earliest induction is re-read as of the
 * date it lands on, and the next take-home step can fall on the day a ladder ends or the day one begins.
 */
class ForecastPolicyChangeTest {
    private static final Citation PROTOCOL = Citation.local("Sunrise Clinic aftercare protocol", "4.2", "2026-01");

    private static MedicationRecord methadoneSince(String start) {
        return MedicationRecord.builder()
                .regimen(Regimen.of(Formulation.METHADONE_ORAL_LIQUID, RegimenPhase.MAINTENANCE, date(start)))
                .build();
    }

    private static MedicationForecast.TakeHomeStep onlyStep(MedicationRecord r, String asOfLocal, Policy policy) {
        List<MedicationForecast> forecasts = MedicationForecasts.forecast(r, context(asOfLocal, policy));
        assertThat(forecasts).singleElement().isInstanceOf(MedicationForecast.TakeHomeStep.class);
        return (MedicationForecast.TakeHomeStep) forecasts.get(0);
    }

    @Test
    void takeHomeStep_fallsOnTheDayAStricterClinicLadderEnds() {
        // the clinic caps take-homes at 2 days until 2026-03-01; then the federal 2024 ladder (28 days from day 31) binds
        PolicyLayer clinic = PolicyLayer.builder("sunrise-clinic", "Sunrise Clinic take-home pilot")
                .set(MedicationPolicyKeys.TAKE_HOME_LADDER, TakeHomeLadder.of(TakeHomeTier.perDispensing(1, 2, false)),
                        PROTOCOL, EffectivePeriod.between(date("2026-01-01"), date("2026-03-01")))
                .build();
        MedicationForecast.TakeHomeStep step = onlyStep(methadoneSince("2026-01-05"), "2026-02-10T09:00",
                MedicationPolicies.usDefault().withLayer(clinic));
        assertThat(step.medication()).isEqualTo(OudMedication.METHADONE);
        assertThat(step.regimenIndex()).isZero();
        assertThat(step.path()).isEqualTo("medication.regimens[0]");
        assertThat(step.date()).isEqualTo(date("2026-03-01"));
        assertThat(step.treatmentDay()).isEqualTo(56);
        assertThat(step.maxSupplyDays()).isEqualTo(28);
        assertThat(step.layer()).isEqualTo("us-federal-medication");
    }

    @Test
    void takeHomeStep_fallsOnTheDayALadderBegins_afterAGapWithNoLadder() {
        // a policy whose only ladder lapses on 2026-03-01 and a more generous one begins on 2026-03-15: during the gap
        // there is no allowance to step up to, so the step is the day the new ladder begins
        PolicyLayer clinic = PolicyLayer.builder("sunrise-clinic", "Sunrise Clinic take-home ladders")
                .set(MedicationPolicyKeys.TAKE_HOME_LADDER, TakeHomeLadder.of(TakeHomeTier.perDispensing(1, 2, false)),
                        PROTOCOL, EffectivePeriod.until(date("2026-03-01")))
                .set(MedicationPolicyKeys.TAKE_HOME_LADDER, TakeHomeLadder.of(TakeHomeTier.perDispensing(1, 14, false)),
                        PROTOCOL, EffectivePeriod.from(date("2026-03-15")))
                .build();
        MedicationForecast.TakeHomeStep step = onlyStep(methadoneSince("2026-01-05"), "2026-02-10T09:00",
                Policy.of("sunrise", List.of(clinic)));
        assertThat(step.date()).isEqualTo(date("2026-03-15"));
        assertThat(step.treatmentDay()).isEqualTo(70);
        assertThat(step.maxSupplyDays()).isEqualTo(14);
        assertThat(step.layer()).isEqualTo("sunrise-clinic");
        assertThat(step.citation()).isEqualTo(PROTOCOL);
    }

    @Test
    void earliestNaltrexoneStart_isReReadAsOfTheDayItLandsOn_whenTheWindowLengthensBeforeThen() {
        // heroin last used 2026-03-01 20:00; the federal 7 days would end on 2026-03-08, but from 2026-03-05 the
        // clinic asks for 10 days, so the forecast is 2026-03-11 (a check on 2026-03-08 would apply 10 days too)
        PolicyLayer tenDaysFromMarch5 = PolicyLayer.builder("sunrise-clinic", "Sunrise Clinic naltrexone window")
                .set(MedicationPolicyKeys.NALTREXONE_FREE_SHORT_ACTING, Duration.ofDays(10), PROTOCOL,
                        EffectivePeriod.from(date("2026-03-05")))
                .build();
        MedicationRecord r = MedicationRecord.builder()
                .regimen(Regimen.of(Formulation.NALTREXONE_XR_INJECTION, RegimenPhase.INDUCTION, date("2026-03-02")))
                .opioidExposure(OpioidExposure.lastUsed(OpioidKind.SHORT_ACTING, at("2026-03-01T20:00")))
                .build();
        List<MedicationForecast> forecasts = MedicationForecasts.forecast(r, context("2026-03-02T09:00",
                MedicationPolicies.usDefault().withLayer(tenDaysFromMarch5)));
        assertThat(forecasts).singleElement().isInstanceOfSatisfying(MedicationForecast.EarliestInduction.class, f -> {
            assertThat(f.medication()).isEqualTo(OudMedication.NALTREXONE);
            assertThat(f.path()).isEqualTo("medication.regimens[0]");
            assertThat(f.earliest()).isEqualTo(at("2026-03-11T21:00"));
            assertThat(f.bindingKind()).isEqualTo(OpioidKind.SHORT_ACTING);
            assertThat(f.requiredWait()).isEqualTo(Duration.ofDays(10));
            assertThat(f.layer()).isEqualTo("sunrise-clinic");
        });
        // without the clinic layer: 7 days of 24 h, ending at 21:00 local across the 2026-03-08 DST change
        assertThat(MedicationForecasts.forecast(r, context("2026-03-02T09:00", MedicationPolicies.usDefault())))
                .singleElement().isInstanceOfSatisfying(MedicationForecast.EarliestInduction.class, f -> {
                    assertThat(f.earliest()).isEqualTo(at("2026-03-08T21:00"));
                    assertThat(f.requiredWait()).isEqualTo(Duration.ofDays(7));
                    assertThat(f.layer()).isEqualTo("us-federal-medication");
                });
    }
}
