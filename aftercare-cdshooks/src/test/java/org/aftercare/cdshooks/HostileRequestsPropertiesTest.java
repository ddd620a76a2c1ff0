package org.aftercare.cdshooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Whatever arrives (any method, any path, any bytes, or a valid request with one value replaced or removed), the
 * service answers without throwing and never with a 5xx, and a valid request afterwards is still answered.
 */
class HostileRequestsPropertiesTest {
    private static final String SEED = "20261122";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final CdsHooksService SERVICE = Requests.service().build();
    private static final List<String> PATHS = List.of("/cds-services", "/cds-services/aftercare-patient-view",
            "/cds-services/aftercare-medication-order-sign", "/cds-services/aftercare-medication-order-select",
            "/cds-services/aftercare-patient-view/feedback", "/cds-services/x", "/", "", "/cds-services//feedback");

    @Property(tries = 1000, seed = SEED)
    void arbitraryBytesNeverGiveA5xx(@ForAll("methods") String method, @ForAll("paths") String path,
            @ForAll("bodies") byte[] body) {
        Response r = SERVICE.handle(method, path, body);

        assertThat(r.status()).isBetween(200, 499);
    }

    @Property(tries = 1000, seed = SEED)
    void mutatedRequestsNeverGiveA5xx(@ForAll("mutatedRequests") byte[] body, @ForAll("hookPaths") String path) {
        Response r = SERVICE.handle("POST", path, body);

        assertThat(r.status()).as(r.bodyText()).isBetween(200, 499);
        assertThat(r.bodyText()).doesNotContain("cdshooks.evaluation.failed");
    }

    @Provide
    Arbitrary<String> methods() {
        return Arbitraries.oneOf(Arbitraries.of("GET", "POST", "PUT", "DELETE", "OPTIONS", "HEAD", "post"),
                Arbitraries.strings().ofMaxLength(12));
    }

    @Provide
    Arbitrary<String> paths() {
        return Arbitraries.oneOf(Arbitraries.of(PATHS),
                Arbitraries.strings().ofMaxLength(40).map(s -> "/cds-services/" + s), Arbitraries.strings());
    }

    @Provide
    Arbitrary<String> hookPaths() {
        return Arbitraries.frequency(Tuple.of(3, "/cds-services/aftercare-medication-order-sign"),
                Tuple.of(1, PATHS.get(1)), Tuple.of(1, PATHS.get(3)), Tuple.of(1, PATHS.get(4)));
    }

    @Provide
    Arbitrary<byte[]> bodies() {
        Arbitrary<byte[]> raw = Arbitraries.bytes().array(byte[].class).ofMaxSize(300);
        Arbitrary<byte[]> jsonish = Arbitraries.strings().withChars("{}[]\":,0123456789.-eE tfnrul\\aé")
                .ofMaxLength(200).map(s -> s.getBytes(StandardCharsets.UTF_8));
        return Arbitraries.oneOf(raw, jsonish, Arbitraries.of(Requests.bytes("minimal-patient-view.json"),
                Requests.bytes("feedback.json"), Requests.bytes("malformed-order-sign.json")));
    }

    @Provide
    Arbitrary<byte[]> mutatedRequests() {
        List<JsonNode> bases = List.of(read("minimal-patient-view.json"), read("feedback.json"),
                read("malformed-order-sign.json"), read("order-sign-naltrexone.json"), read("order-sign-naltrexone.json"));
        Arbitrary<JsonNode> values = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(30).map(JsonNodeFactory.instance::textNode),
                Arbitraries.integers().map(JsonNodeFactory.instance::numberNode),
                Arbitraries.of(JsonNodeFactory.instance.nullNode(), JsonNodeFactory.instance.objectNode(),
                        JsonNodeFactory.instance.arrayNode(), JsonNodeFactory.instance.booleanNode(true),
                        JsonNodeFactory.instance.textNode("Bundle"),
                        JsonNodeFactory.instance.objectNode().put("resourceType", "Bundle"),
                        JsonNodeFactory.instance.objectNode().put("resourceType", "Patient").put("birthDate", "x"),
                        JsonNodeFactory.instance.objectNode().put("resourceType", "Nonsense")));
        return Combinators.combine(Arbitraries.of(bases), Arbitraries.integers().between(0, 1000), values,
                Arbitraries.of(true, false)).as((base, at, value, remove) -> {
                    JsonNode copy = base.deepCopy();
                    List<JsonNode> containers = new ArrayList<>();
                    collect(copy, containers);
                    JsonNode target = containers.get(at % containers.size());
                    if (target instanceof ObjectNode o && o.size() > 0) {
                        List<String> names = new ArrayList<>();
                        o.fieldNames().forEachRemaining(names::add);
                        String name = names.get(at % names.size());
                        if (remove) {
                            o.remove(name);
                        } else {
                            o.set(name, value);
                        }
                    } else if (target instanceof ArrayNode a) {
                        a.add(value);
                    } else if (target instanceof ObjectNode o) {
                        o.set("prefetch", JsonNodeFactory.instance.objectNode().set("patient", value));
                    }
                    return copy.toString().getBytes(StandardCharsets.UTF_8);
                });
    }

    private static void collect(JsonNode node, List<JsonNode> out) {
        if (node.isContainerNode()) {
            out.add(node);
            node.forEach(child -> collect(child, out));
        }
    }

    private static JsonNode read(String name) {
        try {
            return JSON.readTree(Requests.bytes(name));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
