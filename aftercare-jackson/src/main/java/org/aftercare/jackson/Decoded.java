package org.aftercare.jackson;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of decoding a JSON document, such as an {@link Accepted} evaluation request or a {@link Rejected}
 * document with every problem found in it.
 *
 * <p>Nothing is half-applied: a document is either accepted as a complete, valid value or rejected with at least
 * one {@link Problem}, never both.
 *
 * <pre>{@code
 * Decoded<EvaluationRequest> decoded = json.decodeRequest(bytes);
 * if (decoded instanceof Decoded.Accepted<EvaluationRequest> ok) {
 *     AftercareReport report = Aftercare.evaluate(ok.value());
 *     return json.encodeReport(report, ok.correlation().orElse(null));
 * }
 * return json.encodeProblems(((Decoded.Rejected<EvaluationRequest>) decoded).problems());
 * }</pre>
 *
 * @param <T> the decoded type
 * @since 0.1.0
 */
public sealed interface Decoded<T> permits Decoded.Accepted, Decoded.Rejected {

    /**
     * Checks if the document was accepted.
     *
     * @return true if this is {@link Accepted}
     */
    default boolean isAccepted() {
        return this instanceof Accepted;
    }

    /**
     * Returns the problems: empty when accepted.
     *
     * @return the problems, not null
     */
    List<Problem> problems();

    /**
     * A document decoded into a complete, valid value.
     *
     * @param <T> the decoded type
     * @param value  the value, not null
     * @param correlation  the document's opaque {@code correlation} string, if it had one, not null
     * @implSpec This class is immutable and thread-safe.
     * @since 0.1.0
     */
    record Accepted<T>(T value, Optional<String> correlation) implements Decoded<T> {
        /** Validates the fields. */
        public Accepted {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(correlation, "correlation");
        }

        @Override
        public List<Problem> problems() {
            return List.of();
        }

        /** Keeps the correlation out of logs: it is the caller's opaque identifier. */
        @Override
        public String toString() {
            return "Accepted[" + value + "]";
        }
    }

    /**
     * A rejected document with every problem found in it, in document order.
     *
     * @param <T> the type that could not be decoded
     * @param problems  the problems, not empty
     * @implSpec This class is immutable and thread-safe.
     * @since 0.1.0
     */
    record Rejected<T>(List<Problem> problems) implements Decoded<T> {
        /** Validates the fields. */
        public Rejected {
            problems = List.copyOf(problems);
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("a rejected document has at least one problem");
            }
        }
    }
}
