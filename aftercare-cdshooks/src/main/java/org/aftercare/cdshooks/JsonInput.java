package org.aftercare.cdshooks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.aftercare.jackson.DecodeLimits;
import org.aftercare.jackson.Problem;

/**
 * Reads a JSON document into a tree within {@link DecodeLimits}: size, nesting depth, string and array lengths,
 * duplicate keys and trailing content are reported as problems, never as exceptions. Messages never quote the
 * document.
 */
final class JsonInput {
    private final DecodeLimits limits;
    private final ObjectMapper mapper;

    JsonInput(DecodeLimits limits) {
        this.limits = limits;
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxDepth())
                        .maxStringLength(limits.maxStringLength())
                        .maxNameLength(limits.maxStringLength())
                        .maxNumberLength(100)
                        .maxDocumentLength(limits.maxDocumentBytes())
                        .build())
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        this.mapper = new ObjectMapper(factory).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /**
     * Reads a document.
     *
     * @param bytes  the document
     * @param problems  where problems go
     * @return the root, or null when the document was rejected (problems were added)
     */
    JsonNode read(byte[] bytes, List<Problem> problems) {
        if (bytes.length > limits.maxDocumentBytes()) {
            problems.add(new Problem("", "json.limit.size",
                    "the document must be at most " + limits.maxDocumentBytes() + " bytes: it has " + bytes.length));
            return null;
        }
        if (bytes.length == 0) {
            problems.add(new Problem("", "json.syntax", "the body is empty: expected a JSON object"));
            return null;
        }
        JsonNode root;
        try {
            root = mapper.readTree(bytes);
        } catch (StreamConstraintsException e) {
            String text = String.valueOf(e.getOriginalMessage());
            String code = text.contains("nesting depth") ? "json.limit.depth"
                    : text.contains("Number") ? "json.limit.number" : "json.limit.string";
            problems.add(new Problem("", code, "the document exceeds a limit (depth " + limits.maxDepth()
                    + ", strings of " + limits.maxStringLength() + " chars, numbers of 100 digits)"));
            return null;
        } catch (JsonProcessingException e) {
            String text = String.valueOf(e.getOriginalMessage());
            boolean duplicate = text.startsWith("Duplicate field");
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            problems.add(new Problem("", duplicate ? "json.duplicate-key" : "json.syntax",
                    (duplicate ? "a key is repeated in one object" : "the body is not well-formed JSON") + where));
            return null;
        } catch (IOException | RuntimeException e) {
            problems.add(new Problem("", "json.syntax", "the body is not well-formed JSON"));
            return null;
        }
        if (root == null || root.isMissingNode()) {
            problems.add(new Problem("", "json.syntax", "the body is empty: expected a JSON object"));
            return null;
        }
        int before = problems.size();
        checkArrays(root, "", problems);
        return problems.size() == before ? root : null;
    }

    private void checkArrays(JsonNode node, String pointer, List<Problem> problems) {
        if (node.isArray()) {
            if (node.size() > limits.maxArrayLength()) {
                problems.add(new Problem(pointer, "json.limit.array", "an array must have at most "
                        + limits.maxArrayLength() + " elements: it has " + node.size()));
                return;
            }
            for (int i = 0; i < node.size(); i++) {
                checkArrays(node.get(i), pointer + "/" + i, problems);
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                checkArrays(e.getValue(), pointer + "/" + escape(e.getKey()), problems);
            }
        }
    }

    /**
     * Escapes one JSON Pointer segment (RFC 6901).
     *
     * @param segment  the member name
     * @return the escaped segment
     */
    static String escape(String segment) {
        return segment.replace("~", "~0").replace("/", "~1");
    }

    ObjectMapper mapper() {
        return mapper;
    }

}
