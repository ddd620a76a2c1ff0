package org.aftercare;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import org.aftercare.internal.Checks;

/**
 * The typed name of a threshold in a {@link Policy}, such as
 * {@code care.weekly-hours.asam3.2-1.adult} holding the weekly-hour bounds of ASAM 2.1 for adults.
 *
 * <p>Rules never hold clinical numbers as literals; they read them through keys. Each domain
 * declares its keys as constants (for example {@code CarePolicyKeys}). Keys are equal when their
 * names and value types are equal, so a key of another type never reads a threshold by accident.
 *
 * @param <T> the type of the threshold's value
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public final class PolicyKey<T> {
    private final String name;
    private final Class<?> type;
    private final String description;
    /** Keys are hash-map keys (a policy finds a key it has not met yet in a map): the hash is computed once. */
    private final int hash;
    /** Numbers each key object made, from 0: a policy finds a key's timeline by its number. */
    private static final AtomicInteger MADE = new AtomicInteger();
    /** This key object's number, unique among keys (equal keys made twice get two numbers). */
    private final int number = MADE.getAndIncrement();

    private PolicyKey(String name, Class<?> type, String description) {
        this.name = Checks.dottedCode(name, "policyKey.name");
        this.type = Objects.requireNonNull(type, "policyKey.type");
        this.description = Checks.nonBlank(description, "policyKey.description");
        this.hash = name.hashCode() * 31 + type.getName().hashCode();
    }

    /**
     * Obtains a key. For generic value types pass the raw class, such as {@code Range.class}.
     *
     * <pre>{@code
     * PolicyKey<Integer> ADULT_AGE = PolicyKey.of("care.population.adult-age", Integer.class,
     *         "age in years from which adult bounds apply");
     * }</pre>
     *
     * @param <T> the value type
     * @param name  the dotted name, not null
     * @param type  the value's class, not null
     * @param description  what the threshold means, with its unit, not blank
     * @return the key, not null
     */
    public static <T> PolicyKey<T> of(String name, Class<? super T> type, String description) {
        return new PolicyKey<>(name, type, description);
    }

    /**
     * Returns the dotted name.
     *
     * @return the name, not null
     */
    public String name() {
        return name;
    }

    /**
     * Returns the value's class.
     *
     * @return the class, not null
     */
    public Class<?> type() {
        return type;
    }

    /**
     * Returns what the threshold means, with its unit.
     *
     * @return the description, not null
     */
    public String description() {
        return description;
    }

    /**
     * Casts a value to this key's type after checking it.
     *
     * @param value  the value, not null
     * @return the value, typed
     * @throws InvalidValueException if the value is not of this key's type
     */
    @SuppressWarnings("unchecked")
    public T cast(Object value) {
        Objects.requireNonNull(value, name);
        if (!type.isInstance(value)) {
            throw new InvalidValueException(name, "be a " + type.getSimpleName(), value);
        }
        return (T) value;
    }

    /** Returns this key object's number, from 0, unique among the keys made in this JVM. */
    int number() {
        return number;
    }

    /** Returns how many key objects have been made in this JVM. */
    static int made() {
        return MADE.get();
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof PolicyKey<?> other && name.equals(other.name) && type.equals(other.type);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return name;
    }
}
