package org.aftercare;

import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ListMultimap;
import com.google.common.collect.MultimapBuilder;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.aftercare.internal.Checks;

/**
 * A named set of effective-dated thresholds, such as the federal baseline, a state overlay
 * ({@code "virginia-12vac35-105-990"}) or a clinic's overrides ({@code "clinic:sunrise"}).
 *
 * <p>Invariant: for one key, the periods of a layer's thresholds never overlap, so at most one
 * threshold per key is in force on any date. Layers are stacked into a {@link Policy}.
 *
 * <pre>{@code
 * PolicyLayer clinic = PolicyLayer.builder("clinic:sunrise", "Sunrise Clinic overrides")
 *         .set(CarePolicyKeys.CONTINUING_CARE_MINIMUM, Period.ofMonths(12),
 *              Citation.local("Sunrise Clinic aftercare protocol", "4.2", "2026-01"))
 *         .build();
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public final class PolicyLayer {
    private final String name;
    private final String description;
    private final ImmutableListMultimap<PolicyKey<?>, Threshold<?>> thresholds;

    private PolicyLayer(String name, String description, ListMultimap<PolicyKey<?>, Threshold<?>> thresholds) {
        this.name = name;
        this.description = description;
        this.thresholds = ImmutableListMultimap.copyOf(thresholds);
    }

    /**
     * Obtains a builder for a layer.
     *
     * @param name  the layer's name, such as {@code "us-default"}, not blank
     * @param description  what the layer is, not blank
     * @return the builder, not null
     */
    public static Builder builder(String name, String description) {
        return new Builder(Checks.nonBlank(name, "layer.name"), Checks.nonBlank(description, "layer.description"));
    }

    /**
     * Returns the layer's name.
     *
     * @return the name, not null
     */
    public String name() {
        return name;
    }

    /**
     * Returns what the layer is.
     *
     * @return the description, not null
     */
    public String description() {
        return description;
    }

    /**
     * Returns the keys this layer sets on some date.
     *
     * @return the keys, not null
     */
    public Set<PolicyKey<?>> keys() {
        return ImmutableSet.copyOf(thresholds.keySet());
    }

    /**
     * Returns every threshold of the layer, grouped by key in insertion order.
     *
     * @return the thresholds
     */
    public List<Threshold<?>> thresholds() {
        return List.copyOf(thresholds.values());
    }

    /**
     * Returns the threshold for a key in force on a date, if this layer sets one.
     *
     * @param <T> the value type
     * @param key  the key, not null
     * @param date  the date, not null
     * @return the threshold in force, or empty
     */
    @SuppressWarnings("unchecked")
    public <T> Optional<Threshold<T>> inForce(PolicyKey<T> key, LocalDate date) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(date, "date");
        for (Threshold<?> t : thresholds.get(key)) {
            if (t.period().contains(date)) {
                return Optional.of((Threshold<T>) t);
            }
        }
        return Optional.empty();
    }

    /** Returns this layer's thresholds for a key, in insertion order (what {@link PolicyTimeline} is cut from). */
    List<Threshold<?>> thresholdsOf(PolicyKey<?> key) {
        return thresholds.get(key);
    }

    /**
     * Returns this layer's thresholds for one key on every date, in insertion order, such as the take-home
     * ladders of 2001 and of 2024 in the federal baseline.
     *
     * <pre>{@code
     * for (Threshold<TakeHomeLadder> ladder : layer.thresholds(MedicationPolicyKeys.TAKE_HOME_LADDER)) {
     *     ladder.period();  // when it is in force
     * }
     * }</pre>
     *
     * @param <T> the value type
     * @param key  the key, not null
     * @return the thresholds, possibly empty, not null
     * @since 0.1.0
     */
    @SuppressWarnings("unchecked")
    public <T> List<Threshold<T>> thresholds(PolicyKey<T> key) {
        List<?> found = thresholds.get(Objects.requireNonNull(key, "key"));
        return (List<Threshold<T>>) found;
    }

    /** Checks if this layer sets the key on some date. */
    boolean sets(PolicyKey<?> key) {
        return thresholds.containsKey(key);
    }

    @Override
    public String toString() {
        return "PolicyLayer[" + name + ", " + thresholds.size() + " thresholds]";
    }

    /**
     * Builds a {@link PolicyLayer}. Not thread-safe.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private final String name;
        private final String description;
        private final ListMultimap<PolicyKey<?>, Threshold<?>> thresholds =
                MultimapBuilder.linkedHashKeys().arrayListValues().build();

        private Builder(String name, String description) {
            this.name = name;
            this.description = description;
        }

        /**
         * Sets a threshold that is always in force in this layer.
         *
         * @param <T> the value type
         * @param key  the key, not null
         * @param value  the value, not null
         * @param citation  the source, not null
         * @return this builder
         */
        public <T> Builder set(PolicyKey<T> key, T value, Citation citation) {
            return set(key, value, citation, EffectivePeriod.ALWAYS);
        }

        /**
         * Sets a threshold in force over a period.
         *
         * @param <T> the value type
         * @param key  the key, not null
         * @param value  the value, not null
         * @param citation  the source, not null
         * @param period  when it is in force, not null
         * @return this builder
         * @throws InvalidValueException if the period overlaps another threshold of the same key
         */
        public <T> Builder set(PolicyKey<T> key, T value, Citation citation, EffectivePeriod period) {
            Threshold<T> threshold = new Threshold<>(key, value, citation, period);
            for (Threshold<?> existing : thresholds.get(key)) {
                if (existing.period().overlaps(period)) {
                    throw new InvalidValueException("layer " + name + " key " + key.name() + " period",
                            "not overlap " + existing.period(), period);
                }
            }
            thresholds.put(key, threshold);
            return this;
        }

        /**
         * Builds the layer.
         *
         * @return the layer, not null
         */
        public PolicyLayer build() {
            return new PolicyLayer(name, description, thresholds);
        }
    }
}
