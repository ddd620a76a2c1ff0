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
}
