package org.aftercare.medication;

import static org.aftercare.medication.Timelines.at;
import static org.aftercare.medication.Timelines.context;
import static org.aftercare.medication.Timelines.date;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Period;
import java.util.List;
import org.aftercare.OudMedication;
import org.aftercare.Policy;
import org.junit.jupiter.api.Test;

class MedicationForecastsTest {

    @Test
    void earliestBuprenorphineStart_isTwelveHoursAfterHeroin_andTwentyFourAfterMethadone() {
        MedicationRecord r = MedicationRecord.builder()
                .regimen(Regimen.of(Formulation.BUPRENORPHINE_SUBLINGUAL, RegimenPhase.INDUCTION, date("2026-03-02")))
                .opioidExposure(OpioidExposure.lastUsed(OpioidKind.SHORT_ACTING, at("2026-03-01T21:00")))
                .build();
        assertThat(MedicationForecasts.forecast(r, context("2026-03-02T06:00", MedicationPolicies.usDefault())))
                .containsExactly(new MedicationForecast.EarliestInduction(OudMedication.BUPRENORPHINE, 0,
                        at("2026-03-02T09:00"), OpioidKind.SHORT_ACTING, Duration.ofHours(12), "us-federal-medication",
                        MedicationPolicies.federalBaseline().inForce(MedicationPolicyKeys.BUPRENORPHINE_WAIT_SHORT_ACTING,
                                date("2026-03-02")).orElseThrow().citation()));
        MedicationRecord withMethadone = r.toBuilder()
                .opioidExposure(OpioidExposure.lastUsed(OpioidKind.METHADONE, at("2026-03-01T08:00"))).build();
        assertThat(MedicationForecasts.forecast(withMethadone, context("2026-03-02T06:00", MedicationPolicies.usDefault())))
                .singleElement().isInstanceOfSatisfying(MedicationForecast.EarliestInduction.class, f -> {
                    assertThat(f.earliest()).isEqualTo(at("2026-03-02T09:00"));
                    assertThat(f.bindingKind()).isEqualTo(OpioidKind.SHORT_ACTING);
                });
    }

    @Test
    void noForecast_whenLastUseUnknown_orAfterTheFirstDose() {
        MedicationRecord unknown = MedicationRecord.builder()
                .regimen(Regimen.of(Formulation.BUPRENORPHINE_SUBLINGUAL, RegimenPhase.INDUCTION, date("2026-03-02")))
                .opioidExposure(OpioidExposure.lastUseUnknown(OpioidKind.SHORT_ACTING))
                .build();
        assertThat(MedicationForecasts.forecast(unknown, context("2026-03-02T06:00", MedicationPolicies.usDefault()))).isEmpty();
    }

    @Test
    void earliestNaltrexoneStart_isFourteenDaysAfterBuprenorphine() {
        MedicationRecord r = MedicationRecord.builder()
                .regimen(Regimen.of(Formulation.NALTREXONE_XR_INJECTION, RegimenPhase.INDUCTION, date("2026-04-01")))
                .opioidExposure(OpioidExposure.lastUsed(OpioidKind.BUPRENORPHINE, at("2026-04-01T08:00")))
                .build();
        assertThat(MedicationForecasts.forecast(r, context("2026-04-01T09:00", MedicationPolicies.usDefault())))
                .singleElement().isInstanceOfSatisfying(MedicationForecast.EarliestInduction.class,
                        f -> assertThat(f.earliest()).isEqualTo(at("2026-04-15T08:00")));
    }

    private static MedicationRecord methadoneSince(String start) {
        return MedicationRecord.builder()
                .regimen(Regimen.of(Formulation.METHADONE_ORAL_LIQUID, RegimenPhase.MAINTENANCE, date(start)))
                .build();
    }

    @Test
    void nextTakeHomeStep_under2024_isDay15WithFourteenDays() {
        assertThat(MedicationForecasts.forecast(methadoneSince("2026-01-05"), context("2026-01-14T09:00",
                MedicationPolicies.usDefault())))
                .singleElement().isInstanceOfSatisfying(MedicationForecast.TakeHomeStep.class, f -> {
                    assertThat(f.date()).isEqualTo(date("2026-01-19"));
                    assertThat(f.treatmentDay()).isEqualTo(15);
                    assertThat(f.maxSupplyDays()).isEqualTo(14);
                    assertThat(f.layer()).isEqualTo("us-federal-medication");
                });
    }

    @Test
    void nextTakeHomeStep_withVirginia_skipsFederalDay15_becauseVirginiaStillCapsAtFive() {
        Policy va = MedicationPolicies.usDefault().withLayer(MedicationPolicies.virginia());
        assertThat(MedicationForecasts.forecast(methadoneSince("2026-01-05"), context("2026-01-14T09:00", va)))
                .singleElement().isInstanceOfSatisfying(MedicationForecast.TakeHomeStep.class, f -> {
                    assertThat(f.treatmentDay()).isEqualTo(31);
                    assertThat(f.maxSupplyDays()).isEqualTo(14);
                    assertThat(f.layer()).isEqualTo("virginia-12vac35-105-990");
                });
    }

    @Test
    void nextTakeHomeStep_acrossTheRuleChange_usesTheLadderInForceOnThatDate() {
        // Day 100 under the 2001 ladder (2 per week); on 2024-04-02 (day 122) the 2024 ladder allows 28 days.
        assertThat(MedicationForecasts.forecast(methadoneSince("2023-12-02"), context("2024-03-10T09:00",
                MedicationPolicies.usDefault())))
                .singleElement().isInstanceOfSatisfying(MedicationForecast.TakeHomeStep.class, f -> {
                    assertThat(f.date()).isEqualTo(date("2024-04-02"));
                    assertThat(f.maxSupplyDays()).isEqualTo(28);
                });
    }

    @Test
    void xrInjectionDue_isFourWeeksAfterTheLast() {
        MedicationRecord r = MedicationRecord.builder()
                .regimen(Regimen.of(Formulation.NALTREXONE_XR_INJECTION, RegimenPhase.MAINTENANCE, date("2026-01-05")))
                .dose(DoseEvent.administered(Formulation.NALTREXONE_XR_INJECTION, Dose.ofMilligrams("380"), at("2026-01-05T10:00")))
                .dose(DoseEvent.administered(Formulation.NALTREXONE_XR_INJECTION, Dose.ofMilligrams("380"), at("2026-02-02T10:00")))
                .build();
        List<MedicationForecast> forecasts = MedicationForecasts.forecast(r, context("2026-02-10T09:00",
                MedicationPolicies.usDefault()));
        assertThat(forecasts).singleElement().isInstanceOfSatisfying(MedicationForecast.InjectionDue.class, f -> {
            assertThat(f.lastInjection()).isEqualTo(date("2026-02-02"));
            assertThat(f.due()).isEqualTo(date("2026-03-02"));
            assertThat(f.interval()).isEqualTo(Period.ofDays(28));
            assertThat(f.path()).isEqualTo("medication.regimens[0]");
        });
    }
}
