package org.aftercare;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The as-of date with offsets reused between transitions equals {@code LocalDate.ofInstant}. */
class EvaluationContextPropertiesTest {
    private static final List<ZoneId> ZONES = List.of(ZoneId.of("America/New_York"), ZoneId.of("Pacific/Chatham"),
            ZoneId.of("Europe/London"), ZoneId.of("Australia/Lord_Howe"), ZoneId.of("America/Sao_Paulo"),
            ZoneId.of("Asia/Kolkata"), ZoneId.of("UTC"), ZoneId.of("America/Phoenix"));
    private static final Policy POLICY = Policy.of("p", List.of(PolicyTest.base()));

    @Provide
    Arbitrary<List<Instant>> instants() {
        // 1990 to 2045, clustered around transitions by whole hours and seconds
        Arbitrary<Instant> anyInstant = Arbitraries.longs().between(631_152_000L, 2_366_841_600L).map(Instant::ofEpochSecond);
        Arbitrary<Instant> nearHour = Arbitraries.longs().between(631_152_000L / 3600, 2_366_841_600L / 3600)
                .flatMap(h -> Arbitraries.longs().between(-2, 2).map(d -> Instant.ofEpochSecond(h * 3600 + d)));
        return Arbitraries.oneOf(anyInstant, nearHour).list().ofMinSize(1).ofMaxSize(20);
    }

    @Property(tries = 1000, seed = "20261123")
    void asOfDateEqualsLocalDateOfInstant(@ForAll("instants") List<Instant> instants,
            @ForAll("zoneIndexes") List<Integer> zones) {
        for (int i = 0; i < instants.size(); i++) {
            ZoneId zone = ZONES.get(zones.get(i % zones.size()));
            Instant at = instants.get(i);
            assertThat(EvaluationContext.of(at, zone, POLICY).asOfDate()).as("%s in %s", at, zone)
                    .isEqualTo(LocalDate.ofInstant(at, zone));
        }
    }

    @Provide
    Arbitrary<List<Integer>> zoneIndexes() {
        return Arbitraries.integers().between(0, ZONES.size() - 1).list().ofMinSize(1).ofMaxSize(5);
    }
}
