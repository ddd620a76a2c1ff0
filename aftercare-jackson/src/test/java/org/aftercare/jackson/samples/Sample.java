package org.aftercare.jackson.samples;

import java.util.Objects;
import org.aftercare.evaluation.EvaluationRequest;

/**
 * A named sample request of the examples module, such as the step-down from residential care to IOP.
 *
 * @param name  a short name, such as {@code "step-down-3.5-to-2.1"}
 * @param title  a title for people
 * @param request  the request, not null
 * @since 0.1.0
 */
public record Sample(String name, String title, EvaluationRequest request) {
    /** Validates the fields. */
    public Sample {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(request, "request");
    }
}
