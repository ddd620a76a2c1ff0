package org.aftercare.incentive;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.aftercare.Citation;
import org.aftercare.Policy;
import org.aftercare.PolicyLayer;
import org.aftercare.care.CareSetting;
import org.aftercare.screening.Analyte;
import org.aftercare.screening.AnalyteResult;
import org.aftercare.screening.DrugTest;
import org.aftercare.screening.Outcome;
import org.aftercare.screening.Specimen;
import org.aftercare.screening.SpecimenStatus;

/** Programmes, funding policies and events shared by the incentive tests. */
final class TestPrograms {
    static final ZoneId ZONE = ZoneId.of("America/New_York");
    /** A Monday. */
    static final LocalDate START = LocalDate.of(2026, 1, 5);
    static final Citation TEST_SOURCE = Citation.local("incentive tests", "", "0.1.0");

    private TestPrograms() {
    }

    /** A funding policy that sets every cap to "no limit" and allows every instrument. */
    static Policy noCaps() {
        return Policy.of("test-no-caps", List.of(PolicyLayer.builder("test:no-caps", "no limits")
                .set(IncentivePolicyKeys.CAP_PER_ITEM, MoneyLimit.NONE, TEST_SOURCE)
                .set(IncentivePolicyKeys.CAP_PER_MONTH, MoneyLimit.NONE, TEST_SOURCE)
                .set(IncentivePolicyKeys.CAP_ANNUAL, MoneyLimit.NONE, TEST_SOURCE)
                .set(IncentivePolicyKeys.CAP_ANNUAL_BASIS, CapResetBasis.CALENDAR_YEAR, TEST_SOURCE)
                .set(IncentivePolicyKeys.CAP_PER_EPISODE, MoneyLimit.NONE, TEST_SOURCE)
                .set(IncentivePolicyKeys.ALLOWED_INSTRUMENTS, new AllowedInstruments(
                        java.util.EnumSet.allOf(IncentiveInstrument.class)), TEST_SOURCE)
                .build()));
    }

    static IncentiveProgram.Builder program(IncentivePreset preset, Policy funding) {
        return preset.toProgramBuilder().funding(funding).instrument(IncentiveInstrument.VOUCHER)
                .setting(CareSetting.OUTPATIENT).startDate(START).zone(ZONE);
    }

    static IncentiveProgram cra(Policy funding) {
        return program(IncentivePresets.craVouchersHiggins1994(), funding).build();
    }

    /** The n-th Monday/Wednesday/Friday from {@link #START}, n from 0. */
    static LocalDate mwf(int n) {
        LocalDate monday = START.plusWeeks(n / 3);
        return monday.plusDays(2L * (n % 3));
    }

    /** The n-th Monday/Thursday from {@link #START}, n from 0. */
    static LocalDate monThu(int n) {
        LocalDate monday = START.plusWeeks(n / 2);
        return n % 2 == 0 ? monday : monday.with(DayOfWeek.THURSDAY);
    }

    static Instant at(LocalDate date) {
        return ZonedDateTime.of(date, LocalTime.of(9, 30), ZONE).toInstant();
    }

    static IncentiveEvent negative(LocalDate date, Analyte... analytes) {
        return sample(date, Outcome.NEGATIVE, analytes);
    }

    static IncentiveEvent cocaineNegative(LocalDate date) {
        return negative(date, Analyte.COCAINE);
    }

    static IncentiveEvent cocainePositive(LocalDate date) {
        return new IncentiveEvent.SampleResult(DrugTest.of(Specimen.URINE, at(date),
                List.of(AnalyteResult.of(Analyte.COCAINE, Outcome.POSITIVE))));
    }

    static IncentiveEvent missed(LocalDate date) {
        return new IncentiveEvent.SampleResult(DrugTest.missed(Specimen.URINE, at(date)));
    }

    static IncentiveEvent dilute(LocalDate date) {
        return new IncentiveEvent.SampleResult(DrugTest.of(Specimen.URINE, at(date), SpecimenStatus.DILUTE,
                List.of(AnalyteResult.of(Analyte.COCAINE, Outcome.NEGATIVE))));
    }

    /** Cocaine negative, methadone and EDDP positive. */
    static IncentiveEvent methadoneOnly(LocalDate date) {
        return new IncentiveEvent.SampleResult(DrugTest.of(Specimen.URINE, at(date), List.of(
                AnalyteResult.of(Analyte.COCAINE, Outcome.NEGATIVE),
                AnalyteResult.of(Analyte.METHADONE, Outcome.POSITIVE),
                AnalyteResult.of(Analyte.EDDP, Outcome.POSITIVE))));
    }

    static IncentiveEvent sample(LocalDate date, Outcome outcome, Analyte... analytes) {
        List<AnalyteResult> results = new ArrayList<>();
        for (Analyte a : analytes) {
            results.add(AnalyteResult.of(a, outcome));
        }
        return new IncentiveEvent.SampleResult(DrugTest.of(Specimen.URINE, at(date), results));
    }

    /** Stimulants negative; opiates as given. */
    static IncentiveEvent stimulantsNegative(LocalDate date, Outcome opiates) {
        return new IncentiveEvent.SampleResult(DrugTest.of(Specimen.URINE, at(date), List.of(
                AnalyteResult.of(Analyte.COCAINE, Outcome.NEGATIVE),
                AnalyteResult.of(Analyte.AMPHETAMINE, Outcome.NEGATIVE),
                AnalyteResult.of(Analyte.METHAMPHETAMINE, Outcome.NEGATIVE),
                AnalyteResult.of(Analyte.OPIATES, opiates))));
    }
}
