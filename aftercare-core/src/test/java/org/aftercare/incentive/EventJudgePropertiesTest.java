package org.aftercare.incentive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.aftercare.OudMedication;
import org.aftercare.screening.Analyte;
import org.aftercare.screening.AnalyteResult;
import org.aftercare.screening.DrugTest;
import org.aftercare.screening.Outcome;
import org.aftercare.screening.Specimen;
import org.aftercare.screening.SpecimenStatus;

/**
 * The judge, which works out a programme's analyte sets and reasons once, gives every event the verdict the
 * plain rules ({@link ReferenceVerdicts}) give, over random programmes (every preset, any target, prescribed
 * MOUD, unpaid phases, failure policy) and random events.
 */
class EventJudgePropertiesTest {

    @Provide
    Arbitrary<IncentiveProgram> programs() {
        Arbitrary<IncentivePreset> presets = Arbitraries.of(IncentivePresets.all());
        // half of these are prescribed-MOUD markers, so targets often name one
        Arbitrary<Set<Analyte>> analytes = Arbitraries.of(Analyte.METHADONE, Analyte.EDDP, Analyte.BUPRENORPHINE,
                Analyte.NORBUPRENORPHINE, Analyte.NALOXONE, Analyte.NALTREXONE, Analyte.COCAINE, Analyte.FENTANYL,
                Analyte.OPIATES, Analyte.AMPHETAMINE, Analyte.CANNABINOIDS).set().ofMinSize(1).ofMaxSize(4);
        Arbitrary<IncentiveTarget> targets = Arbitraries.oneOf(
                analytes.map(IncentiveTarget.Abstinence::new),
                Arbitraries.just(IncentiveTarget.attendance()),
                Arbitraries.just(IncentiveTarget.medicationAdherence()));
        Arbitrary<Set<OudMedication>> moud = Arbitraries.of(OudMedication.class).set().ofMaxSize(3);
        Arbitrary<List<ProgramPhase>> phases = Combinators.combine(Arbitraries.integers().between(1, 8),
                Arbitraries.integers().between(1, 5), Arbitraries.of(true, true, false)).as((weeks, perWeek, paid) -> paid
                        ? ProgramPhase.incentivized("paid", weeks, perWeek)
                        : ProgramPhase.withoutIncentives("unpaid", weeks, perWeek)).list().ofMinSize(1).ofMaxSize(2)
                .map(list -> {
                    List<ProgramPhase> all = new ArrayList<>(list);
                    all.add(ProgramPhase.incentivized("last", 4, 3));
                    return all;
                });
        Arbitrary<FailurePolicy> failure = Combinators.combine(
                Arbitraries.of(SpecimenStatus.DILUTE, SpecimenStatus.ADULTERATED, SpecimenStatus.INVALID,
                        SpecimenStatus.MISSED, SpecimenStatus.REFUSED).set(),
                Arbitraries.of(ExcusedAbsenceHandling.class)).as((failing, excused) -> new FailurePolicy(failing,
                        excused, TestPrograms.TEST_SOURCE));
        return Combinators.combine(presets, targets, moud, phases, failure, analytes).as((preset, target, meds, ph, fp,
                bonus) -> {
            boolean prizeBonus = preset.schedule() instanceof PrizeDrawSchedule p && p.bonusDraws() > 0;
            IncentiveTarget t = prizeBonus ? new IncentiveTarget.Abstinence(EnumSet.of(Analyte.COCAINE, Analyte.OPIATES))
                    : target;
            return TestPrograms.program(preset, TestPrograms.noCaps()).target(t).phases(ph).failurePolicy(fp)
                    .prescribedMoud(meds).bonusAnalytes(prizeBonus ? bonus : Set.of()).build();
        });
    }

    @Provide
    Arbitrary<List<IncentiveEvent>> events() {
        Arbitrary<LocalDate> dates = Arbitraries.integers().between(-7, 120).map(d -> TestPrograms.START.plusDays(d));
        // every analyte reported negative, positive, invalid or not at all, mostly negative so that successes
        // (with or without the bonus target) are common
        Arbitrary<Optional<Outcome>> outcomes = Arbitraries.frequencyOf(
                Tuple.of(12, Arbitraries.just(Optional.of(Outcome.NEGATIVE))),
                Tuple.of(1, Arbitraries.just(Optional.of(Outcome.POSITIVE))),
                Tuple.of(1, Arbitraries.just(Optional.of(Outcome.INVALID))),
                Tuple.of(1, Arbitraries.just(Optional.<Outcome>empty())));
        Arbitrary<List<AnalyteResult>> results = outcomes.list().ofSize(Analyte.values().length).map(list -> {
            List<AnalyteResult> reported = new ArrayList<>();
            for (Analyte a : Analyte.values()) {
                list.get(a.ordinal()).ifPresent(o -> reported.add(AnalyteResult.of(a, o)));
            }
            return reported;
        });
        Arbitrary<IncentiveEvent> samples = Combinators.combine(dates, Arbitraries.of(SpecimenStatus.class), results)
                .as((date, status, r) -> new IncentiveEvent.SampleResult(
                        status == SpecimenStatus.MISSED || status == SpecimenStatus.REFUSED
                                ? DrugTest.of(Specimen.URINE, TestPrograms.at(date), status, List.of())
                                : DrugTest.of(Specimen.URINE, TestPrograms.at(date), status, r)));
        Arbitrary<IncentiveEvent> others = Combinators.combine(dates, Arbitraries.integers().between(0, 4))
                .as((date, kind) -> switch (kind) {
                    case 0 -> new IncentiveEvent.Attendance(date, true);
                    case 1 -> new IncentiveEvent.Attendance(date, false);
                    case 2 -> new IncentiveEvent.MedicationDose(date, true);
                    case 3 -> new IncentiveEvent.MedicationDose(date, false);
                    default -> new IncentiveEvent.ExcusedAbsence(date);
                });
        return Arbitraries.frequencyOf(Tuple.of(4, samples), Tuple.of(1, others)).list()
                .ofMaxSize(20);
    }

    @Property(tries = 1000, seed = "20261122", edgeCases = EdgeCasesMode.NONE)
    void judgesEveryEventAsThePlainRulesDo(@ForAll("programs") IncentiveProgram program,
            @ForAll("events") List<IncentiveEvent> events) {
        EventJudge judge = new EventJudge(program);
        for (IncentiveEvent event : events) {
            LocalDate date = event.dateIn(program.zone());
            int week = program.weekOf(date);
            Verdict expected = ReferenceVerdicts.judge(program, event, date);
            assertThat(judge.judge(event, date, week)).isEqualTo(expected);
            assertThat(judge.excludedMarkers(event, week)).isEqualTo(expected.excludedMarkers());
        }
    }
}
