package org.aftercare.jackson.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The table of compact texts answers only for an equal key, keeps a bounded number, and follows the latest. */
class CompactTextsTest {

    @Test
    void anEqualKeyFindsItsTextAndAnotherDoesNot() {
        CompactTexts<String> texts = new CompactTexts<>(8);
        texts.put("care.population.adult-age", "{\"value\":\"18\"}");
        assertThat(texts.get(new String("care.population.adult-age"))).isEqualTo("{\"value\":\"18\"}");
        assertThat(texts.get("care.population.adult-ages")).isNull();
    }

    @Test
    void aTableOfOneSlotKeepsOnlyTheLatest() {
        CompactTexts<Integer> texts = new CompactTexts<>(1);
        texts.put(1, "one");
        texts.put(2, "two");
        assertThat(texts.get(1)).isNull();
        assertThat(texts.get(2)).isEqualTo("two");
    }

    @Test
    void slotsArePowersOfTwo() {
        assertThatThrownBy(() -> new CompactTexts<String>(12)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("slots must be a power of two: 12");
    }
}
