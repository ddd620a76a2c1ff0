package org.aftercare.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The table of epoch days answers as {@code LocalDate.toEpochDay} does, on every date of its years and beyond. */
class EpochDaysTest {
    @Test
    void everyDateOfTheTablesFourHundredYearsAndAYearEitherSide() {
        LocalDate end = LocalDate.of(EpochDays.LAST_YEAR + 2, 1, 1);
        int checked = 0;
        for (LocalDate d = LocalDate.of(EpochDays.FIRST_YEAR - 1, 1, 1); d.isBefore(end); d = d.plusDays(1)) {
            assertThat(EpochDays.of(d)).as("%s", d).isEqualTo(d.toEpochDay());
            checked++;
        }
        assertThat(checked).isEqualTo(146_097 + 365 + 365); // a Gregorian cycle, 1899 and 2300 (neither leap)
    }

    @Test
    void examplesAndTheLimitsOfLocalDate() {
        assertThat(EpochDays.of(LocalDate.of(2026, 3, 2))).isEqualTo(20_514L);
        assertThat(EpochDays.of(LocalDate.EPOCH)).isZero();
        assertThat(EpochDays.of(LocalDate.of(2000, 2, 29))).isEqualTo(11_016L);
        assertThat(EpochDays.of(LocalDate.of(1900, 3, 1))).isEqualTo(-25_508L); // 1900 is not a leap year
        assertThat(EpochDays.of(LocalDate.MIN)).isEqualTo(LocalDate.MIN.toEpochDay());
        assertThat(EpochDays.of(LocalDate.MAX)).isEqualTo(LocalDate.MAX.toEpochDay());
    }
}
