package org.aftercare.cdshooks;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.aftercare.jackson.Problem;

/**
 * Validates a hook request against the CDS Hooks 2.0 request shape and the service it was posted to, reporting
 * every problem with its JSON Pointer. Messages name the expected shape and never quote identifiers or tokens.
 */
final class HookRequestReader {
    private static final Set<String> TOP = Set.of("hook", "hookInstance", "fhirServer", "fhirAuthorization",
            "context", "prefetch", "extension");
    private static final Set<String> AUTH = Set.of("access_token", "token_type", "expires_in", "scope", "subject",
            "patient");
    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern REFERENCE = Pattern.compile("[A-Z][A-Za-z]+/[A-Za-z0-9\\-.]{1,64}");
    private static final Pattern FHIR_ID = Pattern.compile("[A-Za-z0-9\\-.]{1,64}");

    private final List<Problem> problems = new ArrayList<>();

    private HookRequestReader() {
    }

    /**
     * Reads a request for a service.
     *
     * @param root  the parsed document
     * @param service  the service it was posted to
     * @param problems  where problems go
     * @return the request, or null when there were problems
     */
    static HookRequest read(JsonNode root, CdsService service, List<Problem> problems) {
        HookRequestReader r = new HookRequestReader();
        HookRequest request = r.request(root, service);
        problems.addAll(r.problems);
        return r.problems.isEmpty() ? request : null;
    }

    private HookRequest request(JsonNode root, CdsService service) {
        if (!root.isObject()) {
            wrongType("", "a JSON object (a CDS Hooks request)", root);
            return null;
        }
        unknown(root, "", TOP);
        String hookText = string(root, "", "hook", true);
        Hook hook = service.hook();
        if (hookText != null && !hookText.equals(hook.id())) {
            problems.add(new Problem("/hook", "json.invalid-value", "service " + service.id() + " answers the hook "
                    + hook.id() + (Hook.of(hookText).isPresent() ? ", not " + hookText : ", not another hook")));
        }
        String instanceText = string(root, "", "hookInstance", true);
        UUID instance = null;
        if (instanceText != null) {
            if (UUID_TEXT.matcher(instanceText).matches()) {
                instance = UUID.fromString(instanceText);
            } else {
                problems.add(new Problem("/hookInstance", "json.invalid-value",
                        "expected a UUID such as d1577c69-dfbe-44ad-ba6d-3e05e953b2ea"));
            }
        }
        URI server = fhirServer(root);
        FhirAuthorization auth = authorization(root);
        JsonNode authNode = root.get("fhirAuthorization");
        if (authNode != null && !authNode.isNull() && root.get("fhirServer") == null) {
            problems.add(new Problem("/fhirServer", "json.missing",
                    "fhirServer is required when fhirAuthorization is given"));
        }
        JsonNode context = root.get("context");
        String userId = null;
        String patientId = null;
        String encounterId = null;
        List<String> selections = List.of();
        JsonNode draftOrders = null;
        if (context == null) {
            problems.add(new Problem("/context", "json.missing", "the " + hook.id() + " context is required"));
        } else if (!context.isObject()) {
            wrongType("/context", "an object", context);
        } else {
            Set<String> allowed = new java.util.HashSet<>(hook.requiredContext());
            allowed.addAll(hook.optionalContext());
            unknown(context, "/context", allowed);
            userId = string(context, "/context", "userId", true);
            if (userId != null && !REFERENCE.matcher(userId).matches()) {
                problems.add(new Problem("/context/userId", "json.invalid-value",
                        "expected a FHIR reference such as Practitioner/123"));
            }
            patientId = string(context, "/context", "patientId", true);
            if (patientId != null && !FHIR_ID.matcher(patientId).matches()) {
                problems.add(new Problem("/context/patientId", "json.invalid-value",
                        "expected a FHIR id (1-64 letters, digits, '-' or '.')"));
            }
            encounterId = string(context, "/context", "encounterId", false);
            if (encounterId != null && !FHIR_ID.matcher(encounterId).matches()) {
                problems.add(new Problem("/context/encounterId", "json.invalid-value",
                        "expected a FHIR id (1-64 letters, digits, '-' or '.')"));
            }
            if (hook.requiredContext().contains("selections")) {
                selections = selections(context);
            }
            if (hook.requiredContext().contains("draftOrders")) {
                draftOrders = draftOrders(context);
            }
            if (draftOrders != null && context.path("selections").isArray()) {
                selectionsInDraftOrders(context.get("selections"), draftOrders);
            }
        }
        Map<String, JsonNode> prefetch = prefetch(root, service);
        if (!problems.isEmpty()) {
            return null;
        }
        return new HookRequest(hook, instance, Optional.ofNullable(server), Optional.ofNullable(auth), userId,
                patientId, Optional.ofNullable(encounterId), selections, draftOrders, prefetch);
    }

