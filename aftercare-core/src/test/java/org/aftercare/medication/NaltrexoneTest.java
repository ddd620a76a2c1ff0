package org.aftercare.medication;

import static org.aftercare.medication.Timelines.at;
import static org.aftercare.medication.Timelines.date;
import static org.aftercare.medication.Timelines.review;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import org.aftercare.Evaluation;
import org.aftercare.Severity;
import org.aftercare.VerificationStatus;
import org.aftercare.screening.Analyte;
import org.aftercare.screening.AnalyteResult;
import org.aftercare.screening.DrugTest;
import org.aftercare.screening.Outcome;
import org.aftercare.screening.Specimen;
import org.junit.jupiter.api.Test;

class NaltrexoneTest {
    private static final String WINDOW = "medication.naltrexone.opioid-free-window-not-met";

    private static DrugTest negative(String local) {
        return DrugTest.of(Specimen.URINE, at(local), List.of(AnalyteResult.of(Analyte.OPIATES, Outcome.NEGATIVE),
                AnalyteResult.of(Analyte.FENTANYL, Outcome.NEGATIVE), AnalyteResult.of(Analyte.NALTREXONE, Outcome.NEGATIVE)));
    }

    /** Heroin last used 2026-03-01 20:00; XR-naltrexone on {@code doseLocal}; negative urine one hour before. */
    private static MedicationRecord.Builder afterHeroin(OpioidKind kind, String doseLocal) {
        String testLocal = LocalDateTime.parse(doseLocal).minusHours(1).toString();
        return MedicationRecord.builder()
                .regimen(Regimen.of(Formulation.NALTREXONE_XR_INJECTION, RegimenPhase.INDUCTION, date(doseLocal.substring(0, 10))))
                .opioidExposure(OpioidExposure.lastUsed(kind, at("2026-03-01T20:00")))
                .drugTest(negative(testLocal))
                .dose(DoseEvent.administered(Formulation.NALTREXONE_XR_INJECTION, Dose.ofMilligrams("380"), at(doseLocal)));
    }

