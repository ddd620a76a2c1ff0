package org.aftercare.jackson.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.aftercare.jackson.DecodeLimits;
import org.junit.jupiter.api.Test;

/**
 * The everyday reader builds each object and array with exactly its members, and leaves an object of more than 64
 * members to Jackson (its check for a repeated name scans the members before it), which reads the same tree.
 */
class AsciiJsonMembersTest {
    private static byte[] object(int members, boolean repeatLast) {
        StringBuilder b = new StringBuilder("{");
        for (int i = 0; i < members; i++) {
            b.append(i == 0 ? "" : ",").append("\"m").append(repeatLast && i == members - 1 ? 0 : i).append("\": ")
                    .append(i);
        }
        return b.append("}").toString().getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void anObjectOfUpTo64MembersIsReadHere() {
        JsonObject o = (JsonObject) AsciiJson.read(object(64, false), DecodeLimits.DEFAULT);
        assertThat(o.size()).isEqualTo(64);
        assertThat(o.name(63)).isEqualTo("m63");
        assertThat(o.get("m63")).isEqualTo(63L);
        assertThat(o.indexOf("m40")).isEqualTo(40);
        assertThat(o.get("m64")).isNull();
    }

    @Test
    void aLargerObjectIsLeftToJacksonWhichReadsTheSameTree() {
        byte[] json = object(65, false);
        assertThat(AsciiJson.read(json, DecodeLimits.DEFAULT)).isNull();
        Problems problems = new Problems();
        JsonObject o = (JsonObject) JsonTree.parse(json, DecodeLimits.DEFAULT, problems);
        assertThat(problems.any()).isFalse();
        assertThat(o.size()).isEqualTo(65);
        assertThat(o.get("m64")).isEqualTo(64L);
    }

    @Test
    void aRepeatedNameIsLeftToJacksonWhichReportsIt() {
        assertThat(AsciiJson.read(object(3, true), DecodeLimits.DEFAULT)).isNull();
        Problems problems = new Problems();
        JsonTree.parse(object(3, true), DecodeLimits.DEFAULT, problems);
        assertThat(problems.sorted()).extracting(p -> p.pointer() + " " + p.code())
                .containsExactly("/m0 json.duplicate-key");
    }

    @Test
    void nestedContainersKeepTheirOwnMembers() {
        byte[] json = "{\"a\": [1, {\"b\": [], \"c\": {}}, [2, 3]], \"d\": {\"a\": 4}, \"e\": [ ]}"
                .getBytes(StandardCharsets.US_ASCII);
        JsonObject o = (JsonObject) AsciiJson.read(json, DecodeLimits.DEFAULT);
        assertThat(o.size()).isEqualTo(3);
        JsonArray a = (JsonArray) o.get("a");
        assertThat(a.size()).isEqualTo(3);
        assertThat(a.get(0)).isEqualTo(1L);
        JsonObject inner = (JsonObject) a.get(1);
        assertThat(inner.size()).isEqualTo(2);
        assertThat(((JsonArray) inner.get("b")).size()).isZero();
        assertThat(((JsonObject) inner.get("c")).size()).isZero();
        assertThat(((JsonArray) a.get(2)).get(1)).isEqualTo(3L);
        assertThat(((JsonObject) o.get("d")).get("a")).isEqualTo(4L);
        assertThat(((JsonArray) o.get("e")).size()).isZero();
    }

    @Test
    void anObjectOfMoreThanTwelveMembersIsLookedUpThroughItsIndex() {
        StringBuilder b = new StringBuilder("{\"x\": {");
        for (int i = 0; i < 20; i++) {
            b.append(i == 0 ? "" : ",").append("\"k").append(i).append("\": ").append(i);
        }
        JsonObject x = (JsonObject) ((JsonObject) AsciiJson.read(b.append("}}").toString()
                .getBytes(StandardCharsets.US_ASCII), DecodeLimits.DEFAULT)).get("x");
        assertThat(x.size()).isEqualTo(20);
        assertThat(x.indexOf("k19")).isEqualTo(19);
        assertThat(x.get("k7")).isEqualTo(7L);
        assertThat(x.has("k20")).isFalse();
    }

    @Test
    void whitespaceOfEveryKindAndLengthIsSkipped() {
        String[] gaps = {"", " ", "\n", "\r\n", "\t", "        ", "\n                    ", "\r\n\t  \t        \n  ",
            "         \n \n"};
        for (String gap : gaps) {
            String json = gap + "{" + gap + "\"a\"" + gap + ":" + gap + "[" + gap + "1" + gap + "," + gap + "\"x\"" + gap
                    + "]" + gap + "," + gap + "\"b\"" + gap + ":" + gap + "true" + gap + "}" + gap;
            JsonObject o = (JsonObject) AsciiJson.read(json.getBytes(StandardCharsets.US_ASCII), DecodeLimits.DEFAULT);
            assertThat(o).as("gap %s", gap.replace("\n", "\\n")).isNotNull();
            assertThat(o.size()).isEqualTo(2);
            assertThat(((JsonArray) o.get("a")).get(1)).isEqualTo("x");
            assertThat(o.get("b")).isEqualTo(Boolean.TRUE);
        }
    }

    @Test
    void otherControlCharactersAreNotWhitespace() {
        for (String gap : new String[] {"\f", "\u000b", "\u0000", "        \f"}) {
            String json = "{\"a\":" + gap + "1}";
            assertThat(AsciiJson.read(json.getBytes(StandardCharsets.US_ASCII), DecodeLimits.DEFAULT)).isNull();
        }
    }

    @Test
    void stringsOfEveryLengthAroundAWordAreReadWhole() {
        for (int n = 0; n <= 40; n++) {
            String text = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGH".substring(0, n);
            for (String json : new String[] {"[\"" + text + "\"]", "{\"" + text + "\": \"" + text + "\", \"z\": 1}"}) {
                Object read = AsciiJson.read(json.getBytes(StandardCharsets.US_ASCII), DecodeLimits.DEFAULT);
                Object again = AsciiJson.read(json.getBytes(StandardCharsets.US_ASCII), DecodeLimits.DEFAULT);
                if (read instanceof JsonArray a) {
                    assertThat(a.get(0)).isEqualTo(text);
                    assertThat(((JsonArray) again).get(0)).isEqualTo(text);
                } else {
                    JsonObject o = (JsonObject) read;
                    assertThat(o.name(0)).isEqualTo(text);
                    assertThat(o.value(0)).isEqualTo(text);
                    if (n <= 32) {
                        // short names are interned: the same instance each time
                        assertThat(((JsonObject) again).name(0)).isSameAs(o.name(0));
                    } else {
                        assertThat(((JsonObject) again).name(0)).isEqualTo(o.name(0));
                    }
                }
            }
        }
    }

    @Test
    void aQuoteBackslashOrNonAsciiByteInsideAWordIsFound() {
        for (int at = 0; at < 12; at++) {
            String prefix = "abcdefghijkl".substring(0, at);
            assertThat(AsciiJson.read(("[\"" + prefix + "\\n\"]").getBytes(StandardCharsets.US_ASCII),
                    DecodeLimits.DEFAULT)).as("escape at %d", at).isNull();
            assertThat(AsciiJson.read(("[\"" + prefix + "\u00e9\"]").getBytes(StandardCharsets.UTF_8),
                    DecodeLimits.DEFAULT)).as("non-ASCII at %d", at).isNull();
            assertThat(AsciiJson.read(("[\"" + prefix + "\t\"]").getBytes(StandardCharsets.US_ASCII),
                    DecodeLimits.DEFAULT)).as("control at %d", at).isNull();
            JsonArray a = (JsonArray) AsciiJson.read(("[\"" + prefix + "\", \"" + prefix + "\"]")
                    .getBytes(StandardCharsets.US_ASCII), DecodeLimits.DEFAULT);
            assertThat(a.get(0)).isEqualTo(prefix);
            assertThat(a.get(1)).isEqualTo(prefix);
        }
    }
}
