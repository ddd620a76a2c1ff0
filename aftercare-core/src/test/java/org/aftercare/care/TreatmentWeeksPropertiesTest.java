package org.aftercare.care;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The week arrays of the intensity rule equal the plain path: each week's time summed service by service. */
class TreatmentWeeksPropertiesTest {
    private static final LocalDate EPOCH = LocalDate.of(2026, 1, 1);

    @Provide
    Arbitrary<PlannedService> services() {
        Arbitrary<Set<DayOfWeek>> days = Arbitraries.of(DayOfWeek.class).set().ofMinSize(1).ofMaxSize(7);
        // whole minutes and odd sub-second lengths, so the nanosecond carry is exercised
        Arbitrary<Duration> length = Arbitraries.oneOf(Arbitraries.integers().between(1, 720).map(Duration::ofMinutes),
                Arbitraries.longs().between(1, 43_200_000_000_000L).map(Duration::ofNanos));
        Arbitrary<Integer> interval = Arbitraries.integers().between(1, 5);
        Arbitrary<LocalDate> start = Arbitraries.integers().between(-60, 200).map(EPOCH::plusDays);
        Arbitrary<Integer> span = Arbitraries.integers().between(0, 200);
        Arbitrary<Modality> modality = Arbitraries.of(Modality.GROUP_THERAPY, Modality.COGNITIVE_BEHAVIOURAL_THERAPY,
                Modality.MUTUAL_HELP, Modality.PEER_RECOVERY_SUPPORT);
        return Combinators.combine(modality, days, length, interval, start, span)
                .as((m, d, l, i, s, n) -> PlannedService.inPerson(m, new SessionSchedule(d, l, i, s, s.plusDays(n))));
    }

    @Provide
    Arbitrary<AftercarePlan> plans() {
        Arbitrary<LocalDate> start = Arbitraries.integers().between(0, 100).map(EPOCH::plusDays);
        Arbitrary<Integer> length = Arbitraries.integers().between(0, 150);
        return Combinators.combine(start, length, services().list().ofMaxSize(5)).as((s, n, services) ->
                AftercarePlan.builder().patient(PlanFixtures.adult())
                        .placement(CarePlacement.of(AsamLevel.V3_2_1, CareSetting.OUTPATIENT, s, s.plusDays(n)))
                        .services(services).continuingCare(s, s.plusDays(n)).build());
    }

    // random plans only: the edge cases of six combined arbitraries outnumber the tries and would crowd them out
    @Property(tries = 1000, seed = "20261122", edgeCases = EdgeCasesMode.NONE)
    void everyFullWeekHoldsTheTimeOfEveryClinicalSessionInIt(@ForAll("plans") AftercarePlan plan) {
        TreatmentWeeks weeks = TreatmentWeeks.of(plan);
        CarePlacement placement = plan.placement();
        assertThat(weeks.count()).isEqualTo((ChronoUnit.DAYS.between(placement.start(), placement.end()) + 1) / 7);
        for (int w = 0; w < weeks.count(); w++) {
            LocalDate s = placement.start().plusWeeks(w);
            LocalDate e = s.plusDays(6);
            Duration time = Duration.ZERO;
            for (PlannedService service : plan.services()) {
                if (service.modality().countsTowardClinicalHours() && service.schedule() instanceof SessionSchedule ss) {
                    time = time.plus(ss.timeBetween(s, e));
                }
            }
            assertThat(weeks.start(w)).isEqualTo(s);
            assertThat(weeks.end(w)).isEqualTo(e);
            assertThat(weeks.clinicalTime(w)).isEqualTo(time);
            assertThat(Duration.ofSeconds(weeks.seconds(w), weeks.nanos(w))).isEqualTo(time);
        }
    }

    @Property(tries = 100, seed = "20261122")
    void aPlanWithoutClinicalSessionsHasZeroTimeEveryWeek(@ForAll("plans") AftercarePlan plan) {
        AftercarePlan none = plan.toBuilder().services(List.of()).build();
        TreatmentWeeks weeks = TreatmentWeeks.of(none);
        for (int w = 0; w < weeks.count(); w++) {
            assertThat(weeks.clinicalTime(w)).isZero();
        }
    }
}
