package org.aftercare.medication;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.aftercare.Answer;
import org.aftercare.EvaluationContext;
import org.aftercare.Finding;
import org.aftercare.OudMedication;
import org.aftercare.Policy;
import org.aftercare.PolicyLayer;
import org.aftercare.RuleContext;
import org.aftercare.screening.Analyte;
import org.aftercare.screening.AnalyteResult;
import org.aftercare.screening.DrugTest;
import org.aftercare.screening.Outcome;
import org.aftercare.screening.Specimen;

/** Any valid record, under any stack of the offered layers, is reviewed and forecast without an exception. */
class ReviewRobustnessPropertiesTest {
    private static final LocalDate BASE = LocalDate.of(2024, 3, 1);

    private static Instant at(int minutes) {
        return BASE.atStartOfDay(Timelines.CLINIC).toInstant().plus(Duration.ofMinutes(minutes));
    }

    @Provide
    Arbitrary<MedicationRecord> records() {
        Arbitrary<Formulation> formulations = Arbitraries.of(Formulation.class);
        Arbitrary<Integer> minutes = Arbitraries.integers().between(0, 60 * 24 * 120);
        Arbitrary<Regimen> regimens = Combinators.combine(formulations, Arbitraries.of(RegimenPhase.class),
                Arbitraries.integers().between(0, 60), Arbitraries.integers().between(0, 90))
                .as((f, p, start, length) -> {
                    Regimen r = Regimen.of(f, p, BASE.plusDays(start));
                    return length == 0 ? r : r.withEnd(BASE.plusDays(start + (long) length));
                });
        Arbitrary<Dose> doses = Arbitraries.of("0.5", "2", "4", "16", "30", "45", "80", "120", "300", "380")
                .map(Dose::ofMilligrams);
        Arbitrary<DoseEvent> events = Combinators.combine(formulations, doses, Arbitraries.of(DoseEventKind.class), minutes,
                Arbitraries.integers().between(1, 14)).as((f, d, k, m, days) -> k == DoseEventKind.DISPENSED_TAKE_HOME
                        ? DoseEvent.takeHome(f, d, at(m), days, days / 3)
                        : new DoseEvent(f, d, k, at(m), 1, 0));
        Arbitrary<OpioidExposure> exposures = Combinators.combine(Arbitraries.of(OpioidKind.class), minutes,
                Arbitraries.of(true, false)).as((k, m, known) -> known ? OpioidExposure.lastUsed(k, at(m))
                        : OpioidExposure.lastUseUnknown(k));
        Arbitrary<DrugTest> tests = Combinators.combine(minutes, Arbitraries.subsetOf(Analyte.values()),
                Arbitraries.of(Outcome.class)).as((m, analytes, outcome) -> DrugTest.of(Specimen.URINE, at(m),
                        analytes.stream().map(a -> AnalyteResult.of(a, outcome)).toList()));
        return Combinators.combine(regimens.list().ofMinSize(1).ofMaxSize(3), events.list().ofMaxSize(12),
                exposures.list().ofMaxSize(3), tests.list().ofMaxSize(3), minutes, Arbitraries.integers().between(1, 20),
                Arbitraries.of(Answer.class))
                .as((rs, es, xs, ts, m, days, answer) -> {
                    MedicationRecord.Builder b = MedicationRecord.builder();
                    rs.forEach(b::regimen);
                    es.stream().filter(e -> rs.stream().anyMatch(r -> r.medication() == e.medication())).forEach(b::dose);
                    xs.forEach(b::opioidExposure);
                    ts.forEach(b::drugTest);
                    b.cows(CowsAssessment.of(at(m), 1, 1, 1, 1, 2, 0, 2, 0, 0, 2, 0));
                    b.toleranceLoss(new ToleranceLossEvent(ToleranceLossKind.LEFT_MOUD, BASE.plusDays(days)));
                    b.ecg(new EcgResult(at(m), 400 + days * 7));
                    b.adjunct(new AdjunctOrder(Adjunct.values()[days % Adjunct.values().length], Dose.ofMilligrams("0.5"),
                            4, BASE.plusDays(days), days));
                    b.takeHomeCriteriaAssessment(new TakeHomeCriteriaAssessment(BASE.plusDays(days), days % 9));
                    rs.stream().filter(r -> r.medication() != OudMedication.NALTREXONE).findFirst().ifPresent(r ->
                            b.takeHomeRequest(TakeHomeRequest.of(r.medication(), r.start().plusDays(days), days, 1)));
                    return b.firstDayDoseJustification(answer).build();
                });
    }

    @Provide
    Arbitrary<Policy> policies() {
        return Arbitraries.subsetOf(MedicationPolicies.all().subList(1, MedicationPolicies.all().size()))
                .map(extra -> {
                    Policy p = MedicationPolicies.usDefault();
                    for (PolicyLayer l : extra) {
                        p = p.withLayer(l);
                    }
                    return p;
                });
    }

    @Property(tries = 1000, seed = "20261122")
    void reviewAndForecastNeverThrow_andEveryFindingIsInTheCatalog(@ForAll("records") MedicationRecord record,
            @ForAll("policies") Policy policy) {
        for (int day : new int[] {0, 30, 90, 150}) {
            RuleContext ctx = RuleContext.of(EvaluationContext.of(at(day * 24 * 60 + 600), Timelines.CLINIC, policy));
            MedicationReview.evaluate(record, Timelines.PATIENT, ctx);
            MedicationForecasts.forecast(record, ctx);
            List<Finding> findings = ctx.toEvaluation().findings();
            assertThat(findings).allSatisfy(f -> assertThat(f.code().equals("policy.threshold.not-in-force")
                    || MedicationRules.all().stream().anyMatch(d -> d.code().equals(f.code()))).isTrue());
        }
    }
}
