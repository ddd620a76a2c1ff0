package org.aftercare.jackson.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The edges of the hand-made everyday instant: each field at its limits and one beyond, as the plain path reads them. */
class EverydayInstantTest {
    private static Instant read(String s, Problems problems) {
        return Reads.instant().read(s, Pointer.root().child("collectedAt"), problems);
    }

    @Test
    void everydayInstantsAreTheirEpochSeconds() {
        Problems problems = new Problems();
        assertThat(read("2026-03-01T14:00:00Z", problems)).isEqualTo(Instant.parse("2026-03-01T14:00:00Z"));
        assertThat(read("2024-02-29T23:59:59Z", problems)).isEqualTo(Instant.parse("2024-02-29T23:59:59Z"));
        assertThat(read("2000-02-29T00:00:00Z", problems)).isEqualTo(Instant.parse("2000-02-29T00:00:00Z"));
        assertThat(read("1900-01-01T00:00:00Z", problems)).isEqualTo(Instant.parse("1900-01-01T00:00:00Z"));
        assertThat(read("2199-12-31T23:59:59Z", problems)).isEqualTo(Instant.parse("2199-12-31T23:59:59Z"));
        assertThat(read("1970-01-01T00:00:00Z", problems)).isEqualTo(Instant.EPOCH);
        assertThat(read("1969-12-31T23:59:59Z", problems)).isEqualTo(Instant.ofEpochSecond(-1));
        assertThat(read("2026-12-31T12:30:45Z", problems)).isEqualTo(Instant.parse("2026-12-31T12:30:45Z"));
        assertThat(problems.any()).isFalse();
    }

    @Test
    void everydayEpochSecondLeavesOutOfRangeFieldsToJavaTime() {
        assertThat(Reads.everydayEpochSecond("2026-03-01T14:00:00Z")).isEqualTo(1772373600L);
        assertThat(Reads.everydayEpochSecond("2026-00-01T14:00:00Z")).isEqualTo(Reads.NOT_EVERYDAY);
        assertThat(Reads.everydayEpochSecond("2026-13-01T14:00:00Z")).isEqualTo(Reads.NOT_EVERYDAY);
        assertThat(Reads.everydayEpochSecond("2026-03-00T14:00:00Z")).isEqualTo(Reads.NOT_EVERYDAY);
        assertThat(Reads.everydayEpochSecond("2026-04-31T14:00:00Z")).isEqualTo(Reads.NOT_EVERYDAY);
        assertThat(Reads.everydayEpochSecond("2026-02-29T14:00:00Z")).isEqualTo(Reads.NOT_EVERYDAY);
        assertThat(Reads.everydayEpochSecond("1900-02-29T14:00:00Z")).isEqualTo(Reads.NOT_EVERYDAY);
        assertThat(Reads.everydayEpochSecond("2000-02-29T14:00:00Z")).isEqualTo(951832800L);
        assertThat(Reads.everydayEpochSecond("2026-03-01T24:00:00Z")).isEqualTo(Reads.NOT_EVERYDAY);
        assertThat(Reads.everydayEpochSecond("2026-03-01T23:60:00Z")).isEqualTo(Reads.NOT_EVERYDAY);
        assertThat(Reads.everydayEpochSecond("2026-03-01T23:59:60Z")).isEqualTo(Reads.NOT_EVERYDAY);
        assertThat(Reads.everydayEpochSecond("2026-01-31T23:59:59Z")).isEqualTo(1769903999L);
        assertThat(Reads.everydayEpochSecond("2026-12-31T00:00:00Z")).isEqualTo(1798675200L);
    }

    @Test
    void yearsOutsideTheRangeAreOutOfRange() {
        Problems problems = new Problems();
        assertThat(read("1899-12-31T23:59:59Z", problems)).isNull();
        assertThat(read("2200-01-01T00:00:00Z", problems)).isNull();
        assertThat(problems.sorted()).extracting(p -> p.pointer() + " " + p.code() + " " + p.message()).containsExactly(
                "/collectedAt json.out-of-range expected a year from 1900 to 2199, found \"1899-12-31T23:59:59Z\"",
                "/collectedAt json.out-of-range expected a year from 1900 to 2199, found \"2200-01-01T00:00:00Z\"");
    }

    @Test
    void invalidFieldsAreInvalidValues() {
        for (String s : new String[] {"2026-02-29T14:00:00Z", "2026-04-31T14:00:00Z", "2026-03-01T23:60:00Z",
                "2026-13-01T14:00:00Z"}) {
            Problems problems = new Problems();
            assertThat(read(s, problems)).as(s).isNull();
            assertThat(problems.sorted()).extracting(p -> p.pointer() + " " + p.code() + " " + p.message())
                    .containsExactly("/collectedAt json.invalid-value expected an ISO-8601 UTC instant such as "
                            + "2026-03-01T14:00:00Z, found \"" + s + "\"");
        }
    }

    @Test
    void otherFormsStillGoThroughJavaTime() {
        Problems problems = new Problems();
        assertThat(read("2026-03-01T14:00:00.5Z", problems)).isEqualTo(Instant.parse("2026-03-01T14:00:00.5Z"));
        assertThat(problems.any()).isFalse();
        for (String s : new String[] {"2026-03-01T24:00:00Z", "2026-03-01T23:59:60Z", "2026-03-01T14:00Z"}) {
            Problems expected = new Problems();
            Problems actual = new Problems();
            assertThat(read(s, actual)).as(s).isEqualTo(PlainInstant.read(s, Pointer.root().child("collectedAt"),
                    expected));
            assertThat(actual.sorted()).as(s).isEqualTo(expected.sorted());
        }
    }
}
