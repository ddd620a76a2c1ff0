package org.aftercare.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.aftercare.evaluation.EvaluationRequest;
import org.junit.jupiter.api.Test;

/**
 * A 64-bit integer member (the incentive's draw seed) at its edges, whichever reader read the document: the everyday
 * reader takes integers of up to 18 characters, Jackson's path the rest; both give the same value or the same problem.
 */
class NumberEdgesTest {
    private static final AftercareJson JSON = AftercareJson.standard();

    private static Decoded<EvaluationRequest> seed(String number) {
        return JSON.decodeRequest(MalformedRequestsTest.BASE.replace("\"drawSeed\": 7", "\"drawSeed\": " + number)
                .getBytes(StandardCharsets.UTF_8));
    }

    private static long accepted(String number) {
        Decoded<EvaluationRequest> d = seed(number);
        assertThat(d).as(number).isInstanceOf(Decoded.Accepted.class);
        return ((Decoded.Accepted<EvaluationRequest>) d).value().drawSeed();
    }

    private static String rejected(String number) {
        Decoded<EvaluationRequest> d = seed(number);
        assertThat(d).as(number).isInstanceOf(Decoded.Rejected.class);
        return String.join("\n", d.problems().stream().map(p -> p.pointer() + " " + p.code() + " " + p.message())
                .toList());
    }

    @Test
    void everyLongIsAccepted_fromZeroToItsExtremes() {
        assertThat(accepted("0")).isZero();
        assertThat(accepted("-0")).isZero();
        assertThat(accepted("999999999999999999")).isEqualTo(999_999_999_999_999_999L);
        assertThat(accepted("-99999999999999999")).isEqualTo(-99_999_999_999_999_999L);
        assertThat(accepted("-999999999999999999")).isEqualTo(-999_999_999_999_999_999L);
        assertThat(accepted("1000000000000000000")).isEqualTo(1_000_000_000_000_000_000L);
        assertThat(accepted("9223372036854775807")).isEqualTo(Long.MAX_VALUE);
        assertThat(accepted("-9223372036854775808")).isEqualTo(Long.MIN_VALUE);
    }

    @Test
    void oneBeyondALong_eitherWay_isOutOfRange() {
        assertThat(rejected("9223372036854775808")).isEqualTo("/incentive/drawSeed json.out-of-range expected an "
                + "integer from -9223372036854775808 to 9223372036854775807, found 9223372036854775808");
        assertThat(rejected("-9223372036854775809")).isEqualTo("/incentive/drawSeed json.out-of-range expected an "
                + "integer from -9223372036854775808 to 9223372036854775807, found -9223372036854775809");
    }

    @Test
    void fractionsExponentsAndLeadingZeros_areNoIntegers() {
        assertThat(rejected("7.0")).isEqualTo("/incentive/drawSeed json.wrong-type expected an integer, found a "
                + "number with a fraction or exponent");
        assertThat(rejected("7e0")).isEqualTo("/incentive/drawSeed json.wrong-type expected an integer, found a "
                + "number with a fraction or exponent");
        assertThat(rejected("07")).startsWith("/incentive/drawSeed json.syntax ");
        assertThat(rejected("-07")).startsWith("/incentive/drawSeed json.syntax ");
    }
}
