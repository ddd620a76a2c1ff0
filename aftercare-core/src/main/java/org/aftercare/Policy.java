package org.aftercare;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.aftercare.internal.Checks;

/**
 * A stack of {@link PolicyLayer}s under one name, such as {@code "us-default"} = federal baseline +
 * library defaults, optionally topped by a state overlay and a clinic's overrides.
 *
 * <p>Lookup: {@link #resolve} returns the threshold of the topmost layer that has one in force on
 * the date, so a clinic overrides a single threshold without forking the rest. Rules that combine
 * layers ("strictest wins", as take-home ladders do) use {@link #resolveAll}. A rule that reads one key on many
 * dates holds a {@link #lookup} of it.
 *
 * <pre>{@code
 * Policy clinic = StandardPolicies.usDefault().withLayer(sunriseOverrides);
 * Optional<ResolvedThreshold<Period>> min = clinic.resolve(CarePolicyKeys.CONTINUING_CARE_MINIMUM, date);
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public final class Policy {
    private final String name;
    private final ImmutableList<PolicyLayer> layers;
    /**
     * Each key's answers for every date, built on first lookup. Bounded: every key some layer sets gets a timeline
     * (at most the layers' key count); keys no layer sets are remembered as {@link PolicyTimeline#NONE} while
     * fewer than {@value #MAX_TIMELINES} entries exist, and looked up in the layers otherwise.
     */
    private static final int MAX_TIMELINES = 1024;
    private final ConcurrentMap<PolicyKey<?>, PolicyTimeline<?>> timelines = new ConcurrentHashMap<>();
    /**
     * The timelines again, by {@link PolicyKey#number()}, for keys numbered below {@value #MAX_NUMBERED} (the
     * library's own keys are constants, made once): a rule's read is one array load rather than a hash lookup.
     * Filled as keys are met.
     */
    private static final int MAX_NUMBERED = 4096;
    private volatile PolicyTimeline<?>[] byNumber = new PolicyTimeline<?>[0];
    /** The thresholds the timelines hand out, numbered in report order (guarded by {@link #numbersLock}). */
    private ThresholdNumbers numbers = ThresholdNumbers.NONE;
    private final Object numbersLock = new Object();

    private Policy(String name, List<PolicyLayer> layers) {
        this.name = Checks.nonBlank(name, "policy.name");
        this.layers = ImmutableList.copyOf(layers);
        if (this.layers.isEmpty()) {
            throw new InvalidValueException("policy.layers", "not be empty", this.layers);
        }
        long distinct = this.layers.stream().map(PolicyLayer::name).distinct().count();
        if (distinct != this.layers.size()) {
            throw new InvalidValueException("policy.layers", "have distinct names",
                    this.layers.stream().map(PolicyLayer::name).toList());
        }
    }

    /**
     * Obtains a policy from layers, base first.
     *
     * @param name  the policy's name, not blank
     * @param layers  the layers, base first, not empty, with distinct names
     * @return the policy, not null
     */
    public static Policy of(String name, List<PolicyLayer> layers) {
        return new Policy(name, Objects.requireNonNull(layers, "layers"));
    }

    /**
     * Returns a copy of this policy with a layer added on top, such as a state overlay or a
     * clinic's overrides. This instance is immutable and unaffected by this method call.
     *
     * @param layer  the layer, not null, with a name not already used
     * @return the new policy, named {@code this.name + "+" + layer.name}
     */
    public Policy withLayer(PolicyLayer layer) {
        Objects.requireNonNull(layer, "layer");
        List<PolicyLayer> stacked = new ArrayList<>(layers);
        stacked.add(layer);
        return new Policy(name + "+" + layer.name(), stacked);
    }

    /**
     * Returns the name.
     *
     * @return the name, not null
     */
    public String name() {
        return name;
    }

    /**
     * Returns the layers, base first.
     *
     * @return the layers, not null
     */
    public List<PolicyLayer> layers() {
        return layers;
    }

    /**
     * Finds the threshold in force on a date, from the topmost layer that has one.
     *
     * @param <T> the value type
     * @param key  the key, not null
     * @param date  the as-of date, not null
     * @return the resolved threshold, or empty when no layer has one in force
     */
    public <T> Optional<ResolvedThreshold<T>> resolve(PolicyKey<T> key, LocalDate date) {
        Objects.requireNonNull(date, "date");
        PolicyTimeline<T> timeline = timeline(key);
        return timeline == null ? Optional.empty() : timeline.resolve(date);
    }

    /**
     * Finds the thresholds in force on a date in every layer that has one, base first.
     *
     * @param <T> the value type
     * @param key  the key, not null
     * @param date  the as-of date, not null
     * @return the resolved thresholds, possibly empty
     */
    public <T> List<ResolvedThreshold<T>> resolveAll(PolicyKey<T> key, LocalDate date) {
        Objects.requireNonNull(date, "date");
        PolicyTimeline<T> timeline = timeline(key);
        return timeline == null ? List.of() : timeline.resolveAll(date);
    }

    /**
     * Returns a lookup of one key, which resolves it on any date as {@link #resolve} and {@link #resolveAll} do,
     * without finding the key again: hold on to it when the same threshold is read for many dates.
     *
     * <pre>{@code
     * PolicyLookup<Period> minimum = policy.lookup(CarePolicyKeys.CONTINUING_CARE_MINIMUM);
     * Optional<ResolvedThreshold<Period>> inForce = minimum.resolve(date);
     * }</pre>
     *
     * @param <T> the value type
     * @param key  the key, not null
     * @return the lookup, not null; it answers empty on every date when no layer sets the key
     */
    @SuppressWarnings("unchecked")
    public <T> PolicyLookup<T> lookup(PolicyKey<T> key) {
        PolicyTimeline<T> timeline = timeline(key);
        return new PolicyLookup<>(this, key, timeline == null ? (PolicyTimeline<T>) (PolicyTimeline<?>) PolicyTimeline.NONE
                : timeline);
    }

    /** Returns the key's timeline, built on first use, or {@link PolicyTimeline#NONE} when no layer sets the key. */
    @SuppressWarnings("unchecked")
    <T> PolicyTimeline<T> timelineOf(PolicyKey<T> key) {
        PolicyTimeline<T> timeline = timeline(key);
        return timeline != null ? timeline : (PolicyTimeline<T>) (PolicyTimeline<?>) PolicyTimeline.NONE;
    }

    /** Returns the key's timeline, built on first use, or null when no layer sets the key. */
    @SuppressWarnings("unchecked")
    private <T> PolicyTimeline<T> timeline(PolicyKey<T> key) {
        int number = Objects.requireNonNull(key, "key").number();
        PolicyTimeline<?>[] numbered = byNumber;
        PolicyTimeline<?> found = number < numbered.length ? numbered[number] : null;
        if (found == null) {
            found = timelineFromMap(key);
            if (number < MAX_NUMBERED) {
                remember(number, found);
            }
        }
        return found == PolicyTimeline.NONE ? null : (PolicyTimeline<T>) found;
    }

    /**
     * Puts a key's timeline (or {@link PolicyTimeline#NONE}) in {@link #byNumber}, sized for every key made so far.
     * Written in place without a lock: a timeline's fields are final, so a thread that reads the entry sees it whole,
     * and one that misses it (or an entry lost to a concurrent growth) finds it in {@link #timelines} again.
     */
    private void remember(int number, PolicyTimeline<?> timeline) {
        PolicyTimeline<?>[] numbered = byNumber;
        if (number >= numbered.length) {
            numbered = Arrays.copyOf(numbered, Math.min(MAX_NUMBERED, Math.max(number + 1, PolicyKey.made())));
            byNumber = numbered;
        }
        numbered[number] = timeline;
    }

    /** Returns the key's timeline from {@link #timelines}, built on first use, or {@link PolicyTimeline#NONE}. */
    private PolicyTimeline<?> timelineFromMap(PolicyKey<?> key) {
        PolicyTimeline<?> found = timelines.get(key);
        if (found == null) {
            if (!anyLayerSets(key)) {
                // remembered too (rules ask for keys a policy may lack on every evaluation), up to a bound
                if (timelines.size() < MAX_TIMELINES) {
                    timelines.putIfAbsent(key, PolicyTimeline.NONE);
                }
                return PolicyTimeline.NONE;
            }
            found = timelines.computeIfAbsent(key, k -> PolicyTimeline.of(k, layers, this::number));
        }
        return found;
    }

    /**
     * Numbers thresholds of a timeline being built (see {@link ThresholdNumbers}): under a lock, as timelines of
     * different keys may be built at once.
     */
    private ThresholdNumbers number(List<ResolvedThreshold<?>> thresholds) {
        synchronized (numbersLock) {
            numbers = numbers.with(thresholds);
            return numbers;
        }
    }

    private boolean anyLayerSets(PolicyKey<?> key) {
        for (PolicyLayer layer : layers) {
            if (layer.sets(key)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "Policy[" + name + ", layers=" + layers.stream().map(PolicyLayer::name).toList() + "]";
    }
}
