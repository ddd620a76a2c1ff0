package org.aftercare.jackson.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import java.util.Locale;
import org.aftercare.jackson.DecodeLimits;

/**
 * Builds a JSON tree from bytes while enforcing the {@link DecodeLimits} and rejecting duplicate keys, every
 * violation reported with its pointer. Values that broke a limit are replaced by {@link #REPORTED}, so readers skip
 * them without reporting them twice. Recursion is bounded by the depth limit.
 */
public final class JsonTree {
    /** Stands for a value already reported (too deep, too long); readers skip it silently. */
    static final Object REPORTED = Marker.REPORTED;
    /** The JSON {@code null}. */
    static final Object NULL = Marker.NULL;

    /** The tree's values that are neither Java values nor containers. */
    private enum Marker {
        NULL, REPORTED,
        /** A value a Jackson tree may hold but JSON text cannot (binary, POJO, missing): described as an object. */
        OTHER
    }

    private final DecodeLimits limits;
    private final Problems problems;
    private final JsonFactory factory;
    /**
     * The pointer of the value being read, as its first {@link #depth} segments (member names or array indexes):
     * the text is built only when a problem names it, not for every member of every document.
     */
    private Object[] segments = new Object[16];
    private int depth;
    private JsonParser parser;

    private JsonTree(DecodeLimits limits, Problems problems) {
        this.limits = limits;
        this.problems = problems;
        JsonFactory shared = FACTORIES.get(limits);
        if (shared == null) {
            shared = factory(limits);
            if (FACTORIES.size() < 64) {
                FACTORIES.putIfAbsent(limits, shared);
            }
        }
        this.factory = shared;
    }

    /**
     * One parser factory per limits (the first 64 limits seen), shared: a factory is thread-safe, and a new one per document would start
     * its symbol table of property names empty every time (most of the cost of parsing small documents).
     */
    private static final java.util.Map<DecodeLimits, JsonFactory> FACTORIES = new java.util.concurrent.ConcurrentHashMap<>();

