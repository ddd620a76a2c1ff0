package org.aftercare.medication;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.aftercare.Evaluation;
import org.aftercare.EvaluationContext;
import org.aftercare.OudMedication;
import org.aftercare.Policy;
import org.aftercare.RuleContext;

/** A forecast earliest induction instant is exactly the first instant the check accepts. */
class InductionForecastPropertiesTest {
    private static final Instant BASE = Instant.parse("2026-03-01T00:00:00Z");

    @Provide
    Arbitrary<OpioidKind> timedKinds() {
        return Arbitraries.of(OpioidKind.SHORT_ACTING, OpioidKind.EXTENDED_RELEASE, OpioidKind.METHADONE,
                OpioidKind.FENTANYL, OpioidKind.BUPRENORPHINE);
    }

    @Provide
    Arbitrary<Policy> policies() {
        return Arbitraries.of(MedicationPolicies.usDefault(),
                MedicationPolicies.usDefault().withLayer(MedicationPolicies.buprenorphineWaitsMonoLabel()),
                MedicationPolicies.usDefault().withLayer(MedicationPolicies.naltrexoneTenDayWindow()));
    }

    @Property(tries = 1000, seed = "20261122")
    void buprenorphine_earliestIsAcceptedAndOneMinuteBeforeIsTooEarly(@ForAll("timedKinds") OpioidKind first,
            @ForAll @IntRange(min = 0, max = 5000) int firstMinutes, @ForAll("timedKinds") OpioidKind second,
            @ForAll @IntRange(min = 0, max = 5000) int secondMinutes, @ForAll("policies") Policy policy) {
        check(Formulation.BUPRENORPHINE_SUBLINGUAL, "medication.buprenorphine.induction-too-early", first, firstMinutes,
                second, secondMinutes, policy);
    }

    @Property(tries = 1000, seed = "20261122")
    void naltrexone_earliestIsAcceptedAndOneMinuteBeforeIsTooEarly(@ForAll("timedKinds") OpioidKind first,
            @ForAll @IntRange(min = 0, max = 30000) int firstMinutes, @ForAll("timedKinds") OpioidKind second,
            @ForAll @IntRange(min = 0, max = 30000) int secondMinutes, @ForAll("policies") Policy policy) {
        check(Formulation.NALTREXONE_ORAL, "medication.naltrexone.opioid-free-window-not-met", first, firstMinutes,
                second, secondMinutes, policy);
    }

    private static void check(Formulation formulation, String tooEarly, OpioidKind first, int firstMinutes,
            OpioidKind second, int secondMinutes, Policy policy) {
        MedicationRecord planned = MedicationRecord.builder()
                .regimen(Regimen.of(formulation, RegimenPhase.INDUCTION, LocalDate.of(2026, 2, 20)))
                .opioidExposure(OpioidExposure.lastUsed(first, BASE.plus(Duration.ofMinutes(firstMinutes))))
                .opioidExposure(OpioidExposure.lastUsed(second, BASE.plus(Duration.ofMinutes(secondMinutes))))
                .build();
        Instant asOf = BASE.plus(Duration.ofMinutes(Math.max(firstMinutes, secondMinutes) + 1L));
        List<MedicationForecast> forecasts = MedicationForecasts.forecast(planned, ctx(asOf, policy));
        if (first == OpioidKind.BUPRENORPHINE && second == OpioidKind.BUPRENORPHINE
                && formulation.medication() == OudMedication.BUPRENORPHINE) {
            assertThat(forecasts).as("no wait after buprenorphine itself").isEmpty();
            return;
        }
        assertThat(forecasts).hasSize(1);
        Instant earliest = ((MedicationForecast.EarliestInduction) forecasts.get(0)).earliest();
        assertThat(tooEarlyFindings(planned, formulation, earliest, policy, tooEarly)).isEmpty();
        assertThat(tooEarlyFindings(planned, formulation, earliest.minus(Duration.ofMinutes(1)), policy, tooEarly))
                .isNotEmpty();
    }

    private static List<?> tooEarlyFindings(MedicationRecord planned, Formulation formulation, Instant dose,
            Policy policy, String code) {
        MedicationRecord given = planned.toBuilder()
                .dose(DoseEvent.administered(formulation, Dose.ofMilligrams("4"), dose)).build();
        RuleContext ctx = ctx(dose.plus(Duration.ofHours(1)), policy);
        MedicationReview.evaluate(given, Timelines.PATIENT, ctx);
        Evaluation e = ctx.toEvaluation();
        return e.findings(code);
    }

    private static RuleContext ctx(Instant asOf, Policy policy) {
        return RuleContext.of(EvaluationContext.of(asOf, Timelines.CLINIC, policy));
    }
}
