package org.aftercare.medication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.aftercare.InvalidValueException;

/** COWS values: only allowed anchors construct, and totals stay in 0-48. */
class CowsPropertiesTest {
    private static final Instant AT = Instant.parse("2026-03-02T12:00:00Z");

    @Provide
    Arbitrary<int[]> allowedScores() {
        List<Arbitrary<Integer>> items = Arrays.stream(CowsItem.values())
                .map(i -> Arbitraries.of(i.allowedScores())).toList();
        return Combinators.combine(items).as(list -> list.stream().mapToInt(Integer::intValue).toArray());
    }

    @Property(tries = 1000, seed = "20261122")
    void allowedScoresConstruct_andTotalIsTheirSumWithin0To48(@ForAll("allowedScores") int[] scores) {
        CowsAssessment a = CowsAssessment.of(AT, scores);
        assertThat(a.total()).isEqualTo(Arrays.stream(scores).sum()).isBetween(0, 48);
        assertThat(a.objectiveSignCount()).isBetween(0, 8);
    }

    @Property(tries = 1000, seed = "20261122")
    void anyScoreOutsideAnItemsAnchorsIsRejected_namingTheItem(
            @ForAll @Size(11) List<@IntRange(min = -1, max = 6) Integer> scores) {
        int[] raw = scores.stream().mapToInt(Integer::intValue).toArray();
        CowsItem firstBad = null;
        for (CowsItem item : CowsItem.values()) {
            if (!item.allows(raw[item.ordinal()])) {
                firstBad = item;
                break;
            }
        }
        if (firstBad == null) {
            assertThat(CowsAssessment.of(AT, raw).total()).isBetween(0, 48);
        } else {
            String field = "cows.scores." + firstBad.name().toLowerCase(Locale.ROOT).replace('_', '-');
            assertThatThrownBy(() -> CowsAssessment.of(AT, raw)).isInstanceOf(InvalidValueException.class)
                    .hasMessageStartingWith(field + " must be one of " + firstBad.allowedScores() + ": ")
                    .extracting(e -> ((InvalidValueException) e).field()).isEqualTo(field);
        }
    }

    @Property(tries = 1000, seed = "20261122")
    void bandsCoverEveryTotalExactlyOnce(@ForAll @IntRange(min = 0, max = 48) int total) {
        CowsBands bands = MedicationPolicies.federalBaseline().inForce(MedicationPolicyKeys.COWS_BANDS,
                LocalDate.of(2026, 1, 1)).orElseThrow().value();
        CowsBand band = bands.bandOf(total);
        assertThat(total).isGreaterThanOrEqualTo(band.fromTotal());
        assertThat(bands.bands().stream().filter(b -> b.fromTotal() > band.fromTotal()))
                .allMatch(b -> total < b.fromTotal());
    }
}
