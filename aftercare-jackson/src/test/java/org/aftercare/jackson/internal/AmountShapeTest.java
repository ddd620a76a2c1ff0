package org.aftercare.jackson.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The edges of the hand-written amount and dose checks: digit counts at their limits and one beyond. */
class AmountShapeTest {
    @Test
    void moneyAmounts() {
        assertThat(IncentiveProgramJson.isMoney("0")).isTrue();
        assertThat(IncentiveProgramJson.isMoney("2.50")).isTrue();
        assertThat(IncentiveProgramJson.isMoney("2.5")).isTrue();
        assertThat(IncentiveProgramJson.isMoney("123456789012")).isTrue();
        assertThat(IncentiveProgramJson.isMoney("123456789012.99")).isTrue();
        assertThat(IncentiveProgramJson.isMoney("1234567890123")).isFalse();
        assertThat(IncentiveProgramJson.isMoney("2.505")).isFalse();
        assertThat(IncentiveProgramJson.isMoney("2.")).isFalse();
        assertThat(IncentiveProgramJson.isMoney(".5")).isFalse();
        assertThat(IncentiveProgramJson.isMoney("02.50")).isFalse();
        assertThat(IncentiveProgramJson.isMoney("-2.50")).isFalse();
        assertThat(IncentiveProgramJson.isMoney("$2.50")).isFalse();
        assertThat(IncentiveProgramJson.isMoney("")).isFalse();
        assertThat(IncentiveProgramJson.isMoney("2,50")).isFalse();
    }

    @Test
    void doseTexts() {
        assertThat(MedicationJson.doseAmountLength("4 mg")).isEqualTo(1);
        assertThat(MedicationJson.doseAmountLength("0.72 mg")).isEqualTo(4);
        assertThat(MedicationJson.doseAmountLength("120 mcg")).isEqualTo(3);
        assertThat(MedicationJson.doseAmountLength("999999.9999 mg")).isEqualTo(11);
        assertThat(MedicationJson.doseAmountLength("0 mg")).isEqualTo(1);
        assertThat(MedicationJson.doseAmountLength("1000000 mg")).isEqualTo(-1);
        assertThat(MedicationJson.doseAmountLength("1.23456 mg")).isEqualTo(-1);
        assertThat(MedicationJson.doseAmountLength("1. mg")).isEqualTo(-1);
        assertThat(MedicationJson.doseAmountLength("01 mg")).isEqualTo(-1);
        assertThat(MedicationJson.doseAmountLength("4mg")).isEqualTo(-1);
        assertThat(MedicationJson.doseAmountLength("4  mg")).isEqualTo(-1);
        assertThat(MedicationJson.doseAmountLength("4 mg ")).isEqualTo(-1);
        assertThat(MedicationJson.doseAmountLength("4 g")).isEqualTo(-1);
        assertThat(MedicationJson.doseAmountLength("4 MG")).isEqualTo(-1);
        assertThat(MedicationJson.doseAmountLength("")).isEqualTo(-1);
        assertThat(MedicationJson.doseAmountLength(" mg")).isEqualTo(-1);
    }
}
