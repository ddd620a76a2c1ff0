package org.aftercare;

import java.util.AbstractList;
import java.util.Collection;
import java.util.Comparator;
import java.util.RandomAccess;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * A read-only list over an array that its maker owns and never changes, such as an evaluation's sorted findings:
 * one object where an unmodifiable wrapper around {@code Arrays.asList} is two, and a read is one array load.
 * Every method that would change the list throws {@link UnsupportedOperationException}, even when there would be
 * nothing to change (as {@link java.util.Collections#unmodifiableList} does).
 *
 * @param <E> the element type
 */
final class ArrayView<E> extends AbstractList<E> implements RandomAccess {
    private final E[] elements;

    ArrayView(E[] elements) {
        this.elements = elements;
    }

    @Override
    public E get(int index) {
        return elements[index];
    }

    @Override
    public int size() {
        return elements.length;
    }

    @Override
    public boolean remove(Object element) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean addAll(Collection<? extends E> more) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean removeAll(Collection<?> some) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean retainAll(Collection<?> some) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean removeIf(Predicate<? super E> filter) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void replaceAll(UnaryOperator<E> operator) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void sort(Comparator<? super E> order) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void clear() {
        throw new UnsupportedOperationException();
    }
}
