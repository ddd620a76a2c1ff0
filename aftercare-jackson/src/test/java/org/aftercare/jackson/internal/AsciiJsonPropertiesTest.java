package org.aftercare.jackson.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.aftercare.jackson.DecodeLimits;

/**
 * Fast path equals plain path: the everyday reader ({@link AsciiJson}, one loop over the tokens) reads every plain
 * ASCII document within the limits, indented or not, into the tree Jackson's path ({@link JsonTree#parseWithJackson})
 * reads without a problem; with one byte changed, it either gives up or still reads Jackson's tree.
 */
class AsciiJsonPropertiesTest {

    @Property(tries = 1000, seed = "20261122")
    void everydayDocumentsAreReadAsJacksonReadsThem(@ForAll long seed, @ForAll("limits") DecodeLimits limits) {
        Random r = new Random(seed);
        Shape shape = new Shape();
        String json = space(r) + value(r, 0, shape) + space(r);
        byte[] bytes = json.getBytes(StandardCharsets.US_ASCII);
        Object everyday = AsciiJson.read(bytes, limits);
        Problems problems = new Problems();
        Object jackson = JsonTree.parseWithJackson(bytes, limits, problems);
        boolean within = shape.depth <= limits.maxDepth() && shape.longestArray <= limits.maxArrayLength()
                && shape.longestString <= limits.maxStringLength();
        if (within) {
            assertThat(problems.sorted()).as(json).isEmpty();
            assertThat(everyday).as(json).isNotNull();
            assertThat(PlainTree.of(everyday)).as(json).isEqualTo(PlainTree.of(jackson));
        } else {
            assertThat(everyday).as(json).isNull();
        }
    }

    @Property(tries = 1000, seed = "20261122")
    void aChangedByteIsGivenUpOrReadAsJacksonReadsIt(@ForAll long seed, @ForAll("limits") DecodeLimits limits) {
        Random r = new Random(seed);
        String json = value(r, 0, new Shape());
        String chars = "{}[]\",:0-19.eE+ \n\t\rtfnul\\x";
        int at = r.nextInt(json.length());
        char c = chars.charAt(r.nextInt(chars.length()));
        String changed = switch (r.nextInt(3)) {
            case 0 -> json.substring(0, at) + c + json.substring(at + 1);
            case 1 -> json.substring(0, at) + c + json.substring(at);
            default -> json.substring(0, at) + json.substring(at + 1);
        };
        byte[] bytes = changed.getBytes(StandardCharsets.US_ASCII);
        Object everyday = AsciiJson.read(bytes, limits);
        if (everyday != null) {
            Problems problems = new Problems();
            Object jackson = JsonTree.parseWithJackson(bytes, limits, problems);
            assertThat(problems.sorted()).as(changed).isEmpty();
            assertThat(PlainTree.of(everyday)).as(changed).isEqualTo(PlainTree.of(jackson));
        }
    }

    @Provide
    Arbitrary<DecodeLimits> limits() {
        return Arbitraries.of(DecodeLimits.DEFAULT, new DecodeLimits(1 << 20, 1, 4, 1),
                new DecodeLimits(1 << 20, 2, 6, 2), new DecodeLimits(1 << 20, 3, 8, 5));
    }

    /** What a generated document needs of the limits. */
    private static final class Shape {
        int depth;
        int longestArray;
        int longestString;
    }

    private static String space(Random r) {
        String[] spaces = {"", "", "", " ", "\n", "\n  ", "\n          ", "\r\n\t", "                  \n    "};
        return spaces[r.nextInt(spaces.length)];
    }

    /** A plain ASCII value: containers to depth 4, distinct names, short integers, any whitespace between tokens. */
    private static String value(Random r, int depth, Shape shape) {
        int kind = r.nextInt(depth >= 4 ? 4 : 6);
        switch (kind) {
            case 0:
                return text(r, shape);
            case 1: {
                long v = r.nextInt(4) == 0 ? r.nextLong() % 100_000_000_000_000_000L : r.nextInt(2000) - 1000;
                return Long.toString(v);
            }
            case 2:
                return r.nextBoolean() ? "true" : "false";
            case 3:
                return "null";
            case 4: {
                shape.depth = Math.max(shape.depth, depth + 1);
                StringBuilder b = new StringBuilder("{").append(space(r));
                int n = r.nextInt(6);
                for (int i = 0; i < n; i++) {
                    // the correlation member, whose text is read into a string of its own, or a numbered name
                    String name = i == 0 && r.nextInt(3) == 0 ? "correlation" : NAMES[r.nextInt(NAMES.length)] + i;
                    shape.longestString = Math.max(shape.longestString, name.length());
                    b.append(i == 0 ? "" : "," + space(r)).append('"').append(name).append('"')
                            .append(space(r)).append(':').append(space(r)).append(value(r, depth + 1, shape))
                            .append(space(r));
                }
                return b.append('}').toString();
            }
            default: {
                shape.depth = Math.max(shape.depth, depth + 1);
                StringBuilder b = new StringBuilder("[").append(space(r));
                int n = r.nextInt(7);
                shape.longestArray = Math.max(shape.longestArray, n);
                for (int i = 0; i < n; i++) {
                    b.append(i == 0 ? "" : "," + space(r)).append(value(r, depth + 1, shape)).append(space(r));
                }
                return b.append(']').toString();
            }
        }
    }

    private static final String[] NAMES = {"a", "type", "start", "collectedAt", "m", "nanogramsPerMillilitre"};
    private static final String[] TEXTS = {"", "x", "urine", "2026-03-02", "2026-01-05T14:30:00Z", "in person",
        "a/b~c", "a much longer text than the shared table keeps, over thirty-two bytes"};

    private static String text(Random r, Shape shape) {
        String t = TEXTS[r.nextInt(TEXTS.length)];
        shape.longestString = Math.max(shape.longestString, t.length());
        return "\"" + t + "\"";
    }
}