    private static JsonFactory factory(DecodeLimits limits) {
        // Jackson's own constraints are a backstop: the explicit checks below report first, with a pointer.
        return JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxDocumentBytes())
                        .maxStringLength(Math.max(limits.maxDocumentBytes(), StreamReadConstraints.DEFAULT_MAX_STRING_LEN))
                        .maxNumberLength(1000)
                        .maxNameLength(Math.max(limits.maxDocumentBytes(), StreamReadConstraints.DEFAULT_MAX_NAME_LEN))
                        .build())
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .build();
    }

    /**
     * Parses a document into a tree of the plain values {@link JsonObject} describes: an everyday document by
     * {@link AsciiJson}, any other by Jackson's parser, which reports its problems.
     *
     * @param json  the document
     * @param limits  the limits
     * @param problems  where problems go
     * @return the root, or null when the document could not be read to its end
     */
    static Object parse(byte[] json, DecodeLimits limits, Problems problems) {
        if (json.length > limits.maxDocumentBytes()) {
            problems.add("", "json.limit.size", "the document must be at most " + limits.maxDocumentBytes()
                    + " bytes: it has " + json.length);
            return null;
        }
        Object everyday = AsciiJson.read(json, limits);
        if (everyday != null) {
            problems.readAsAscii();
            return everyday;
        }
        return parseWithJackson(json, limits, problems);
    }

    /**
     * Parses a document of at most the size limit with Jackson's parser, reporting every problem.
     *
     * @param json  the document
     * @param limits  the limits
     * @param problems  where problems go
     * @return the root, or null when the document could not be read to its end
     */
    static Object parseWithJackson(byte[] json, DecodeLimits limits, Problems problems) {
        Object root = new JsonTree(limits, problems).read(json);
        if (root == null) {
            return null;
        }
        // The parser locates most encoding errors itself; some (overlong forms, encoded surrogates) it decodes.
        int invalid = firstInvalidUtf8(json);
        if (invalid >= 0) {
            problems.add("", "json.syntax", "the document is not valid UTF-8 at byte " + invalid);
            return null;
        }
        return root;
    }

    /**
     * Returns the offset of the first malformed UTF-8 sequence (overlong forms, surrogates, bytes that
     * never occur), or -1. Documents in UTF-16 or UTF-32 (detected by their BOM or zero bytes, as
     * RFC 8259 allows readers to) are left to the parser.
     */
    private static int firstInvalidUtf8(byte[] json) {
        if (isAscii(json)) {
            return -1;
        }
        if (json.length >= 2 && ((json[0] == (byte) 0xFE && json[1] == (byte) 0xFF)
                || (json[0] == (byte) 0xFF && json[1] == (byte) 0xFE) || json[0] == 0 || json[1] == 0)) {
            return -1;
        }
        java.nio.charset.CharsetDecoder decoder = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(json);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(4096);
        while (true) {
            java.nio.charset.CoderResult r = decoder.decode(in, out, true);
            if (r.isError()) {
                return in.position();
            }
            if (r.isUnderflow()) {
                return decoder.flush(out).isError() ? in.position() : -1;
            }
            out.clear();
        }
    }

    private static boolean isAscii(byte[] json) {
        for (byte b : json) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    private Object read(byte[] json) {
        try (JsonParser p = factory.createParser(json)) {
            parser = p;
            JsonToken first = p.nextToken();
            if (first == null) {
                problems.add("", "json.syntax", "the document is empty");
                return null;
            }
            Object root = value(p, first, 1);
            depth = 0;
            if (p.nextToken() != null) {
                problems.add("", "json.syntax", "the document must hold one JSON value: more follows at "
                        + location(p));
                return null;
            }
            return root;
        } catch (StreamConstraintsException e) {
            problems.add(failedAt(), "json.limit.number", e.getOriginalMessage());
            return null;
        } catch (JsonProcessingException e) {
            problems.add(failedAt(), "json.syntax", e.getOriginalMessage() + " at " + location(e));
            return null;
        } catch (NumberFormatException e) {
            problems.add(failedAt(), "json.syntax", "a number cannot be read: " + e.getMessage());
            return null;
        } catch (IOException e) {
            problems.add(pointer(), "json.syntax", "the document cannot be read: " + e.getMessage());
            return null;
        }
    }

    /**
     * Where reading failed. The parser reads a member's value together with its name, so its context knows better
     * than the tree builder which member was being read.
     */
    private String failedAt() {
        String at = parser == null ? pointer() : parser.getParsingContext().pathAsPointer().toString();
        return Pointers.truncate(at, limits.maxDepth());
    }

    private Object value(JsonParser p, JsonToken token, int level) throws IOException {
        switch (token) {
            case START_OBJECT:
            case START_ARRAY:
                if (level > limits.maxDepth()) {
                    problems.add(pointer(), "json.limit.depth", "objects and arrays must nest at most "
                            + limits.maxDepth() + " deep");
                    p.skipChildren();
                    return REPORTED;
                }
                return token == JsonToken.START_OBJECT ? object(p, level) : array(p, level);
            case VALUE_STRING:
                if (p.getTextLength() > limits.maxStringLength()) {
                    problems.add(pointer(), "json.limit.string", "strings must be at most " + limits.maxStringLength()
                            + " characters: this one has " + p.getTextLength());
                    return REPORTED;
                }
                return p.getText();
            case VALUE_NUMBER_INT:
                // up to 18 characters (sign included) always fits a long: no BigInteger for everyday numbers
                return p.getTextLength() <= 18 ? (Object) p.getLongValue() : p.getBigIntegerValue();
            case VALUE_NUMBER_FLOAT:
                return p.getDecimalValue();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return NULL;
            default:
                throw new IllegalStateException("unexpected token " + token);
        }
    }

    private JsonObject object(JsonParser p, int level) throws IOException {
        JsonObject node = new JsonObject();
        int parent = depth;
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            child(parent, name.length() > limits.maxStringLength() ? "" : name);
            JsonToken valueToken = p.nextToken();
            if (name.length() > limits.maxStringLength()) {
                problems.add(pointer(parent), "json.limit.string", "property names must be at most "
                        + limits.maxStringLength() + " characters: one has " + name.length());
                p.skipChildren();
            } else if (node.has(name)) {
                problems.add(pointer(), "json.duplicate-key", "the member \"" + name
                        + "\" must appear once in its object: it appears again at " + location(p));
                p.skipChildren();
            } else {
                node.add(name, value(p, valueToken, level + 1));
            }
            depth = parent;
        }
        return node;
    }

    private Object array(JsonParser p, int level) throws IOException {
        JsonArray node = new JsonArray();
        int parent = depth;
        JsonToken t;
        int index = 0;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t == null) {
                return node;
            }
            child(parent, index);
            if (index >= limits.maxArrayLength()) {
                depth = parent;
                problems.add(pointer(), "json.limit.array", "arrays must have at most " + limits.maxArrayLength()
                        + " elements");
                p.skipChildren();
                while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
                    p.skipChildren();
                }
                return REPORTED;
            }
            node.add(value(p, t, level + 1));
            index++;
        }
        depth = parent;
        return node;
    }

    /** Makes the pointer the first {@code parent} segments followed by one more (a member name or an index). */
    private void child(int parent, Object segment) {
        if (parent == segments.length) {
            segments = java.util.Arrays.copyOf(segments, parent * 2);
        }
        segments[parent] = segment;
        depth = parent + 1;
    }

    /** Returns the pointer of the value being read. */
    private String pointer() {
        return pointer(depth);
    }

    /** Returns the pointer made of the first {@code count} segments. */
    private String pointer(int count) {
        String at = "";
        for (int i = 0; i < count; i++) {
            at = segments[i] instanceof Integer index ? Pointers.child(at, index) : Pointers.child(at, (String) segments[i]);
        }
        return at;
    }

    private static String location(JsonParser p) {
        return "line " + p.currentLocation().getLineNr() + ", column " + p.currentLocation().getColumnNr();
    }

    private static String location(JsonProcessingException e) {
        return e.getLocation() == null ? "an unknown position"
                : String.format(Locale.ROOT, "line %d, column %d", e.getLocation().getLineNr(),
                        e.getLocation().getColumnNr());
    }

    /**
     * Converts a Jackson tree (as a Jackson deserializer reads it) into this tree's plain values, so the same readers
     * serve both. A Jackson tree has no duplicate keys and no limits to report.
     *
     * @param node  the Jackson tree, or null
     * @return the tree, or null for null
     */
    static Object of(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isIntegralNumber()) {
            return node.canConvertToLong() ? (Object) node.longValue() : node.bigIntegerValue();
        }
        if (node.isNumber()) {
            return node.numberValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isNull()) {
            return NULL;
        }
        if (node.isArray()) {
            JsonArray array = new JsonArray();
            for (JsonNode e : node) {
                array.add(of(e));
            }
            return array;
        }
        if (node.isObject()) {
            JsonObject object = new JsonObject(node.size());
            for (Iterator<Map.Entry<String, JsonNode>> i = node.fields(); i.hasNext(); ) {
                Map.Entry<String, JsonNode> e = i.next();
                object.add(e.getKey(), of(e.getValue()));
            }
            return object;
        }
        return Marker.OTHER;
    }
}