    private URI fhirServer(JsonNode root) {
        String text = string(root, "", "fhirServer", false);
        if (text == null) {
            return null;
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    && uri.getRawQuery() == null && uri.getRawFragment() == null && uri.getRawUserInfo() == null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        problems.add(new Problem("/fhirServer", "json.invalid-value",
                "expected the base URL of a FHIR server (http or https, no query, fragment or user info)"));
        return null;
    }

    private FhirAuthorization authorization(JsonNode root) {
        JsonNode node = root.get("fhirAuthorization");
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            wrongType("/fhirAuthorization", "an object", node);
            return null;
        }
        String p = "/fhirAuthorization";
        unknown(node, p, AUTH);
        int before = problems.size();
        String token = string(node, p, "access_token", true);
        if (token != null && token.isBlank()) {
            problems.add(new Problem(p + "/access_token", "json.invalid-value", "expected a non-blank token"));
        }
        String type = string(node, p, "token_type", true);
        if (type != null && !type.equals("Bearer")) {
            problems.add(new Problem(p + "/token_type", "json.invalid-value", "expected \"Bearer\""));
        }
        long expires = 0;
        JsonNode e = node.get("expires_in");
        if (e == null) {
            problems.add(new Problem(p + "/expires_in", "json.missing", "expires_in (seconds) is required"));
        } else if (!e.isIntegralNumber() || !e.canConvertToLong() || e.asLong() < 0) {
            problems.add(new Problem(p + "/expires_in", e.isNumber() ? "json.out-of-range" : "json.wrong-type",
                    "expected a whole number of seconds, 0 or more"));
        } else {
            expires = e.asLong();
        }
        String scope = string(node, p, "scope", true);
        String subject = string(node, p, "subject", true);
        string(node, p, "patient", false);
        if (problems.size() != before) {
            return null;
        }
        return new FhirAuthorization(token, type, expires, scope, subject);
    }

    private List<String> selections(JsonNode context) {
        JsonNode node = context.get("selections");
        if (node == null) {
            problems.add(new Problem("/context/selections", "json.missing", "selections is required for order-select"));
            return List.of();
        }
        if (!node.isArray()) {
            wrongType("/context/selections", "an array of references such as MedicationRequest/123", node);
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode s = node.get(i);
            if (!s.isTextual() || !REFERENCE.matcher(s.asText()).matches()) {
                problems.add(new Problem("/context/selections/" + i, s.isTextual() ? "json.invalid-value"
                        : "json.wrong-type", "expected a reference such as MedicationRequest/123"));
            } else {
                out.add(s.asText());
            }
        }
        return out;
    }

