package org.aftercare.jackson.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The hand-written checks of money amounts and dose texts accept exactly what the regular expressions they replace
 * ({@link IncentiveProgramJson#MONEY}, {@link MedicationJson#DOSE}) match, and a dose's amount is the text the
 * pattern's groups gave.
 */
class AmountShapePropertiesTest {
    @Property(tries = 1000, seed = "20261122")
    void moneyShapeIsTheRegex(@ForAll("amounts") String s) {
        assertThat(IncentiveProgramJson.isMoney(s)).as(s).isEqualTo(IncentiveProgramJson.MONEY.matcher(s).matches());
    }

    @Property(tries = 1000, seed = "20261122")
    void doseShapeIsTheRegex(@ForAll("doses") String s) {
        Matcher m = MedicationJson.DOSE.matcher(s);
        int amount = MedicationJson.doseAmountLength(s);
        if (m.matches()) {
            assertThat(s.substring(0, Math.max(amount, 0))).as(s)
                    .isEqualTo(m.group(1) + (m.group(2) == null ? "" : m.group(2)));
        } else {
            assertThat(amount).as(s).isEqualTo(-1);
        }
    }

    /** Valid amounts, then with one character replaced, inserted or removed. */
    @Provide
    Arbitrary<String> amounts() {
        return MutatedText.oneEditFrom(Arbitraries.of("0", "0.5", "0.50", "997.50", "1", "123456789012", "123456789012.99", "10.00",
                "1234567890123", "00", "1.", "1.234"), Arbitraries.of('0', '1', '9', '.', '-', '$', ' ', 'e', '５'), 20);
    }

    /** Valid dose texts, then with one character replaced, inserted or removed. */
    @Provide
    Arbitrary<String> doses() {
        return MutatedText.oneEditFrom(Arbitraries.of("4 mg", "0.72 mg", "120 mcg", "0 mg", "999999.9999 mg", "1000000 mg", "1.23456 mg",
                "8 mcg", "16.5 mg", "0.0001 mcg"), Arbitraries.of('0', '1', '9', '.', ' ', 'm', 'g', 'c', 'x', '５'), 20);
    }
}
