package org.aftercare.jackson.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.aftercare.screening.Outcome;
import org.junit.jupiter.api.Test;

/** The identity cache of enum codes answers as its table does, whichever string instance asks. */
class CodeHitsTest {
    private static final Map<String, Outcome> TABLE = Map.of("positive", Outcome.POSITIVE, "negative",
            Outcome.NEGATIVE);

    @Test
    void aCodeIsFoundThroughEveryInstanceOfItsText() {
        Reads.CodeHits<Outcome> hits = new Reads.CodeHits<>();
        String first = new String("positive");
        String second = new String("positive");
        assertThat(hits.get(first, TABLE)).isEqualTo(Outcome.POSITIVE);
        assertThat(hits.get(first, TABLE)).isEqualTo(Outcome.POSITIVE);
        assertThat(hits.get(second, TABLE)).isEqualTo(Outcome.POSITIVE);
        assertThat(hits.get(new String("negative"), TABLE)).isEqualTo(Outcome.NEGATIVE);
        assertThat(hits.get(first, TABLE)).isEqualTo(Outcome.POSITIVE);
    }

    @Test
    void anUnknownCodeIsNotCached() {
        Reads.CodeHits<Outcome> hits = new Reads.CodeHits<>();
        assertThat(hits.get("maybe", TABLE)).isNull();
        assertThat(hits.get("Positive", TABLE)).isNull();
        assertThat(hits.get("", TABLE)).isNull();
        assertThat(hits.get("positive", TABLE)).isEqualTo(Outcome.POSITIVE);
    }
}
