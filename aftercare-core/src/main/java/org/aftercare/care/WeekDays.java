package org.aftercare.care;

import java.time.DayOfWeek;
import java.util.AbstractSet;
import java.util.Collection;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Predicate;

/**
 * An immutable set of days of the week held as a bit mask (bit {@code d.ordinal()} for day {@code d}), in
 * {@link DayOfWeek} order: the days of a {@link SessionSchedule}, whose rules ask for the mask on every count.
 * There are 127 non-empty sets of days; each is one shared instance.
 *
 * @implSpec This class is immutable and thread-safe. Every mutator throws {@link UnsupportedOperationException}.
 */
final class WeekDays extends AbstractSet<DayOfWeek> {
    private static final DayOfWeek[] WEEK = DayOfWeek.values();
    private static final WeekDays[] ALL = new WeekDays[1 << WEEK.length];

    static {
        for (int mask = 0; mask < ALL.length; mask++) {
            ALL[mask] = new WeekDays(mask);
        }
    }

    private final int mask;

    private WeekDays(int mask) {
        this.mask = mask;
    }

    /**
     * Returns the shared set of the given days.
     *
     * @param days  the days, no null element
     * @return the set, not null
     */
    static WeekDays of(Collection<DayOfWeek> days) {
        if (days instanceof WeekDays same) {
            return same;
        }
        int mask = 0;
        for (DayOfWeek day : days) {
            mask |= 1 << day.ordinal(); // a null element throws here
        }
        return ALL[mask];
    }

    /** The days as a bit mask: bit {@code d.ordinal()} set for each day {@code d} in the set. */
    int mask() {
        return mask;
    }

    @Override
    public int size() {
        return Integer.bitCount(mask);
    }

    @Override
    public boolean isEmpty() {
        return mask == 0;
    }

    @Override
    public boolean contains(Object o) {
        return o instanceof DayOfWeek day && (mask >>> day.ordinal() & 1) != 0;
    }

    @Override
    public Iterator<DayOfWeek> iterator() {
        return new Iterator<>() {
            private int rest = mask;

            @Override
            public boolean hasNext() {
                return rest != 0;
            }

            @Override
            public DayOfWeek next() {
                if (rest == 0) {
                    throw new NoSuchElementException();
                }
                int day = Integer.numberOfTrailingZeros(rest);
                rest &= rest - 1;
                return WEEK[day];
            }
        };
    }

    @Override
    public boolean add(DayOfWeek day) {
        throw new UnsupportedOperationException("the days of a schedule cannot be changed");
    }

    @Override
    public boolean remove(Object o) {
        throw new UnsupportedOperationException("the days of a schedule cannot be changed");
    }

    @Override
    public boolean addAll(Collection<? extends DayOfWeek> c) {
        throw new UnsupportedOperationException("the days of a schedule cannot be changed");
    }

    @Override
    public boolean removeAll(Collection<?> c) {
        throw new UnsupportedOperationException("the days of a schedule cannot be changed");
    }

    @Override
    public boolean retainAll(Collection<?> c) {
        throw new UnsupportedOperationException("the days of a schedule cannot be changed");
    }

    @Override
    public boolean removeIf(Predicate<? super DayOfWeek> filter) {
        throw new UnsupportedOperationException("the days of a schedule cannot be changed");
    }

    @Override
    public void clear() {
        throw new UnsupportedOperationException("the days of a schedule cannot be changed");
    }

    /** Equal to any set of the same days (the {@link Set} contract); the mask when both are day sets. */
    @Override
    public boolean equals(Object o) {
        return o == this || (o instanceof WeekDays other ? other.mask == mask : super.equals(o));
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
