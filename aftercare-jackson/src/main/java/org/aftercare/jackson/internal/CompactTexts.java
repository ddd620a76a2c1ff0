package org.aftercare.jackson.internal;

/**
 * The compact JSON text of recently written values, such as the applied thresholds of the standard policies that
 * nearly every report lists: a value's text is written once and then copied raw. Bounded (a fixed number of slots,
 * a slot's entry replaced on a miss, so the table follows what is written now) and shared between threads without
 * locks: a slot holds an immutable entry, and a hit needs an equal key.
 *
 * @param <K> the value type: immutable, with value equality
 */
final class CompactTexts<K> {
    private record Entry(Object key, String text) {
    }

    private final Entry[] slots;

    /** Creates a table of a power-of-two number of slots. */
    CompactTexts(int slots) {
        if (Integer.bitCount(slots) != 1) {
            throw new IllegalArgumentException("slots must be a power of two: " + slots);
        }
        this.slots = new Entry[slots];
    }

    /** Returns the text of a value written before, or null. */
    String get(K key) {
        Entry e = slots[slot(key)];
        return e != null && e.key.equals(key) ? e.text : null;
    }

    /** Keeps the text of a value. */
    void put(K key, String text) {
        slots[slot(key)] = new Entry(key, text);
    }

    private int slot(K key) {
        int h = key.hashCode() * 0x9E3779B9;
        return (h ^ (h >>> 16)) & (slots.length - 1);
    }
}
