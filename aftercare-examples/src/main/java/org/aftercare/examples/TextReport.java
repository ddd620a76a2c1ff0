package org.aftercare.examples;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.aftercare.AppliedThreshold;
import org.aftercare.Citation;
import org.aftercare.Evaluation;
import org.aftercare.Finding;
import org.aftercare.Severity;
import org.aftercare.VerificationStatus;
import org.aftercare.evaluation.AftercareReport;
import org.aftercare.medication.MedicationForecast;

/**
 * Renders a report for people, such as a clinician reading the findings of a plan: severity,
 * what was found, which field, and the source with how well it is backed. Plain text, no colour,
 * the same in every locale.
 *
 * @since 0.1.0
 */
public final class TextReport {
    private static final DateTimeFormatter AS_OF = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private TextReport() {
    }

    /**
     * Renders a report.
     *
     * @param title  the title, not null
     * @param report  the report, not null
     * @return the text, ending with a newline, not null
     */
    public static String render(String title, AftercareReport report) {
        Evaluation e = report.evaluation();
        StringBuilder sb = new StringBuilder();
        sb.append("== ").append(title).append(" ==\n");
        sb.append("As of ").append(AS_OF.format(e.asOf().atZone(e.zone()))).append(' ').append(e.zone())
                .append(", policy ").append(e.policyName()).append('\n');
        sb.append(count(e, Severity.ERROR)).append(" error(s), ").append(count(e, Severity.WARNING)).append(" warning(s), ")
                .append(count(e, Severity.INFO)).append(" note(s)\n");
        if (e.findings().isEmpty()) {
            sb.append("\n  No findings.\n");
        }
        for (Finding f : e.findings()) {
            sb.append('\n').append(String.format(Locale.ROOT, "  %-7s %s%n", f.severity(), f.code()));
            sb.append("          ").append(f.message()).append('\n');
            sb.append("          field: ").append(f.path()).append('\n');
            for (Citation c : f.citations()) {
                sb.append("          source: ").append(describe(c)).append('\n');
            }
        }
        if (!report.forecasts().isEmpty()) {
            sb.append("\n  What is next:\n");
            for (MedicationForecast f : report.forecasts()) {
                sb.append("    ").append(describe(f, e)).append('\n');
                sb.append("          source: ").append(describe(f.citation())).append('\n');
            }
        }
        report.incentiveReport().ifPresent(incentive -> {
            sb.append("\n  Incentive ledger (design-time maximum ").append(incentive.maximum().maximum().toDisplayString())
                    .append("):\n");
            for (String line : incentive.ledger().toText().split("\n")) {
                sb.append("    ").append(line).append('\n');
            }
        });
        sb.append("\n  Thresholds applied (").append(e.appliedThresholds().size()).append("):\n");
        for (AppliedThreshold a : e.appliedThresholds()) {
            sb.append("    ").append(a.key()).append(" = ").append(a.value()).append("  [").append(a.layer()).append(", ")
                    .append(words(a.citation().status())).append("]\n");
        }
        return sb.toString();
    }

    static String describe(MedicationForecast forecast, Evaluation e) {
        if (forecast instanceof MedicationForecast.EarliestInduction f) {
            return "Earliest " + f.medication().name().toLowerCase(Locale.ROOT) + " induction: "
                    + AS_OF.format(f.earliest().atZone(e.zone())) + " (" + f.requiredWait().toHours() + " h after "
                    + f.bindingKind().name().toLowerCase(Locale.ROOT).replace('_', '-') + " opioid use) [" + f.path() + "]";
        }
        if (forecast instanceof MedicationForecast.TakeHomeStep f) {
            return "Next take-home step: up to " + f.maxSupplyDays() + " days from " + f.date() + " (treatment day "
                    + f.treatmentDay() + ", " + f.layer() + ") [" + f.path() + "]";
        }
        if (forecast instanceof MedicationForecast.InjectionDue f) {
            return "Next " + f.formulation().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " injection due " + f.due()
                    + " (window " + f.earliestDate().map(Object::toString).orElse("any time") + " to " + f.latest()
                    + ") [" + f.path() + "]";
        }
        throw new AssertionError(forecast);
    }

    private static long count(Evaluation e, Severity s) {
        return e.findings(s).size();
    }

    static String describe(Citation c) {
        return c.document() + (c.section().isEmpty() ? "" : ", " + c.section()) + " (" + c.edition() + ") - "
                + words(c.status());
    }

    static String words(VerificationStatus status) {
        switch (status) {
            case VERIFIED:
                return "verified";
            case SECONDARY:
                return "secondary source";
            case UNVERIFIED:
                return "UNVERIFIED";
            case LOCAL:
                return "local policy";
            default:
                throw new AssertionError(status);
        }
    }
}
