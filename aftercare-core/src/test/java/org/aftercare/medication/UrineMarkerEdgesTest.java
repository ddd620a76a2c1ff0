package org.aftercare.medication;

import static org.aftercare.medication.Timelines.at;
import static org.aftercare.medication.Timelines.date;
import static org.aftercare.medication.Timelines.review;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.aftercare.Evaluation;
import org.aftercare.Severity;
import org.aftercare.screening.Analyte;
import org.aftercare.screening.AnalyteResult;
import org.aftercare.screening.DrugTest;
import org.aftercare.screening.Outcome;
import org.aftercare.screening.Specimen;
import org.junit.jupiter.api.Test;

/** An invalid analyte result is no result: the pattern cannot be read, and nothing is concluded from it. */
class UrineMarkerEdgesTest {

    @Test
    void invalidParentResult_isReportedAsNotReported_andNotReadAsNegative() {
        MedicationRecord r = MedicationRecord.builder()
                .regimen(Regimen.of(Formulation.METHADONE_ORAL_LIQUID, RegimenPhase.MAINTENANCE, date("2026-01-05")))
                .drugTest(DrugTest.of(Specimen.URINE, at("2026-02-02T09:00"), List.of(
                        AnalyteResult.of(Analyte.METHADONE, Outcome.INVALID), AnalyteResult.of(Analyte.EDDP, Outcome.NEGATIVE))))
                .build();
        Evaluation e = review(r, "2026-02-03T09:00");
        assertThat(e.findings("medication.urine.marker-not-reported")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.path()).isEqualTo("medication.drugTests[0].results.methadone");
            assertThat(f.message()).isEqualTo("Specimen collected at 2026-02-02T14:00:00Z on methadone has no valid"
                    + " result for methadone; the methadone pattern cannot be read");
        });
        assertThat(e.findings("medication.urine.prescribed-medication-absent")).isEmpty();
    }
}