    @Test
    void daySixAfterHeroin_isTooEarly() {
        Evaluation e = review(afterHeroin(OpioidKind.SHORT_ACTING, "2026-03-07T20:00").build(), "2026-03-07T21:00");
        assertThat(e.findings(WINDOW)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.path()).isEqualTo("medication.doses[0].at");
            assertThat(f.message()).isEqualTo("First naltrexone dose at 2026-03-07T20:00-05:00 came 6 d after the last"
                    + " short-acting opioid use at 2026-03-01T20:00-05:00; at least 7 d opioid-free is required"
                    + " (medication.naltrexone.opioid-free.short-acting, layer us-federal-medication); earliest start"
                    + " 2026-03-08T21:00-04:00");
            assertThat(f.citation().section()).isEqualTo("W&P 5.3");
        });
    }

    @Test
    void daySevenAfterHeroin_isAllowed_evenAcrossTheDstChange() {
        // 2026-03-08 is the US DST change: 7 days of 24 h end at 21:00 local on 2026-03-08.
        assertThat(review(afterHeroin(OpioidKind.SHORT_ACTING, "2026-03-08T21:00").build(), "2026-03-08T22:00")
                .findings(WINDOW)).isEmpty();
        assertThat(review(afterHeroin(OpioidKind.SHORT_ACTING, "2026-03-08T20:59").build(), "2026-03-08T22:00")
                .findings(WINDOW)).singleElement();
    }

    @Test
    void tenDayLayer_movesTheBoundary() {
        Evaluation e = review(afterHeroin(OpioidKind.SHORT_ACTING, "2026-03-10T21:00").build(), "2026-03-10T22:00",
                MedicationPolicies.usDefault().withLayer(MedicationPolicies.naltrexoneTenDayWindow()));
        assertThat(e.findings(WINDOW)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("at least 10 d opioid-free"));
    }

    @Test
    void afterBuprenorphine_dayThirteenIsTooEarly_dayFourteenIsAllowed() {
        assertThat(review(afterHeroin(OpioidKind.BUPRENORPHINE, "2026-03-14T21:00").build(), "2026-03-14T22:00")
                .findings(WINDOW)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("came 13 d after the last buprenorphine opioid use")
                        .contains("at least 14 d"));
        assertThat(review(afterHeroin(OpioidKind.BUPRENORPHINE, "2026-03-15T21:00").build(), "2026-03-15T22:00")
                .findings(WINDOW)).isEmpty();
    }

    @Test
    void opioidPositiveUrineBeforeStart_isError() {
        MedicationRecord r = afterHeroin(OpioidKind.SHORT_ACTING, "2026-03-10T10:00")
                .drugTest(DrugTest.of(Specimen.URINE, at("2026-03-10T09:30"), List.of(
                        AnalyteResult.of(Analyte.OPIATES, Outcome.POSITIVE),
                        AnalyteResult.of(Analyte.FENTANYL, Outcome.NEGATIVE))))
                .build();
        assertThat(review(r, "2026-03-10T11:00").findings("medication.naltrexone.opioid-positive-test")).singleElement()
                .satisfies(f -> {
                    assertThat(f.path()).isEqualTo("medication.drugTests[1]");
                    assertThat(f.message()).endsWith("is positive for opiates");
                });
    }

    @Test
    void noDrugTestAfterLastUse_isWarning() {
        MedicationRecord r = MedicationRecord.builder()
                .regimen(Regimen.of(Formulation.NALTREXONE_ORAL, RegimenPhase.INDUCTION, date("2026-03-10")))
                .opioidExposure(OpioidExposure.lastUsed(OpioidKind.SHORT_ACTING, at("2026-03-01T20:00")))
                .drugTest(negative("2026-03-01T10:00"))
                .dose(DoseEvent.administered(Formulation.NALTREXONE_ORAL, Dose.ofMilligrams("25"), at("2026-03-10T10:00")))
                .build();
        assertThat(review(r, "2026-03-10T11:00").findings("medication.naltrexone.no-drug-test-before-start"))
                .singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    }

    @Test
    void positiveNaloxoneChallenge_isError() {
        MedicationRecord r = afterHeroin(OpioidKind.SHORT_ACTING, "2026-03-10T10:00")
                .naloxoneChallenge(new NaloxoneChallenge(at("2026-03-10T09:40"), true)).build();
        assertThat(review(r, "2026-03-10T11:00").findings("medication.naltrexone.naloxone-challenge-positive"))
                .singleElement().satisfies(f -> assertThat(f.path()).isEqualTo("medication.naloxoneChallenges[0].withdrawalSigns"));
    }

    @Test
    void naltrexoneWithMethadone_isError_afterMethadoneEnds_isNot() {
        Regimen methadone = Regimen.of(Formulation.METHADONE_ORAL_LIQUID, RegimenPhase.TAPER, date("2026-01-05"));
        Regimen naltrexone = Regimen.of(Formulation.NALTREXONE_ORAL, RegimenPhase.INDUCTION, date("2026-03-01"));
        Evaluation both = review(MedicationRecord.builder().regimen(methadone).regimen(naltrexone).build(), "2026-03-01T09:00");
        assertThat(both.findings("medication.naltrexone.with-opioid-agonist")).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("medication.regimens[1]");
            assertThat(f.message()).isEqualTo("Naltrexone regimen from 2026-03-01 and methadone regimen"
                    + " (medication.regimens[0]) from 2026-01-05 are both active from 2026-03-01");
        });
        Evaluation sequential = review(MedicationRecord.builder().regimen(methadone.withEnd(date("2026-03-01")))
                .regimen(naltrexone).build(), "2026-03-01T09:00");
        assertThat(sequential.findings("medication.naltrexone.with-opioid-agonist")).isEmpty();
    }

    private static MedicationRecord xrSince(String injectionLocal) {
        return MedicationRecord.builder()
                .regimen(Regimen.of(Formulation.NALTREXONE_XR_INJECTION, RegimenPhase.MAINTENANCE, date("2026-01-05")))
                .dose(DoseEvent.administered(Formulation.NALTREXONE_XR_INJECTION, Dose.ofMilligrams("380"), at(injectionLocal)))
                .build();
    }

    @Test
    void xrInjection_dueAfterFourWeeks_overdueTheDayAfter() {
        assertThat(review(xrSince("2026-02-01T10:00"), "2026-03-01T10:00").findings("medication.naltrexone.xr-injection-overdue"))
                .isEmpty();
        assertThat(review(xrSince("2026-02-01T10:00"), "2026-03-02T10:00").findings("medication.naltrexone.xr-injection-overdue"))
                .singleElement().satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    assertThat(f.message()).isEqualTo("XR-naltrexone injection was due on 2026-03-01 (last injection"
                            + " 2026-02-01, every 28 days (layer us-federal-medication)); today 2026-03-02 is 1 day past due");
                });
    }

    @Test
    void xrThreeWeekLayer_bringsTheDueDateForward() {
        assertThat(review(xrSince("2026-02-01T10:00"), "2026-02-23T10:00",
                MedicationPolicies.usDefault().withLayer(MedicationPolicies.xrNaltrexoneThreeWeek()))
                .findings("medication.naltrexone.xr-injection-overdue")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("due on 2026-02-22").contains("every 21 days"));
    }

    @Test
    void naloxoneCounsellingNearIntervalEnd_restsOnUnverifiedLead_andSaysSo() {
        String code = "medication.naltrexone.xr-interval-ending";
        assertThat(review(xrSince("2026-02-01T10:00"), "2026-02-21T10:00").findings(code)).isEmpty();
        assertThat(review(xrSince("2026-02-01T10:00"), "2026-02-22T10:00").findings(code)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.message()).contains("ends on 2026-03-01").contains("in 7 days");
            assertThat(f.citation().status()).isEqualTo(VerificationStatus.UNVERIFIED);
        });
    }

    @Test
    void xrRegimenWithoutInjection_isReported() {
        MedicationRecord r = MedicationRecord.builder()
                .regimen(Regimen.of(Formulation.NALTREXONE_XR_INJECTION, RegimenPhase.MAINTENANCE, date("2026-01-05")))
                .build();
        assertThat(review(r, "2026-02-01T10:00").findings("medication.naltrexone.xr-no-injection-recorded")).singleElement()
                .satisfies(f -> assertThat(f.path()).isEqualTo("medication.regimens[0]"));
    }
}
