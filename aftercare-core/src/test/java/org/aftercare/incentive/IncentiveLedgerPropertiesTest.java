package org.aftercare.incentive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.aftercare.screening.Analyte;
import org.aftercare.screening.Outcome;

/** Laws every ledger obeys, over random event histories and every preset and funding policy. */
class IncentiveLedgerPropertiesTest {

    enum Kind { NEGATIVE, POSITIVE, MISSED, DILUTE, EXCUSED, METHADONE_ONLY, NOT_TESTED, OPIATE_POSITIVE }

    record Step(Kind kind, int day) {
    }

    enum Setup { CRA_NO_CAPS, CRA_OIG, HOPKINS_AO_22_04, CTN_SAMHSA, CTN_OIG, CALIFORNIA }

    static IncentiveProgram program(Setup setup) {
        switch (setup) {
            case CRA_NO_CAPS:
                return TestPrograms.cra(TestPrograms.noCaps());
            case CRA_OIG:
                return TestPrograms.cra(FundingPolicies.policy(FundingPolicies.OIG_NOMINAL_VALUE));
            case HOPKINS_AO_22_04:
                return TestPrograms.program(IncentivePresets.hopkinsVouchersSilverman1996(),
                        FundingPolicies.policy(FundingPolicies.OIG_AO_22_04)).build();
            case CTN_SAMHSA:
                return TestPrograms.program(IncentivePresets.ctn0007PrizeBowl(),
                        FundingPolicies.policy(FundingPolicies.SAMHSA_GRANT)).build();
            case CTN_OIG:
                return TestPrograms.program(IncentivePresets.ctn0007PrizeBowl(),
                        FundingPolicies.policy(FundingPolicies.OIG_NOMINAL_VALUE)).build();
            case CALIFORNIA:
                return TestPrograms.program(IncentivePresets.californiaRecoveryIncentives(),
                        FundingPolicies.policy(FundingPolicies.CALIFORNIA_RECOVERY_INCENTIVES)).build();
            default:
                throw new AssertionError(setup);
        }
    }

    static IncentiveEvent event(Step step) {
        LocalDate date = TestPrograms.START.plusDays(step.day());
        switch (step.kind()) {
            case NEGATIVE:
                return TestPrograms.stimulantsNegative(date, Outcome.NEGATIVE);
            case OPIATE_POSITIVE:
                return TestPrograms.stimulantsNegative(date, Outcome.POSITIVE);
            case POSITIVE:
                return TestPrograms.sample(date, Outcome.POSITIVE, Analyte.COCAINE, Analyte.AMPHETAMINE,
                        Analyte.METHAMPHETAMINE);
            case MISSED:
                return TestPrograms.missed(date);
            case DILUTE:
                return TestPrograms.dilute(date);
            case EXCUSED:
                return new IncentiveEvent.ExcusedAbsence(date);
            case METHADONE_ONLY:
                return TestPrograms.methadoneOnly(date);
            case NOT_TESTED:
                return TestPrograms.negative(date, Analyte.CANNABINOIDS);
            default:
                throw new AssertionError(step);
        }
    }

