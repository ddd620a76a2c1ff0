package org.aftercare.medication;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.aftercare.Answer;
import org.aftercare.OudMedication;
import org.aftercare.PatientContext;
import org.aftercare.ResolvedThreshold;
import org.aftercare.RuleContext;
import org.aftercare.Severity;
import org.aftercare.screening.Analyte;
import org.aftercare.screening.AnalyteResult;
import org.aftercare.screening.DrugTest;
import org.aftercare.screening.Outcome;

/**
 * Reads drug tests collected on MOUD against the prescribed medication, such as methadone positive with EDDP
 * negative, buprenorphine with too little norbuprenorphine, the prescribed medication absent, or fentanyl present;
 * and reports active regimens with no valid test at all.
 */
final class UrineMarkerRule {
    /** Shown ratios are rounded to 3 significant digits for display only; comparisons are exact. */
    private static final MathContext DISPLAY = new MathContext(3, RoundingMode.HALF_EVEN);

    private UrineMarkerRule() {
    }

    static void check(MedicationRecord record, PatientContext patient, RuleContext ctx) {
        List<DrugTest> tests = record.drugTests();
        for (int i = 0; i < tests.size(); i++) {
            DrugTest test = tests.get(i);
            if (!test.status().hasReadableResults() || test.collectedAt().isAfter(ctx.asOf())) {
                continue;
            }
            LocalDate date = LocalDate.ofInstant(test.collectedAt(), ctx.zone());
            Set<OudMedication> onTreatment = EnumSet.noneOf(OudMedication.class);
            for (Regimen r : record.regimens()) {
                if (r.isActiveOn(date)) {
                    onTreatment.add(r.medication());
                }
            }
            String path = "medication.drugTests[" + i + "]";
            for (OudMedication m : onTreatment) {
                checkMarkers(m, test, path, date, patient, ctx);
            }
            if (!onTreatment.isEmpty() && (test.isPositiveFor(Analyte.FENTANYL) || test.isPositiveFor(Analyte.NORFENTANYL))) {
                ctx.report(MedicationRules.URINE_FENTANYL_PRESENT.finding(path + ".results",
                        "Specimen collected at " + test.collectedAt() + " on " + onTreatment
                                + " is positive for fentanyl or norfentanyl, which no MOUD explains",
                        MedicationRules.URINE_FENTANYL_PRESENT.sources()));
            }
        }
        checkUntested(record, ctx);
    }

    private static void checkMarkers(OudMedication medication, DrugTest test, String path, LocalDate date,
            PatientContext patient, RuleContext ctx) {
        Analyte parent;
        Analyte metabolite;
        switch (medication) {
            case METHADONE:
                parent = Analyte.METHADONE;
                metabolite = Analyte.EDDP;
                break;
            case BUPRENORPHINE:
                parent = Analyte.BUPRENORPHINE;
                metabolite = Analyte.NORBUPRENORPHINE;
                break;
            case NALTREXONE:
                parent = Analyte.NALTREXONE;
                metabolite = null;
                break;
            default:
                throw new AssertionError(medication);
        }
        Optional<AnalyteResult> p = readable(test, parent);
        Optional<AnalyteResult> m = metabolite == null ? Optional.empty() : readable(test, metabolite);
        String name = TakeHomeRule.name(medication);
        if (p.isEmpty() || (metabolite != null && m.isEmpty())) {
            String missing = p.isEmpty() ? parent.code() : metabolite.code();
            ctx.report(MedicationRules.URINE_MARKER_NOT_REPORTED.finding(path + ".results." + missing,
                    "Specimen collected at " + test.collectedAt() + " on " + name + " has no valid result for " + missing
                            + "; the " + name + " pattern cannot be read",
                    MedicationRules.URINE_MARKER_NOT_REPORTED.sources()));
        }
        if (p.isEmpty()) {
            return;
        }
        boolean parentPositive = p.get().isPositive();
        boolean metabolitePositive = m.map(AnalyteResult::isPositive).orElse(false);
        if (!parentPositive && !metabolitePositive) {
            ctx.report(MedicationRules.URINE_PRESCRIBED_MEDICATION_ABSENT.finding(path + ".results." + parent.code(),
                    "Specimen collected at " + test.collectedAt() + " on " + name + " is negative for " + parent.code()
                            + (m.isPresent() ? " and " + metabolite.code() : "") + ": the prescribed medication is absent",
                    MedicationRules.URINE_PRESCRIBED_MEDICATION_ABSENT.sources()));
            return;
        }
        if (parentPositive && m.isPresent() && !metabolitePositive) {
            if (medication == OudMedication.METHADONE) {
                String pregnancy = patient.pregnant() == Answer.YES
                        ? "; pregnancy is documented (one secondary source names it as a benign cause, unverified)" : "";
                ctx.report(MedicationRules.URINE_METHADONE_WITHOUT_EDDP.finding(path + ".results.eddp",
                        "Specimen collected at " + test.collectedAt() + " is positive for methadone and negative for EDDP:"
                                + " methadone was probably added to the sample" + pregnancy,
                        MedicationRules.URINE_METHADONE_WITHOUT_EDDP.sources()));
            } else {
                ctx.report(MedicationRules.URINE_BUPRENORPHINE_WITHOUT_NORBUPRENORPHINE.finding(
                        path + ".results.norbuprenorphine",
                        "Specimen collected at " + test.collectedAt() + " is positive for buprenorphine and negative for"
                                + " norbuprenorphine: consistent with product added to the urine",
                        MedicationRules.URINE_BUPRENORPHINE_WITHOUT_NORBUPRENORPHINE.sources()));
            }
            return;
        }
        if (medication == OudMedication.BUPRENORPHINE && parentPositive && metabolitePositive) {
            checkRatio(test, path, date, ctx);
        }
    }

