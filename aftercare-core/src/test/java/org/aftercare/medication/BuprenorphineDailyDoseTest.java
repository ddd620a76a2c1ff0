package org.aftercare.medication;

import static org.aftercare.medication.Timelines.at;
import static org.aftercare.medication.Timelines.date;
import static org.aftercare.medication.Timelines.review;
import static org.assertj.core.api.Assertions.assertThat;

import org.aftercare.Severity;
import org.aftercare.VerificationStatus;
import org.junit.jupiter.api.Test;

class BuprenorphineDailyDoseTest {
    private static final String CODE = "medication.buprenorphine.daily-dose-above-label-statement";

    private static MedicationRecord day(String date, String first, String second) {
        return MedicationRecord.builder()
                .regimen(Regimen.of(Formulation.BUPRENORPHINE_NALOXONE_SUBLINGUAL, RegimenPhase.MAINTENANCE, date("2024-01-02")))
                .dose(DoseEvent.administered(Formulation.BUPRENORPHINE_NALOXONE_SUBLINGUAL, Dose.ofMilligrams(first),
                        at(date + "T09:00")))
                .dose(DoseEvent.administered(Formulation.BUPRENORPHINE_NALOXONE_SUBLINGUAL, Dose.ofMilligrams(second),
                        at(date + "T17:00")))
                .build();
    }

    @Test
    void twentyFourIsNotAbove_twentyEightIsAWarningBeforeTheFdaNotice() {
        assertThat(review(day("2024-12-26", "16", "8"), "2024-12-27T09:00").findings(CODE)).isEmpty();
        assertThat(review(day("2024-12-26", "16", "12"), "2024-12-27T09:00").findings(CODE)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.path()).isEqualTo("medication.doses[1].dose");
            assertThat(f.message()).isEqualTo("Buprenorphine total of 28 mg on 2024-12-26 is above 24 mg; the label"
                    + " statement in force that day: doses above 24 mg a day have not been shown to add clinical benefit"
                    + " (layer us-federal-medication)");
        });
    }

    @Test
    void fromTheFdaNotice_itIsInformationOnly() {
        assertThat(review(day("2024-12-27", "16", "12"), "2024-12-28T09:00").findings(CODE)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.message()).contains("labels set no maximum");
            assertThat(f.citation().status()).isEqualTo(VerificationStatus.VERIFIED);
        });
    }
}
