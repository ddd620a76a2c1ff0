package org.aftercare.jackson.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import org.aftercare.jackson.DecodeLimits;
import org.junit.jupiter.api.Test;

/**
 * The everyday reader at its edges: the depth and array-length limits exactly reached and passed, whitespace of
 * every kind between tokens, the correlation at any depth, and the number formats it reads or leaves to Jackson.
 */
class AsciiJsonEdgesTest {
    private static Object read(String json, DecodeLimits limits) {
        return AsciiJson.read(json.getBytes(StandardCharsets.US_ASCII), limits);
    }

    private static Object read(String json) {
        return read(json, DecodeLimits.DEFAULT);
    }

    @Test
    void containersUpToTheDepthLimitAreReadHere_oneDeeperIsLeftToJackson() {
        DecodeLimits three = DecodeLimits.DEFAULT.withMaxDepth(3);
        JsonObject o = (JsonObject) read("{\"a\": [{}, [], {\"b\": 1}], \"c\": {\"d\": []}}", three);
        assertThat(((JsonObject) ((JsonArray) o.get("a")).get(2)).get("b")).isEqualTo(1L);
        assertThat(((JsonArray) ((JsonObject) o.get("c")).get("d")).size()).isZero();
        assertThat(read("{\"a\": [{\"b\": {}}]}", three)).isNull();
        assertThat(read("{\"a\": [[[]]]}", three)).isNull();
        assertThat(read("[[[1]]]", three)).isNotNull();
        assertThat(read("[[[[]]]]", three)).isNull();
        assertThat(read("{}", DecodeLimits.DEFAULT.withMaxDepth(1))).isNotNull();
        assertThat(read("[{}]", DecodeLimits.DEFAULT.withMaxDepth(1))).isNull();
        // closing a container returns to its parent's depth: siblings may go as deep again
        assertThat(read("[[[1]], [[2]], {\"x\": [3]}]", three)).isNotNull();
    }

    @Test
    void arraysUpToTheLengthLimitAreReadHere_oneLongerIsLeftToJackson() {
        DecodeLimits two = DecodeLimits.DEFAULT.withMaxArrayLength(2);
        JsonArray a = (JsonArray) read("[[1, 2], [], [3]]", DecodeLimits.DEFAULT.withMaxArrayLength(3));
        assertThat(a.size()).isEqualTo(3);
        assertThat(((JsonArray) a.get(0)).get(1)).isEqualTo(2L);
        assertThat(read("[1, 2]", two)).isNotNull();
        assertThat(read("[1, 2, 3]", two)).isNull();
        assertThat(read("{\"a\": [[1, 2], [3, 4]], \"b\": [5, 6]}", two)).isNotNull();
        assertThat(read("{\"a\": [[1, 2], [3, 4, 5]]}", two)).isNull();
        assertThat(read("[1]", DecodeLimits.DEFAULT.withMaxArrayLength(1))).isNotNull();
    }

    @Test
    void whitespaceOfEveryKindBetweenTokensIsSkipped() {
        String json = " \t\r\n{ \"a\" :1 ,\n\t\"b\"\r\n:\t[ 1 ,2\n ]\n                         ,\"c\":  {  }  , \"d\" : [ ] }\n\n ";
        JsonObject o = (JsonObject) read(json);
        assertThat(o.size()).isEqualTo(4);
        assertThat(o.get("a")).isEqualTo(1L);
        assertThat(((JsonArray) o.get("b")).get(1)).isEqualTo(2L);
        assertThat(((JsonObject) o.get("c")).size()).isZero();
        assertThat(((JsonArray) o.get("d")).size()).isZero();
        assertThat(read("1")).isEqualTo(1L);
        assertThat(read("  1  ")).isEqualTo(1L);
        assertThat(read("{\"a\":\"x\"}         ")).isNotNull();
        // whitespace JSON does not allow (a form feed, a vertical tab) is left to Jackson
        assertThat(read("{\"a\":\f1}")).isNull();
        assertThat(read("{\u000b\"a\":1}")).isNull();
    }

    @Test
    void theCorrelationIsReadIntoItsOwnStringAtAnyDepth_andOnlyAsAString() {
        JsonObject o = (JsonObject) read("{\"x\": {\"correlation\": \"ref-7\"}, \"correlation\": 5}");
        Object inner = ((JsonObject) o.get("x")).get("correlation");
        JsonObject again = (JsonObject) read("{\"x\": {\"correlation\": \"ref-7\"}, \"correlation\": 5}");
        assertThat(inner).isEqualTo("ref-7").isNotSameAs(((JsonObject) again.get("x")).get("correlation"));
        assertThat(o.get("correlation")).isEqualTo(5L);
        JsonObject first = (JsonObject) read("{\"correlation\": \"c\", \"b\": {\"correlation\": [\"d\"]}}");
        assertThat(first.get("correlation")).isEqualTo("c");
        assertThat(((JsonArray) ((JsonObject) first.get("b")).get("correlation")).get(0)).isEqualTo("d");
        assertThat(read("{\"a\": 1, \"correlation\": \"c\", \"correlation\": \"d\"}")).isNull();
    }

    @Test
    void integersOfUpTo18CharactersAreReadHere_everyOtherNumberIsLeftToJackson() {
        JsonArray a = (JsonArray) read("[0, -0, 7, -7, 999999999999999999, -99999999999999999, 100000000000000000]");
        assertThat(a.get(0)).isEqualTo(0L);
        assertThat(a.get(1)).isEqualTo(0L);
        assertThat(a.get(2)).isEqualTo(7L);
        assertThat(a.get(3)).isEqualTo(-7L);
        assertThat(a.get(4)).isEqualTo(999_999_999_999_999_999L);
        assertThat(a.get(5)).isEqualTo(-99_999_999_999_999_999L);
        assertThat(a.get(6)).isEqualTo(100_000_000_000_000_000L);
        for (String number : new String[] {"01", "-01", "00", "-", "--1", "+1", "1.0", "1e3", "1E3", "-0.0", "1.",
            ".5", "9223372036854775807", "-9223372036854775808", "9223372036854775808", "-999999999999999999",
            "1000000000000000000", "123456789012345678901234567890", "1x", "1-"}) {
            assertThat(read("[" + number + "]")).as(number).isNull();
        }
    }

    @Test
    void numbersLeftToJacksonKeepTheirExactValue() {
        Problems problems = new Problems();
        JsonArray a = (JsonArray) JsonTree.parse(("[9223372036854775807, -9223372036854775808, 9223372036854775808,"
                + " -9223372036854775809, -999999999999999999, -0]").getBytes(StandardCharsets.US_ASCII),
                DecodeLimits.DEFAULT, problems);
        assertThat(problems.any()).isFalse();
        // more than 18 characters: a BigInteger, whose range the readers check
        assertThat(a.get(0)).isEqualTo(BigInteger.valueOf(Long.MAX_VALUE));
        assertThat(a.get(1)).isEqualTo(BigInteger.valueOf(Long.MIN_VALUE));
        assertThat(a.get(2)).isEqualTo(BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE));
        assertThat(a.get(3)).isEqualTo(BigInteger.valueOf(Long.MIN_VALUE).subtract(BigInteger.ONE));
        assertThat(a.get(4)).isEqualTo(BigInteger.valueOf(-999_999_999_999_999_999L));
        assertThat(a.get(5)).isEqualTo(0L);
    }
}