    @Provide
    Arbitrary<List<IncentiveEvent>> histories() {
        Arbitrary<Kind> kinds = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(12, Arbitraries.just(Kind.NEGATIVE)),
                net.jqwik.api.Tuple.of(2, Arbitraries.just(Kind.POSITIVE)),
                net.jqwik.api.Tuple.of(2, Arbitraries.just(Kind.MISSED)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(Kind.DILUTE)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(Kind.EXCUSED)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(Kind.METHADONE_ONLY)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(Kind.NOT_TESTED)),
                net.jqwik.api.Tuple.of(2, Arbitraries.just(Kind.OPIATE_POSITIVE)));
        Arbitrary<Integer> days = Arbitraries.integers().between(-3, 400);
        return Combinators.combine(kinds, days).as(Step::new).list().ofMaxSize(80)
                .map(steps -> steps.stream().map(IncentiveLedgerPropertiesTest::event).toList());
    }

    @Property(tries = 1000, seed = "20261122")
    void totalIsTheSumOfEntries(@ForAll Setup setup, @ForAll("histories") List<IncentiveEvent> events, @ForAll long seed) {
        IncentiveLedger ledger = IncentiveLedger.compute(program(setup), events, seed);
        Money running = Money.ZERO;
        for (LedgerEntry e : ledger.entries()) {
            running = running.plus(e.paid());
            assertThat(e.runningTotal()).isEqualTo(running);
            assertThat(e.paid().plus(e.withheld())).isEqualTo(e.earned());
        }
        assertThat(ledger.total()).isEqualTo(running);
        assertThat(ledger.total().plus(ledger.totalWithheld())).isEqualTo(ledger.totalEarned());
        assertThat(ledger.entries()).hasSize(events.size());
    }

    @Property(tries = 1000, seed = "20261122")
    void neverPaysPastACap(@ForAll Setup setup, @ForAll("histories") List<IncentiveEvent> events, @ForAll long seed) {
        IncentiveProgram program = program(setup);
        IncentiveLedger ledger = IncentiveLedger.compute(program, events, seed);
        Map<Integer, Money> byYear = ledger.entries().stream().collect(Collectors.groupingBy(e -> e.date().getYear(),
                Collectors.reducing(Money.ZERO, LedgerEntry::paid, Money::plus)));
        Map<YearMonth, Money> byMonth = ledger.entries().stream().collect(Collectors.groupingBy(
                e -> YearMonth.from(e.date()), Collectors.reducing(Money.ZERO, LedgerEntry::paid, Money::plus)));
        switch (setup) {
            case CRA_OIG:
            case CTN_OIG:
                byYear.values().forEach(m -> assertThat(m).isLessThanOrEqualTo(Money.of("75.00")));
                ledger.draws().forEach(d -> assertThat(d.value()).isLessThanOrEqualTo(Money.of("100.00")));
                break;
            case HOPKINS_AO_22_04:
                byYear.values().forEach(m -> assertThat(m).isLessThanOrEqualTo(Money.of("599.00")));
                byMonth.values().forEach(m -> assertThat(m).isLessThanOrEqualTo(Money.of("200.00")));
                ledger.entries().forEach(e -> assertThat(e.paid()).isLessThanOrEqualTo(Money.of("9.98")));
                break;
            case CTN_SAMHSA:
                byYear.values().forEach(m -> assertThat(m).isLessThanOrEqualTo(Money.of("750.00")));
                break;
            case CALIFORNIA:
                assertThat(ledger.total()).isLessThanOrEqualTo(Money.of("599.00"));
                break;
            case CRA_NO_CAPS:
                assertThat(ledger.totalWithheld()).isEqualTo(Money.ZERO);
                break;
            default:
                throw new AssertionError(setup);
        }
    }

    @Property(tries = 1000, seed = "20261122")
    void aSuccessNeverEarnsLessThanThePreviousUnlessAResetCameBetween(@ForAll Setup setup,
            @ForAll("histories") List<IncentiveEvent> events, @ForAll long seed) {
        IncentiveLedger ledger = IncentiveLedger.compute(program(setup), events, seed);
        LedgerEntry previous = null;
        for (LedgerEntry e : ledger.entries()) {
            if (e.reset()) {
                previous = null;
            } else if (e.outcome() == EntryOutcome.SUCCESS) {
                if (previous != null) {
                    assertThat(e.escalationStep().getAsInt()).isGreaterThanOrEqualTo(previous.escalationStep().getAsInt());
                    if (ledger.program().schedule() instanceof PrizeDrawSchedule) {
                        assertThat(e.draws().size() - e.bonusDraws())
                                .isGreaterThanOrEqualTo(previous.draws().size() - previous.bonusDraws());
                    } else {
                        assertThat(e.baseValue()).isGreaterThanOrEqualTo(previous.baseValue());
                    }
                }
                previous = e;
            }
        }
    }

    @Property(tries = 1000, seed = "20261122")
    void appendingOneByOneEqualsComputingFromScratch(@ForAll Setup setup,
            @ForAll("histories") List<IncentiveEvent> events, @ForAll long seed) {
        IncentiveProgram program = program(setup);
        IncentiveLedger incremental = IncentiveLedger.start(program, seed);
        for (IncentiveEvent e : events) {
            incremental = incremental.append(e);
        }
        assertThat(incremental).isEqualTo(IncentiveLedger.compute(program, events, seed));
        assertThat(incremental.events()).isEqualTo(events);
    }

    @Property(tries = 1000, seed = "20261122")
    void appendingInChronologicalOrderNeverRecomputes_andStillEquals(@ForAll Setup setup,
            @ForAll("histories") List<IncentiveEvent> events, @ForAll long seed) {
        IncentiveProgram program = program(setup);
        List<IncentiveEvent> sorted = new ArrayList<>(events);
        sorted.sort(IncentiveEvent.chronological(program.zone()));
        IncentiveLedger incremental = IncentiveLedger.start(program, seed);
        for (IncentiveEvent e : sorted) {
            IncentiveLedger before = incremental;
            incremental = incremental.append(e);
            assertThat(incremental.entries().subList(0, before.entries().size())).isEqualTo(before.entries());
        }
        assertThat(incremental).isEqualTo(IncentiveLedger.compute(program, sorted, seed));
    }

    @Property(tries = 1000, seed = "20261122")
    void sameSeedAndEventsGiveTheSameDraws(@ForAll("histories") List<IncentiveEvent> events, @ForAll long seed) {
        IncentiveProgram ctn = program(Setup.CTN_SAMHSA);
        assertThat(IncentiveLedger.compute(ctn, events, seed).draws())
                .isEqualTo(IncentiveLedger.compute(ctn, List.copyOf(events), seed).draws());
    }

    @Property(tries = 1000, seed = "20261122")
    void reorderingTheEventsGivesTheSameLedger(@ForAll Setup setup, @ForAll("histories") List<IncentiveEvent> events,
            @ForAll long seed, @ForAll long shuffleSeed) {
        IncentiveProgram program = program(setup);
        List<IncentiveEvent> shuffled = new ArrayList<>(events);
        Collections.shuffle(shuffled, new Random(shuffleSeed));
        assertThat(withoutIndices(IncentiveLedger.compute(program, shuffled, seed)))
                .isEqualTo(withoutIndices(IncentiveLedger.compute(program, events, seed)));
    }

    private static List<LedgerEntry> withoutIndices(IncentiveLedger ledger) {
        return ledger.entries().stream().map(e -> e.withEventIndex(0)).toList();
    }

    @Property(tries = 1000, seed = "20261122")
    void designTimeMaximumIsWhatAnAllNegativeHistoryEarns(@ForAll Setup setup) {
        IncentiveProgram program = program(setup);
        if (program.schedule() instanceof PrizeDrawSchedule) {
            return;
        }
        List<IncentiveEvent> allNegative = new ArrayList<>();
        LocalDate day = program.startDate();
        for (ProgramPhase phase : program.phases()) {
            for (int w = 0; w < phase.weeks(); w++, day = day.plusWeeks(1)) {
                for (int s = 0; s < phase.perWeek(); s++) {
                    allNegative.add(TestPrograms.stimulantsNegative(day.plusDays(s), Outcome.NEGATIVE));
                }
            }
        }
        IncentiveProgram uncapped = TestPrograms.program(IncentivePresets.all().stream()
                .filter(p -> p.name().equals(program.name())).findFirst().orElseThrow(), TestPrograms.noCaps()).build();
        assertThat(IncentiveLedger.compute(uncapped, allNegative, 0L).totalEarned()).isEqualTo(program.maximum().maximum());
    }
}
