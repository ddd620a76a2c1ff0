package org.aftercare.medication;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.aftercare.EvaluationContext;
import org.aftercare.Evaluation;
import org.aftercare.RuleContext;
import org.aftercare.Severity;

/** The forecast injection window is exactly the window the checks enforce. */
class InjectionWindowPropertiesTest {

    @Provide
    Arbitrary<Formulation> products() {
        return Arbitraries.of(Formulation.SUBLOCADE_MONTHLY, Formulation.BRIXADI_WEEKLY, Formulation.BRIXADI_MONTHLY,
                Formulation.NALTREXONE_XR_INJECTION);
    }

    private static Instant at(LocalDate date) {
        return date.atTime(10, 0).atZone(Timelines.CLINIC).toInstant();
    }

    private static RuleContext ctx(LocalDate today) {
        return RuleContext.of(EvaluationContext.of(today.atTime(12, 0).atZone(Timelines.CLINIC).toInstant(),
                Timelines.CLINIC, MedicationPolicies.usDefault()));
    }

    private static Evaluation review(MedicationRecord r, LocalDate today) {
        RuleContext ctx = ctx(today);
        MedicationReview.evaluate(r, Timelines.PATIENT, ctx);
        return ctx.toEvaluation();
    }

    private static String early(Formulation f) {
        return f == Formulation.SUBLOCADE_MONTHLY ? "medication.sublocade.interval-too-short"
                : "medication.brixadi.injection-outside-window";
    }

    private static String overdue(Formulation f) {
        switch (f) {
            case SUBLOCADE_MONTHLY:
                return "medication.sublocade.injection-overdue";
            case NALTREXONE_XR_INJECTION:
                return "medication.naltrexone.xr-injection-overdue";
            default:
                return "medication.brixadi.injection-overdue";
        }
    }

    /** A spacing inside every product's window, so the history itself is clean. */
    private static long spacing(Formulation f) {
        switch (f) {
            case BRIXADI_WEEKLY:
                return 7;
            case SUBLOCADE_MONTHLY:
                return 30;
            default:
                return 28;
        }
    }

    @Property(tries = 1000, seed = "20261122")
    void anInjectionOnTheEarliestDateIsAccepted_theDayBeforeIsNot_andOverdueStartsAfterLatest(
            @ForAll("products") Formulation product, @ForAll @IntRange(min = 0, max = 900) int offset,
            @ForAll @IntRange(min = 1, max = 3) int priorInjections) {
        LocalDate start = LocalDate.of(2024, 3, 1).plusDays(offset);
        MedicationRecord.Builder b = MedicationRecord.builder()
                .regimen(Regimen.of(product, RegimenPhase.MAINTENANCE, start));
        String mg = product == Formulation.NALTREXONE_XR_INJECTION ? "380" : "300";
        LocalDate last = start;
        for (int n = 0; n < priorInjections; n++) {
            last = start.plusDays(spacing(product) * n);
            b.dose(DoseEvent.administered(product, Dose.ofMilligrams(mg), at(last)));
        }
        MedicationRecord record = b.build();
        List<MedicationForecast> forecasts = MedicationForecasts.forecast(record, ctx(last));
        MedicationForecast.InjectionDue window = forecasts.stream().filter(f -> f instanceof MedicationForecast.InjectionDue)
                .map(f -> (MedicationForecast.InjectionDue) f).findFirst().orElseThrow();
        assertThat(window.lastInjection()).isEqualTo(last);

        assertThat(review(record, window.latest()).findings(overdue(product))).isEmpty();
        assertThat(review(record, window.latest().plusDays(1)).findings(overdue(product))).isNotEmpty();

        window.earliestDate().ifPresent(earliest -> {
            MedicationRecord onTime = record.toBuilder()
                    .dose(DoseEvent.administered(product, Dose.ofMilligrams(mg), at(earliest))).build();
            MedicationRecord dayBefore = record.toBuilder()
                    .dose(DoseEvent.administered(product, Dose.ofMilligrams(mg), at(earliest.minusDays(1)))).build();
            assertThat(review(onTime, earliest).findings(early(product))).isEmpty();
            assertThat(review(dayBefore, earliest.minusDays(1)).findings(early(product)))
                    .singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
        });
    }
}
