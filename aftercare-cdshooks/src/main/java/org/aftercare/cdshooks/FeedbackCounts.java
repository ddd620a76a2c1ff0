package org.aftercare.cdshooks;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The default {@link FeedbackSink}: counts accepted and overridden cards per service, such as
 * {@code aftercare-patient-view/accepted=3}, and keeps nothing else.
 *
 * @implSpec This class is thread-safe.
 * @since 0.1.0
 */
public final class FeedbackCounts implements FeedbackSink {
    private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();

    /** Creates empty counts. */
    public FeedbackCounts() {
    }

    @Override
    public void accept(String serviceId, List<Feedback> feedback) {
        for (Feedback f : feedback) {
            counts.computeIfAbsent(key(serviceId, f.outcome()), k -> new AtomicLong()).incrementAndGet();
        }
    }

    /**
     * Returns how many entries with an outcome a service received.
     *
     * @param serviceId  the service id, not null
     * @param outcome  the outcome, not null
     * @return the count
     */
    public long count(String serviceId, Feedback.Outcome outcome) {
        AtomicLong c = counts.get(key(serviceId, outcome));
        return c == null ? 0 : c.get();
    }

    /**
     * Returns every count, sorted by key {@code serviceId/outcome}.
     *
     * @return the counts, not null
     */
    public Map<String, Long> snapshot() {
        Map<String, Long> out = new TreeMap<>();
        counts.forEach((k, v) -> out.put(k, v.get()));
        return out;
    }

    private static String key(String serviceId, Feedback.Outcome outcome) {
        return serviceId + "/" + outcome.name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public String toString() {
        return "FeedbackCounts" + snapshot();
    }
}