    /** Each selection must name an order of draftOrders (CDS Hooks 2.0 order-select). */
    private void selectionsInDraftOrders(JsonNode selections, JsonNode draftOrders) {
        Set<String> orders = new java.util.HashSet<>();
        for (JsonNode entry : draftOrders.path("entry")) {
            JsonNode r = entry.path("resource");
            if (r.path("resourceType").isTextual() && r.path("id").isTextual()) {
                orders.add(r.get("resourceType").asText() + "/" + r.get("id").asText());
            }
        }
        for (int i = 0; i < selections.size(); i++) {
            JsonNode s = selections.get(i);
            if (s.isTextual() && REFERENCE.matcher(s.asText()).matches() && !orders.contains(s.asText())) {
                problems.add(new Problem("/context/selections/" + i, "json.invalid-value",
                        "a selection must name an order in draftOrders (resourceType/id)"));
            }
        }
    }

    private JsonNode draftOrders(JsonNode context) {
        JsonNode node = context.get("draftOrders");
        if (node == null) {
            problems.add(new Problem("/context/draftOrders", "json.missing", "draftOrders (a FHIR Bundle) is required"));
            return null;
        }
        if (!node.isObject()) {
            wrongType("/context/draftOrders", "a FHIR Bundle object", node);
            return null;
        }
        JsonNode type = node.get("resourceType");
        if (type == null || !"Bundle".equals(type.asText(null))) {
            problems.add(new Problem("/context/draftOrders/resourceType", type == null ? "json.missing"
                    : "json.invalid-value", "draftOrders must be a FHIR Bundle (resourceType \"Bundle\")"));
            return null;
        }
        return node;
    }

    private Map<String, JsonNode> prefetch(JsonNode root, CdsService service) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        JsonNode node = root.get("prefetch");
        if (node == null || node.isNull()) {
            return out;
        }
        if (!node.isObject()) {
            wrongType("/prefetch", "an object of prefetched FHIR resources", node);
            return out;
        }
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            String p = "/prefetch/" + JsonInput.escape(e.getKey());
            if (!service.prefetch().containsKey(e.getKey())) {
                problems.add(new Problem(p, "json.unknown-property", "service " + service.id()
                        + " declares the prefetch keys " + String.join(", ", service.prefetch().keySet())));
            } else if (e.getValue().isNull()) {
                continue;
            } else if (!e.getValue().isObject()) {
                wrongType(p, "a FHIR resource object or null", e.getValue());
            } else if (!e.getValue().path("resourceType").isTextual()) {
                problems.add(new Problem(p + "/resourceType", "json.missing",
                        "a prefetched FHIR resource needs its resourceType"));
            } else {
                out.put(e.getKey(), e.getValue());
            }
        }
        return out;
    }

    private String string(JsonNode obj, String parent, String name, boolean required) {
        JsonNode v = obj.get(name);
        String p = parent + "/" + name;
        if (v == null || (!required && v.isNull())) {
            if (required) {
                problems.add(new Problem(p, "json.missing", name + " is required"));
            }
            return null;
        }
        if (!v.isTextual()) {
            wrongType(p, "a string", v);
            return null;
        }
        return v.asText();
    }

    private void unknown(JsonNode obj, String parent, Set<String> allowed) {
        for (Map.Entry<String, JsonNode> e : obj.properties()) {
            if (!allowed.contains(e.getKey())) {
                problems.add(new Problem(parent + "/" + JsonInput.escape(e.getKey()), "json.unknown-property",
                        "not a member here; expected one of " + String.join(", ", new java.util.TreeSet<>(allowed))));
            }
        }
    }

    private void wrongType(String pointer, String expected, JsonNode found) {
        problems.add(new Problem(pointer, "json.wrong-type", "expected " + expected + ", found " + kind(found)));
    }

    static String kind(JsonNode node) {
        if (node.isObject()) {
            return "an object";
        }
        if (node.isArray()) {
            return "an array";
        }
        if (node.isTextual()) {
            return "a string";
        }
        if (node.isNumber()) {
            return "a number";
        }
        if (node.isBoolean()) {
            return "a boolean";
        }
        return "null";
    }
}