    private static void checkRatio(DrugTest test, String path, LocalDate date, RuleContext ctx) {
        Optional<BigDecimal> bup = test.result(Analyte.BUPRENORPHINE).flatMap(AnalyteResult::concentration);
        Optional<BigDecimal> norbup = test.result(Analyte.NORBUPRENORPHINE).flatMap(AnalyteResult::concentration);
        if (bup.isEmpty() || norbup.isEmpty() || bup.get().signum() == 0) {
            return;
        }
        String ratioPath = path + ".results.norbuprenorphine";
        Optional<ResolvedThreshold<BigDecimal>> cutoff = ctx.require(MedicationPolicyKeys.NORBUPRENORPHINE_RATIO_CUTOFF,
                date, ratioPath, Severity.WARNING);
        if (cutoff.isEmpty()) {
            return;
        }
        if (norbup.get().compareTo(cutoff.get().value().multiply(bup.get())) < 0) {
            ctx.report(MedicationRules.URINE_NORBUPRENORPHINE_RATIO_LOW.finding(ratioPath,
                    "Specimen collected at " + test.collectedAt() + ": norbuprenorphine " + norbup.get().toPlainString()
                            + " ng/mL / buprenorphine " + bup.get().toPlainString() + " ng/mL = ratio "
                            + norbup.get().divide(bup.get(), DISPLAY).toPlainString() + ", below the cutoff "
                            + cutoff.get().value().toPlainString() + " (layer " + cutoff.get().layer()
                            + "): suspected adulteration",
                    MedicationSources.appliedFirst(cutoff.get().citation(),
                            MedicationRules.URINE_NORBUPRENORPHINE_RATIO_LOW.sources())));
        }
    }

    private static Optional<AnalyteResult> readable(DrugTest test, Analyte analyte) {
        return test.result(analyte).filter(r -> r.outcome() != Outcome.INVALID);
    }

    private static void checkUntested(MedicationRecord record, RuleContext ctx) {
        LocalDate today = ctx.today();
        List<Regimen> regimens = record.regimens();
        for (int r = 0; r < regimens.size(); r++) {
            Regimen regimen = regimens.get(r);
            if (!regimen.isActiveOn(today)) {
                continue;
            }
            boolean tested = record.drugTests().stream().anyMatch(t -> t.status().hasReadableResults()
                    && !t.collectedAt().isAfter(ctx.asOf())
                    && regimen.isActiveOn(LocalDate.ofInstant(t.collectedAt(), ctx.zone())));
            if (!tested) {
                ctx.report(MedicationRules.URINE_NO_TEST_ON_REGIMEN.finding("medication.regimens[" + r + "]",
                        TakeHomeRule.name(regimen.medication()) + " regimen active since " + regimen.start()
                                + " has no valid drug test collected from then to " + today,
                        MedicationRules.URINE_NO_TEST_ON_REGIMEN.sources()));
            }
        }
    }
}
