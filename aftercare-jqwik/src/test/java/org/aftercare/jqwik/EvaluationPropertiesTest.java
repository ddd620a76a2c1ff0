package org.aftercare.jqwik;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.aftercare.Finding;
import org.aftercare.RuleDescriptor;
import org.aftercare.evaluation.Aftercare;
import org.aftercare.evaluation.AftercareReport;
import org.aftercare.evaluation.EvaluationRequest;
import org.aftercare.evaluation.RuleCatalog;
import org.aftercare.incentive.IncentiveEvent;
import org.aftercare.incentive.IncentiveProgram;

/** Evaluation is a pure function of its request: deterministic, blind to input order within a day, catalogued. */
class EvaluationPropertiesTest {

    /** A request built from a timeline, and the same request with the events of each day in another order. */
    record Shuffled(EvaluationRequest original, EvaluationRequest shuffled, List<Integer> originalIndex) {

        /** A finding of the shuffled request with its event path pointing back at the original position. */
        Finding inOriginalOrder(Finding f) {
            Matcher m = EVENT_PATH.matcher(f.path());
            if (!m.lookingAt()) {
                return f;
            }
            String path = "incentive.events[" + originalIndex.get(Integer.parseInt(m.group(1))) + "]"
                    + f.path().substring(m.end());
            return new Finding(f.code(), f.severity(), f.message(), path, f.citations());
        }
    }

    private static final Pattern EVENT_PATH = Pattern.compile("incentive\\.events\\[(\\d+)]");

    @Provide
    Arbitrary<Shuffled> shuffledRequests() {
        return Combinators.combine(AftercareArbitraries.incentivePrograms(), Timelines.timelines().weeks(1, 26),
                AftercareArbitraries.incentiveEventStreams(), AftercareArbitraries.adults(), Arbitraries.longs(),
                Arbitraries.longs()).as((program, timeline, extra, patient, drawSeed, shuffleSeed) -> {
                    List<IncentiveEvent> events = new ArrayList<>(timeline.incentiveEvents());
                    events.addAll(extra);
                    events.sort(IncentiveEvent.chronological(AftercareArbitraries.ZONE));
                    List<IncentiveEvent> shuffled = shuffleWithinDays(events, shuffleSeed);
                    Map<IncentiveEvent, Integer> position = new IdentityHashMap<>();
                    for (int i = 0; i < events.size(); i++) {
                        position.put(events.get(i), i);
                    }
                    return new Shuffled(request(program, events, patient, timeline, drawSeed),
                            request(program, shuffled, patient, timeline, drawSeed),
                            shuffled.stream().map(position::get).toList());
                });
    }

    private static EvaluationRequest request(IncentiveProgram program, List<IncentiveEvent> events,
            org.aftercare.PatientContext patient, Timeline timeline, long drawSeed) {
        return EvaluationRequest.builder(AftercareArbitraries.atClinic(timeline.end()).plusSeconds(3600),
                AftercareArbitraries.ZONE).patient(patient).medication(timeline.medicationRecord())
                .incentives(program, events).drawSeed(drawSeed).build();
    }

    static List<IncentiveEvent> shuffleWithinDays(List<IncentiveEvent> events, long seed) {
        Map<LocalDate, List<IncentiveEvent>> byDay = new LinkedHashMap<>();
        for (IncentiveEvent e : events) {
            byDay.computeIfAbsent(e.dateIn(AftercareArbitraries.ZONE), d -> new ArrayList<>()).add(e);
        }
        Random random = new Random(seed);
        List<IncentiveEvent> result = new ArrayList<>();
        byDay.values().forEach(day -> {
            Collections.shuffle(day, random);
            result.addAll(day);
        });
        return result;
    }

    @Property(tries = 1000, seed = InvariantSeed.SEED)
    void evaluationIsDeterministic(@ForAll EvaluationRequest request) {
        AftercareReport first = Aftercare.evaluate(request);
        assertThat(Aftercare.evaluate(request)).isEqualTo(first);
    }

    @Property(tries = 1000, seed = InvariantSeed.SEED)
    void evaluationIsIndependentOfTheOrderOfEventsWithinADay(@ForAll("shuffledRequests") Shuffled s) {
        AftercareReport original = Aftercare.evaluate(s.original());
        AftercareReport shuffled = Aftercare.evaluate(s.shuffled());
        assertThat(shuffled.evaluation().findings().stream().map(s::inOriginalOrder).toList())
                .containsExactlyInAnyOrderElementsOf(original.evaluation().findings());
        assertThat(shuffled.forecasts()).isEqualTo(original.forecasts());
        assertThat(shuffled.incentiveReport().map(r -> r.ledger().total()))
                .isEqualTo(original.incentiveReport().map(r -> r.ledger().total()));
        assertThat(shuffled.incentiveReport().map(r -> r.ledger().totalWithheld()))
                .isEqualTo(original.incentiveReport().map(r -> r.ledger().totalWithheld()));
    }

    @Property(tries = 1000, seed = InvariantSeed.SEED)
    void everyFindingIsCataloguedWithAnAllowedSeverity(@ForAll EvaluationRequest request) {
        for (Finding f : Aftercare.evaluate(request).evaluation().findings()) {
            Optional<RuleDescriptor> rule = RuleCatalog.find(f.code());
            assertThat(rule).as("catalogued: %s", f.code()).isPresent();
            assertThat(rule.get().severities()).as("severity of %s", f.code()).contains(f.severity());
        }
    }

    @Property(tries = 1000, seed = InvariantSeed.SEED)
    void everyTimelineFindingIsCataloguedWithAnAllowedSeverity(@ForAll("shuffledRequests") Shuffled s) {
        for (Finding f : Aftercare.evaluate(s.original()).evaluation().findings()) {
            assertThat(RuleCatalog.find(f.code())).as("catalogued: %s", f.code())
                    .hasValueSatisfying(r -> assertThat(r.severities()).contains(f.severity()));
        }
    }
}
