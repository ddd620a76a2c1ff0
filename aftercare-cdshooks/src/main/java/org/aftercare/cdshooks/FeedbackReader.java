package org.aftercare.cdshooks;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.aftercare.jackson.Problem;

/** Validates a CDS Hooks 2.0 feedback document, reporting every problem with its JSON Pointer. */
final class FeedbackReader {
    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Set<String> ENTRY = Set.of("card", "outcome", "acceptedSuggestions", "overrideReason",
            "outcomeTimestamp");

    private FeedbackReader() {
    }

    static List<Feedback> read(JsonNode root, List<Problem> problems) {
        int before = problems.size();
        List<Feedback> out = new ArrayList<>();
        if (!root.isObject()) {
            problems.add(new Problem("", "json.wrong-type", "expected an object with a feedback array"));
            return null;
        }
        for (Map.Entry<String, JsonNode> e : root.properties()) {
            if (!e.getKey().equals("feedback")) {
                problems.add(new Problem("/" + JsonInput.escape(e.getKey()), "json.unknown-property",
                        "not a member here; expected feedback"));
            }
        }
        JsonNode list = root.get("feedback");
        if (list == null) {
            problems.add(new Problem("/feedback", "json.missing", "feedback (an array of entries) is required"));
        } else if (!list.isArray() || list.isEmpty()) {
            problems.add(new Problem("/feedback", list.isArray() ? "json.invalid-value" : "json.wrong-type",
                    "expected a non-empty array of feedback entries"));
        } else {
            for (int i = 0; i < list.size(); i++) {
                Feedback f = entry(list.get(i), "/feedback/" + i, problems);
                if (f != null) {
                    out.add(f);
                }
            }
        }
        return problems.size() == before ? out : null;
    }

    private static Feedback entry(JsonNode e, String p, List<Problem> problems) {
        if (!e.isObject()) {
            problems.add(new Problem(p, "json.wrong-type", "expected a feedback object"));
            return null;
        }
        int before = problems.size();
        for (Map.Entry<String, JsonNode> m : e.properties()) {
            if (!ENTRY.contains(m.getKey())) {
                problems.add(new Problem(p + "/" + JsonInput.escape(m.getKey()), "json.unknown-property",
                        "not a member here; expected one of " + String.join(", ", new java.util.TreeSet<>(ENTRY))));
            }
        }
        UUID card = uuid(e.get("card"), p + "/card", problems);
        Feedback.Outcome outcome = null;
        JsonNode o = e.get("outcome");
        if (o == null) {
            problems.add(new Problem(p + "/outcome", "json.missing", "outcome (accepted or overridden) is required"));
        } else if (!o.isTextual()) {
            problems.add(new Problem(p + "/outcome", "json.wrong-type", "expected \"accepted\" or \"overridden\""));
        } else if (o.asText().equals("accepted")) {
            outcome = Feedback.Outcome.ACCEPTED;
        } else if (o.asText().equals("overridden")) {
            outcome = Feedback.Outcome.OVERRIDDEN;
        } else {
            problems.add(new Problem(p + "/outcome", "json.unknown-code", "expected \"accepted\" or \"overridden\""));
        }
        List<UUID> accepted = new ArrayList<>();
        JsonNode a = e.get("acceptedSuggestions");
        if (a != null) {
            if (!a.isArray()) {
                problems.add(new Problem(p + "/acceptedSuggestions", "json.wrong-type",
                        "expected an array of {\"id\": uuid}"));
            } else {
                for (int i = 0; i < a.size(); i++) {
                    String q = p + "/acceptedSuggestions/" + i;
                    JsonNode s = a.get(i);
                    if (!s.isObject()) {
                        problems.add(new Problem(q, "json.wrong-type", "expected {\"id\": uuid}"));
                        continue;
                    }
                    UUID id = uuid(s.get("id"), q + "/id", problems);
                    if (id != null) {
                        accepted.add(id);
                    }
                }
            }
            if (outcome == Feedback.Outcome.OVERRIDDEN) {
                problems.add(new Problem(p + "/acceptedSuggestions", "json.invalid-value",
                        "an overridden card has no accepted suggestions"));
            }
        }
        Optional<String> reason = Optional.empty();
        JsonNode r = e.get("overrideReason");
        if (r != null) {
            if (outcome == Feedback.Outcome.ACCEPTED) {
                problems.add(new Problem(p + "/overrideReason", "json.invalid-value",
                        "an accepted card has no override reason"));
            }
            if (!r.isObject()) {
                problems.add(new Problem(p + "/overrideReason", "json.wrong-type",
                        "expected {\"reason\": Coding, \"userComment\": string}"));
            } else {
                JsonNode coding = r.get("reason");
                if (coding != null && (!coding.isObject() || !coding.path("code").isTextual())) {
                    problems.add(new Problem(p + "/overrideReason/reason", "json.wrong-type",
                            "expected a Coding with a code"));
                } else if (coding != null) {
                    reason = Optional.of(coding.get("code").asText());
                }
                JsonNode comment = r.get("userComment");
                if (comment != null && !comment.isTextual()) {
                    problems.add(new Problem(p + "/overrideReason/userComment", "json.wrong-type", "expected a string"));
                }
            }
        }
        Instant at = null;
        JsonNode t = e.get("outcomeTimestamp");
        if (t == null) {
            problems.add(new Problem(p + "/outcomeTimestamp", "json.missing", "outcomeTimestamp is required"));
        } else if (!t.isTextual()) {
            problems.add(new Problem(p + "/outcomeTimestamp", "json.wrong-type", "expected an ISO 8601 instant"));
        } else {
            try {
                at = java.time.OffsetDateTime.parse(t.asText()).toInstant();
            } catch (DateTimeParseException ex) {
                problems.add(new Problem(p + "/outcomeTimestamp", "json.invalid-value",
                        "expected an ISO 8601 instant with an offset, such as 2026-04-03T13:05:00Z"));
            }
        }
        if (problems.size() != before) {
            return null;
        }
        return new Feedback(card, outcome, accepted, reason, at);
    }

    private static UUID uuid(JsonNode v, String p, List<Problem> problems) {
        if (v == null) {
            problems.add(new Problem(p, "json.missing", "a uuid is required"));
        } else if (!v.isTextual()) {
            problems.add(new Problem(p, "json.wrong-type", "expected a uuid string"));
        } else if (!UUID_TEXT.matcher(v.asText()).matches()) {
            problems.add(new Problem(p, "json.invalid-value", "expected a uuid such as 0bf5a1b2-…"));
        } else {
            return UUID.fromString(v.asText());
        }
        return null;
    }
}
