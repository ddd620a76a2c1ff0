package org.aftercare.incentive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** The ledger's per-computation shortcuts give what the plain calls give. */
class LedgerFastPathPropertiesTest {

    @Provide
    Arbitrary<ZoneId> zones() {
        return Arbitraries.of("America/New_York", "Pacific/Chatham", "Australia/Lord_Howe", "Europe/London", "UTC",
                "Asia/Kolkata", "America/Sao_Paulo").map(ZoneId::of);
    }

    @Provide
    Arbitrary<List<Long>> instants() {
        // sample times from 1990 to 2060, often in order and close together (a history), sometimes jumping back
        Arbitrary<Long> steps = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.longs().between(0, 3 * 86_400L)),
                net.jqwik.api.Tuple.of(1, Arbitraries.longs().between(-400 * 86_400L, 400 * 86_400L)),
                net.jqwik.api.Tuple.of(1, Arbitraries.longs().between(-1, 1)));
        return Arbitraries.longs().between(631_152_000L, 2_840_140_800L).flatMap(first -> steps.list().ofMaxSize(60)
                .map(deltas -> {
                    List<Long> seconds = new ArrayList<>();
                    long at = first;
                    seconds.add(at);
                    for (long d : deltas) {
                        at += d;
                        seconds.add(at);
                    }
                    return seconds;
                }));
    }

    @Property(tries = 1000, seed = "20261122")
    void treatmentDaysAreTheDatesOfTheInstantsInTheZone(@ForAll("zones") ZoneId zone,
            @ForAll("instants") List<Long> seconds) {
        TreatmentDays days = new TreatmentDays(zone);
        for (long second : seconds) {
            Instant instant = Instant.ofEpochSecond(second, 500_000_000L);
            assertThat(days.dateOf(instant)).as("%s in %s", instant, zone).isEqualTo(LocalDate.ofInstant(instant, zone));
        }
    }

    @Property(tries = 1000, seed = "20261122")
    void stepValuesAreTheSchedulesValues(@ForAll @LongRange(min = 1, max = 100_000) long startCents,
            @ForAll @LongRange(min = 0, max = 10_000) long stepCents, @ForAll boolean capped,
            @ForAll @IntRange(min = 0, max = 500) int maximumSteps, @ForAll("steps") List<Integer> steps) {
        EscalatingVoucherSchedule.Builder builder = EscalatingVoucherSchedule.builder(Money.ofCents(startCents),
                Money.ofCents(stepCents)).bonus(VoucherBonus.of(Money.ofCents(1000), 3));
        if (capped) {
            builder.perSampleMaximum(Money.ofCents(startCents + stepCents * maximumSteps / 2));
        }
        EscalatingVoucherSchedule schedule = builder.build();
        StepValues values = new StepValues(schedule);
        for (int step : steps) {
            assertThat(values.at(step)).isEqualTo(schedule.valueAt(step));
            assertThat(values.withBonus(step)).isEqualTo(schedule.valueAt(step).plus(Money.ofCents(1000)));
        }
    }

    @Provide
    Arbitrary<List<Integer>> steps() {
        return Arbitraries.integers().between(0, 500).list().ofMaxSize(40);
    }

    @Property(tries = 1000, seed = "20261122")
    void theDateOfEachEpochDay_isLocalDateOfEpochDay(@ForAll @LongRange(min = -800_000, max = 800_000) long first,
            @ForAll("daySteps") List<Integer> steps) {
        TreatmentDays days = new TreatmentDays(ZoneId.of("UTC"));
        long day = first;
        assertThat(days.dateOfDay(day)).isEqualTo(LocalDate.ofEpochDay(day));
        for (int step : steps) {
            day += step;
            assertThat(days.dateOfDay(day)).as("%d after a step of %d", day, step).isEqualTo(LocalDate.ofEpochDay(day));
        }
    }

    @Provide
    Arbitrary<List<Integer>> daySteps() {
        // mostly a few days on (a history), sometimes the same day, a month or more on, or back
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(6, Arbitraries.integers().between(0, 30)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(-400, 400))).list().ofMaxSize(80);
    }

    @Property(tries = 200, seed = "20261122")
    void capsOfAPolicyUsedAgain_answerAsThePolicy(@ForAll("policies") org.aftercare.Policy policy,
            @ForAll("days") List<Long> days) {
        // two computations over the same policy, interleaved: each has spans of its own over the kept lookups
        CapLookups first = CapLookups.of(policy);
        CapLookups second = CapLookups.of(policy);
        for (long day : days) {
            LocalDate date = LocalDate.ofEpochDay(day);
            for (CapLookups caps : List.of(first, second)) {
                assertThat(caps.perItem().resolve(day)).isEqualTo(policy.resolve(IncentivePolicyKeys.CAP_PER_ITEM,
                        date).orElse(null));
                for (int slot = 0; slot < 3; slot++) {
                    assertThat(caps.aggregate(slot).resolve(day)).isEqualTo(policy.resolve(
                            IncentivePolicyKeys.aggregateCaps().get(slot), date).orElse(null));
                }
                assertThat(caps.annualBasis().resolve(day)).isEqualTo(policy.resolve(
                        IncentivePolicyKeys.CAP_ANNUAL_BASIS, date).orElse(null));
            }
        }
    }

    @Provide
    Arbitrary<org.aftercare.Policy> policies() {
        List<org.aftercare.Policy> all = new ArrayList<>();
        for (String name : FundingPolicies.names()) {
            all.add(FundingPolicies.policy(name));
        }
        all.add(CapLookupsTest.layered());
        return Arbitraries.of(all);
    }

    @Provide
    Arbitrary<List<Long>> days() {
        return Arbitraries.longs().between(LocalDate.of(2019, 1, 1).toEpochDay(), LocalDate.of(2028, 1, 1).toEpochDay())
                .list().ofMaxSize(30);
    }
}
