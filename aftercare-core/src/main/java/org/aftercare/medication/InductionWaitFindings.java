package org.aftercare.medication;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.aftercare.RuleContext;
import org.aftercare.Severity;

/**
 * Turns the problems of an {@link InductionWait} into findings, such as
 * {@code medication.induction.last-use-unknown at medication.opioidExposures[0].lastUse}. Missing data never passes.
 */
final class InductionWaitFindings {
    private InductionWaitFindings() {
    }

    static void report(InductionWait wait, MedicationRecord record, String medication, Instant dose, LocalDate date,
            RuleContext ctx) {
        for (InductionWait.Problem p : wait.problems()) {
            String path = "medication.opioidExposures[" + p.exposureIndex() + "]";
            switch (p.kind()) {
                case NO_EXPOSURE:
                    ctx.report(MedicationRules.INDUCTION_LAST_USE_UNKNOWN.finding("medication.opioidExposures",
                            "No opioid use is documented before the first " + medication + " dose at " + ctx.local(dose)
                                    + "; the wait before the induction cannot be shown to be met",
                            MedicationRules.INDUCTION_LAST_USE_UNKNOWN.sources()));
                    break;
                case LAST_USE_UNKNOWN:
                    ctx.report(MedicationRules.INDUCTION_LAST_USE_UNKNOWN.finding(path + ".lastUse",
                            "The last " + kind(record, p) + " opioid use is not documented; the wait before the first "
                                    + medication + " dose at " + ctx.local(dose) + " cannot be shown to be met",
                            MedicationRules.INDUCTION_LAST_USE_UNKNOWN.sources()));
                    break;
                case KIND_UNKNOWN:
                    ctx.report(MedicationRules.INDUCTION_OPIOID_KIND_UNKNOWN.finding(path + ".kind",
                            "The opioid last used at " + ctx.local(record.opioidExposures().get(p.exposureIndex()).lastUse())
                                    + " is of unknown kind; no wait before the first " + medication + " dose at " + ctx.local(dose)
                                    + " can be chosen",
                            MedicationRules.INDUCTION_OPIOID_KIND_UNKNOWN.sources()));
                    break;
                case THRESHOLD_MISSING:
                    ctx.require(p.key(), date, path + ".lastUse", Severity.ERROR);
                    break;
                default:
                    throw new AssertionError(p.kind());
            }
        }
    }

    static String kind(MedicationRecord record, InductionWait.Problem p) {
        return kindText(record.opioidExposures().get(p.exposureIndex()).kind());
    }

    static String kindText(OpioidKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
