package org.aftercare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An evaluation's lists read their array and refuse every change, empty or not, as an unmodifiable list does. */
class ArrayViewTest {
    @Test
    void readsTheArrayAndEqualsAnyListOfTheSameElements() {
        List<String> view = new ArrayView<>(new String[] {"a", "b"});
        assertThat(view).containsExactly("a", "b").isEqualTo(List.of("a", "b")).hasSameHashCodeAs(List.of("a", "b"));
        assertThat(view.get(1)).isEqualTo("b");
        assertThat(view).hasToString("[a, b]");
        assertThatThrownBy(() -> view.get(2)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void everyChangeIsRefusedEvenWhenThereIsNothingToChange() {
        for (List<String> view : List.<List<String>>of(new ArrayView<>(new String[] {"a"}), new ArrayView<>(new String[0]))) {
            assertThatThrownBy(() -> view.add("x")).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> view.addAll(List.of())).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> view.remove("a")).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> view.removeAll(List.of())).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> view.retainAll(List.of())).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> view.removeIf(s -> true)).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> view.replaceAll(s -> s)).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> view.sort(null)).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(view::clear).isInstanceOf(UnsupportedOperationException.class);
            assertThat(new ArrayList<>(view)).isEqualTo(view);
        }
        List<String> one = new ArrayView<>(new String[] {"a"});
        assertThatThrownBy(() -> one.set(0, "x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> one.remove(0)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> one.iterator().remove()).isInstanceOf(IllegalStateException.class);
    }
}
