package org.aftercare.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aftercare.InvalidValueException;
import org.junit.jupiter.api.Test;

/** A drug test keeps its own copy of the results, in the analytes' order, unmodifiable. */
class DrugTestResultsTest {
    private static final Instant AT = Instant.parse("2026-03-02T14:10:00Z");

    @Test
    void results_areInTheAnalytesOrder_whateverOrderTheyCameIn() {
        DrugTest test = DrugTest.of(Specimen.URINE, AT, List.of(AnalyteResult.of(Analyte.COCAINE, Outcome.NEGATIVE),
                AnalyteResult.of(Analyte.EDDP, Outcome.POSITIVE), AnalyteResult.of(Analyte.METHADONE, Outcome.POSITIVE)));
        assertThat(test.results().keySet()).containsExactly(Analyte.METHADONE, Analyte.EDDP, Analyte.COCAINE);
        assertThat(test.results().get(Analyte.EDDP)).isEqualTo(AnalyteResult.of(Analyte.EDDP, Outcome.POSITIVE));
        assertThat(test.results().toString()).isEqualTo("{methadone=AnalyteResult[analyte=methadone, outcome=POSITIVE, "
                + "nanogramsPerMillilitre=null], eddp=AnalyteResult[analyte=eddp, outcome=POSITIVE, "
                + "nanogramsPerMillilitre=null], cocaine=AnalyteResult[analyte=cocaine, outcome=NEGATIVE, "
                + "nanogramsPerMillilitre=null]}");
        assertThat(test.isPositiveFor(Analyte.METHADONE)).isTrue();
        assertThat(test.isPositiveFor(Analyte.COCAINE)).isFalse();
    }

    @Test
    void results_areACopy_thatCannotBeChanged() {
        Map<Analyte, AnalyteResult> given = new HashMap<>();
        given.put(Analyte.COCAINE, AnalyteResult.of(Analyte.COCAINE, Outcome.NEGATIVE));
        DrugTest test = new DrugTest(Specimen.URINE, AT, SpecimenStatus.VALID, given);
        given.put(Analyte.FENTANYL, AnalyteResult.of(Analyte.FENTANYL, Outcome.POSITIVE));
        assertThat(test.results()).containsOnlyKeys(Analyte.COCAINE);
        assertThatThrownBy(() -> test.results().put(Analyte.FENTANYL, AnalyteResult.of(Analyte.FENTANYL,
                Outcome.POSITIVE))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> test.results().clear()).isInstanceOf(UnsupportedOperationException.class);
        EnumMap<Analyte, AnalyteResult> same = new EnumMap<>(Analyte.class);
        same.put(Analyte.COCAINE, AnalyteResult.of(Analyte.COCAINE, Outcome.NEGATIVE));
        assertThat(new DrugTest(Specimen.URINE, AT, SpecimenStatus.VALID, same)).isEqualTo(test)
                .hasSameHashCodeAs(test);
    }

    @Test
    void noResults_isTheEmptyMap() {
        DrugTest missed = DrugTest.missed(Specimen.URINE, AT);
        assertThat(missed.results()).isEmpty();
        assertThatThrownBy(() -> missed.results().put(Analyte.COCAINE, AnalyteResult.of(Analyte.COCAINE,
                Outcome.NEGATIVE))).isInstanceOf(UnsupportedOperationException.class);
        assertThat(DrugTest.of(Specimen.URINE, AT, List.of())).isEqualTo(new DrugTest(Specimen.URINE, AT,
                SpecimenStatus.VALID, Map.of()));
    }

    @Test
    void everyCheckStillRejects() {
        assertThatThrownBy(() -> DrugTest.of(Specimen.URINE, AT, List.of(AnalyteResult.of(Analyte.COCAINE,
                Outcome.NEGATIVE), AnalyteResult.of(Analyte.COCAINE, Outcome.POSITIVE))))
                .isInstanceOf(InvalidValueException.class).hasMessage("drugTest.results must hold one result per analyte: "
                        + "cocaine");
        assertThatThrownBy(() -> new DrugTest(Specimen.URINE, AT, SpecimenStatus.VALID, Map.of(Analyte.COCAINE,
                AnalyteResult.of(Analyte.EDDP, Outcome.NEGATIVE)))).isInstanceOf(InvalidValueException.class)
                .hasMessage("results.cocaine must hold a result for that analyte: eddp");
        assertThatThrownBy(() -> DrugTest.of(Specimen.URINE, AT, SpecimenStatus.MISSED, List.of(AnalyteResult.of(
                Analyte.COCAINE, Outcome.NEGATIVE)))).isInstanceOf(InvalidValueException.class)
                .hasMessage("drugTest.results must be empty for a MISSED specimen: [cocaine]");
    }

    @Test
    void ofKeepsItsOwnMap_equalToTheConstructorsCopy_andUnmodifiable() {
        List<AnalyteResult> given = new java.util.ArrayList<>(List.of(AnalyteResult.of(Analyte.COCAINE,
                Outcome.NEGATIVE), AnalyteResult.of(Analyte.METHADONE, Outcome.POSITIVE)));
        DrugTest built = DrugTest.of(Specimen.URINE, AT, SpecimenStatus.VALID, given);
        given.add(AnalyteResult.of(Analyte.FENTANYL, Outcome.POSITIVE));
        EnumMap<Analyte, AnalyteResult> same = new EnumMap<>(Analyte.class);
        same.put(Analyte.METHADONE, AnalyteResult.of(Analyte.METHADONE, Outcome.POSITIVE));
        same.put(Analyte.COCAINE, AnalyteResult.of(Analyte.COCAINE, Outcome.NEGATIVE));
        DrugTest copied = new DrugTest(Specimen.URINE, AT, SpecimenStatus.VALID, same);
        assertThat(built).isEqualTo(copied).hasSameHashCodeAs(copied).hasToString(copied.toString());
        assertThat(built.results()).isEqualTo(same).containsOnlyKeys(Analyte.METHADONE, Analyte.COCAINE);
        assertThat(built.results().keySet()).containsExactly(Analyte.METHADONE, Analyte.COCAINE);
        assertThatThrownBy(() -> built.results().remove(Analyte.COCAINE))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> built.results().entrySet().iterator().next().setValue(null))
                .isInstanceOf(UnsupportedOperationException.class);
        // a test rebuilt from another's results copies them (they are not its own map)
        DrugTest rebuilt = new DrugTest(Specimen.URINE, AT, SpecimenStatus.VALID, built.results());
        assertThat(rebuilt).isEqualTo(built);
        assertThatThrownBy(() -> DrugTest.of(Specimen.URINE, AT, SpecimenStatus.REFUSED, List.of(AnalyteResult.of(
                Analyte.EDDP, Outcome.NEGATIVE)))).isInstanceOf(InvalidValueException.class)
                .hasMessage("drugTest.results must be empty for a REFUSED specimen: [eddp]");
    }
}
