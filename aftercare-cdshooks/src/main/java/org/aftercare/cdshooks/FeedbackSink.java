package org.aftercare.cdshooks;

import java.util.List;

/**
 * Receives validated feedback, such as {@link FeedbackCounts} counting accepted and overridden cards per service.
 * A host may store feedback to review how cards are used.
 *
 * <pre>{@code
 * FeedbackCounts counts = new FeedbackCounts();
 * CdsHooksService service = CdsHooksService.builder(clock, zone).feedbackSink(counts).build();
 * }</pre>
 *
 * @implSpec Implementations must be thread-safe and must not log identifiers.
 * @since 0.1.0
 */
@FunctionalInterface
public interface FeedbackSink {

    /**
     * Accepts the feedback of one request.
     *
     * @param serviceId  the service the feedback was posted to, not null
     * @param feedback  the entries, not empty
     */
    void accept(String serviceId, List<Feedback> feedback);
}
